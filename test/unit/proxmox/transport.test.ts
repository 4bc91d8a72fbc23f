import { describe, expect, it } from 'vitest';
import {
  type HttpAnswer,
  type HttpCall,
  type HttpSender,
  NetworkError,
} from '../../../src/proxmox/http-sender.ts';
import { ProxmoxError } from '../../../src/proxmox/proxmox-error.ts';
import { encodeParams, ProxmoxTransport } from '../../../src/proxmox/transport.ts';

const ok = (data: unknown): HttpAnswer => ({
  status: 200,
  reason: 'OK',
  contentType: 'application/json;charset=UTF-8',
  body: JSON.stringify({ data }),
});

/** An HttpSender that answers from a script and records every call. */
function scripted(...answers: (HttpAnswer | Error)[]): HttpSender & { calls: HttpCall[] } {
  const calls: HttpCall[] = [];
  return {
    calls,
    send: async (call) => {
      calls.push(call);
      const next = answers.shift() ?? new Error('script ran out');
      if (next instanceof Error) throw next;
      return next;
    },
    close: () => undefined,
  };
}

function transport(sender: HttpSender): ProxmoxTransport {
  return new ProxmoxTransport({
    baseUrl: 'https://pve:8006',
    authorization: 'PVEAPIToken=a@pve!t=s',
    sender,
    getRetries: 2,
    retryDelayMs: 1,
  });
}

describe('ProxmoxTransport', () => {
  it('sends POST parameters as a form, booleans as 1/0, with the token header', async () => {
    const sender = scripted(ok('UPID:pve1:1:2:3:qmclone:9000:a@pve!t:'));

    const data = await transport(sender).doRequest('POST', '/api2/json/nodes/pve1/qemu/9000/clone', '', {
      newid: 101,
      full: true,
      pool: undefined,
    });

    expect(data).toBe('UPID:pve1:1:2:3:qmclone:9000:a@pve!t:');
    expect(sender.calls[0]?.body).toBe('newid=101&full=1');
    expect(sender.calls[0]?.url.href).toBe('https://pve:8006/api2/json/nodes/pve1/qemu/9000/clone');
    expect(sender.calls[0]?.headers).toMatchObject({
      Authorization: 'PVEAPIToken=a@pve!t=s',
      'Content-Type': 'application/x-www-form-urlencoded',
    });
  });

  it('sends GET parameters in the query string', async () => {
    const sender = scripted(ok([]));

    await transport(sender).doRequest('GET', '/api2/json/cluster/resources', '', { type: 'vm' });

    expect(sender.calls[0]?.url.search).toBe('?type=vm');
    expect(sender.calls[0]?.body).toBeUndefined();
  });

  it('retries a GET that met a proxy error, then returns the data', async () => {
    const bad: HttpAnswer = { status: 503, reason: 'Service Unavailable', contentType: '', body: '' };
    const sender = scripted(bad, new NetworkError('socket hang up', 'ECONNRESET'), ok({ version: '9.1' }));

    const data = await transport(sender).doRequest('GET', '/api2/json/version', '');

    expect(data).toEqual({ version: '9.1' });
    expect(sender.calls).toHaveLength(3);
  });

  it('never sends a POST twice, even when the connection was reset', async () => {
    const sender = scripted(new NetworkError('socket hang up', 'ECONNRESET'), ok('UPID:second'));

    const call = transport(sender).doRequest('POST', '/api2/json/nodes/pve1/qemu/9000/clone', '', {
      newid: 101,
    });

    await expect(call).rejects.toBeInstanceOf(ProxmoxError);
    expect(sender.calls).toHaveLength(1);
  });

  it('never retries a write, even after an error that would be retried for a read', async () => {
    const sender = scripted(
      { status: 503, reason: 'Service Unavailable', contentType: '', body: '' },
      ok('UPID:second'),
    );

    const call = transport(sender).doRequest('POST', '/api2/json/nodes/pve1/qemu/100/status/start', '');

    await expect(call).rejects.toMatchObject({ status: 503, code: 'transient' });
    expect(sender.calls).toHaveLength(1);
  });

  it('does not retry a permanent error', async () => {
    const sender = scripted(
      { status: 403, reason: 'Permission check failed (/vms/100, VM.Audit)', contentType: '', body: '' },
      ok([]),
    );

    await expect(transport(sender).doRequest('GET', '/api2/json/nodes', '')).rejects.toMatchObject({
      status: 403,
      code: 'proxmox',
    });
    expect(sender.calls).toHaveLength(1);
  });

  it('reads the error message from the reason phrase and the body', async () => {
    const body = JSON.stringify({ data: null, message: 'VM 100 is running - destroy failed\n' });
    const sender = scripted({
      status: 500,
      reason: 'VM 100 is running - destroy failed',
      contentType: 'application/json;charset=UTF-8',
      body,
    });

    const call = transport(sender).doRequest('DELETE', '/api2/json/nodes/pve1/qemu/100', '', { purge: true });

    await expect(call).rejects.toMatchObject({
      pveMessage: 'VM 100 is running - destroy failed',
      method: 'DELETE',
      path: '/nodes/pve1/qemu/100',
    });
    expect(sender.calls[0]?.url.search).toBe('?purge=1');
  });
});

describe('encodeParams', () => {
  it('repeats array values and leaves out null and undefined', () => {
    expect(encodeParams({ a: [1, 2], b: null, c: undefined, d: false, e: 'x y' }).toString()).toBe(
      'a=1&a=2&d=0&e=x+y',
    );
  });
});
