import { describe, expect, it } from 'vitest';
import { NetworkError } from '../../../src/proxmox/http-sender.ts';
import { isLockTimeout, isTransient, ProxmoxError } from '../../../src/proxmox/proxmox-error.ts';
import { answerError, networkError } from '../../../src/proxmox/transport-errors.ts';

const json = 'application/json;charset=UTF-8';

describe('answerError', () => {
  it('keeps the PVE message of a 500 and calls a lock timeout transient', () => {
    const reason = "can't lock file '/var/lock/qemu-server/lock-9000.conf' - got timeout";

    const error = answerError(
      'POST',
      '/nodes/pve1/qemu/9000/clone',
      { status: 500, reason, contentType: json, body: '{"data":null}' },
      { data: null },
    );

    expect(error).toBeInstanceOf(ProxmoxError);
    expect(error.message).toBe(`POST /nodes/pve1/qemu/9000/clone: Proxmox answered 500 ${reason}`);
    expect(error).toMatchObject({
      status: 500,
      method: 'POST',
      path: '/nodes/pve1/qemu/9000/clone',
      pveMessage: reason,
      code: 'transient',
    });
    expect(isTransient(error)).toBe(true);
    expect(isLockTimeout(error)).toBe(true);
  });

  it('is permanent for other 500s', () => {
    const reason = 'unable to create VM 101: config file already exists';

    const error = answerError('POST', '/x', { status: 500, reason, contentType: json, body: '' }, undefined);

    expect(error.code).toBe('proxmox');
    expect(isTransient(error)).toBe(false);
  });

  it('carries the parameter errors of a 400', () => {
    const envelope = { data: null, errors: { newid: 'value must have a minimum value of 100' } };

    const error = answerError(
      'POST',
      '/x',
      { status: 400, reason: 'Parameter verification failed.', contentType: json, body: '' },
      envelope,
    );

    expect(error.errors).toEqual({ newid: 'value must have a minimum value of 100' });
    expect(error.message).toContain(
      'Parameter verification failed. (newid: value must have a minimum value of 100)',
    );
    expect(error.code).toBe('proxmox');
  });

  it('hints at the token on 401', () => {
    const error = answerError(
      'GET',
      '/nodes',
      { status: 401, reason: 'invalid token value!', contentType: '', body: '' },
      undefined,
    );

    expect(error.hint).toContain('PROXMOX_TOKEN_ID');
    expect(error.pveMessage).toBe('invalid token value!');
  });

  it.each([502, 503, 504, 595, 596])('calls a %i from a proxy transient', (status) => {
    const error = answerError(
      'POST',
      '/x',
      { status, reason: 'Bad Gateway', contentType: 'text/html', body: '<html>' },
      undefined,
    );

    expect(isTransient(error)).toBe(true);
  });
});

describe('networkError', () => {
  it('calls a reset GET transient but not a reset POST (it may have been done)', () => {
    const reset = new NetworkError('socket hang up', 'ECONNRESET');

    expect(isTransient(networkError('GET', '/nodes', reset))).toBe(true);
    expect(isTransient(networkError('POST', '/nodes/pve1/qemu/9000/clone', reset))).toBe(false);
    expect(networkError('POST', '/x', reset).hint).toContain('may or may not');
  });

  it('calls a refused connection transient for any method: nothing was sent', () => {
    const refused = new NetworkError('connect ECONNREFUSED 127.0.0.1:8006', 'ECONNREFUSED');

    expect(isTransient(networkError('POST', '/x', refused))).toBe(true);
  });

  it('points at PROXMOX_CA_FILE when the certificate is not trusted', () => {
    const tls = new NetworkError('self-signed certificate', 'DEPTH_ZERO_SELF_SIGNED_CERT');

    const error = networkError('GET', '/version', tls);

    expect(error.hint).toContain('PROXMOX_CA_FILE');
    expect(error.status).toBeUndefined();
    expect(isTransient(error)).toBe(false);
  });
});
