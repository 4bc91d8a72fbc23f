import { describe, expect, it } from 'vitest';
import { isSecretKey, redact } from '../../../src/observability/redact.ts';
import { Sanitizer } from '../../../src/observability/sanitizer.ts';

describe('isSecretKey', () => {
  it.each([
    'token',
    'botToken',
    'SLACK_SIGNING_SECRET',
    'password',
    'Authorization',
    'apiKey',
    'api_key',
    'x-api-key',
    'cookie',
    'Set-Cookie',
    'privateKey',
  ])('treats %s as secret', (key) => {
    expect(isSecretKey(key)).toBe(true);
  });

  it.each(['requestId', 'vmid', 'node', 'message', 'user'])('treats %s as ordinary', (key) => {
    expect(isSecretKey(key)).toBe(false);
  });
});

describe('redact', () => {
  it('masks secret keys at any depth and inside arrays', () => {
    const input = {
      requestId: 'R-7F3K',
      config: { slack: { botToken: 'xoxb-1', signingSecret: 'abc' }, proxmox: { api_key: 'k' } },
      headers: [{ authorization: 'Bearer abc' }, { cookie: 'sid=1' }],
    };

    const out = redact(input, new Sanitizer());

    expect(out).toEqual({
      requestId: 'R-7F3K',
      config: { slack: { botToken: '***', signingSecret: '***' }, proxmox: { api_key: '***' } },
      headers: [{ authorization: '***' }, { cookie: '***' }],
    });
  });

  it('masks whole objects under a secret key but keeps counts and flags', () => {
    const input = { credentials: { user: 'u', pass: 'p' }, promptTokens: 812, tokenValid: true };

    const out = redact(input, new Sanitizer());

    expect(out).toEqual({ credentials: '***', promptTokens: 812, tokenValid: true });
  });

  it('sanitizes every string value and error messages, stacks and causes', () => {
    const sanitizer = new Sanitizer();
    sanitizer.register('topsecretvalue');
    const cause = new Error('inner topsecretvalue');
    const error = Object.assign(new Error('outer topsecretvalue', { cause }), { code: 'E_TOPSECRETVALUE' });

    const out = redact({ note: 'saw topsecretvalue', err: error }, sanitizer);

    expect(JSON.stringify(out)).not.toContain('topsecretvalue');
    expect(out).toMatchObject({
      note: 'saw ***',
      err: { type: 'Error', message: 'outer ***', code: 'E_TOPSECRETVALUE', cause: { message: 'inner ***' } },
    });
  });

  it('survives cycles', () => {
    const input: Record<string, unknown> = { name: 'loop' };
    input.self = input;

    const out = redact(input, new Sanitizer());

    expect(out).toEqual({ name: 'loop', self: '[Circular]' });
  });
});
