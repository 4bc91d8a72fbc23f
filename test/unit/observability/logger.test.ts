import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../src/observability/logger.ts';
import { Sanitizer } from '../../../src/observability/sanitizer.ts';

const SECRET = 'pve-token-5f0e2c7a-very-secret';

function capture(): { stream: PassThrough; lines: () => Record<string, unknown>[]; text: () => string } {
  const stream = new PassThrough();
  const chunks: string[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk.toString()));
  const text = () => chunks.join('');
  const lines = () =>
    text()
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { stream, lines, text };
}

describe('createLogger', () => {
  it('writes JSON lines with the message and fields', () => {
    const out = capture();
    const logger = createLogger({ level: 'info', destination: out.stream, sanitizer: new Sanitizer() });

    logger.info({ requestId: 'R-7F3K', vm: 'web-01' }, 'plan ready');

    expect(out.lines()).toEqual([
      expect.objectContaining({ level: 30, msg: 'plan ready', requestId: 'R-7F3K', vm: 'web-01' }),
    ]);
  });

  it('drops lines below the level', () => {
    const out = capture();
    const logger = createLogger({ level: 'warn', destination: out.stream, sanitizer: new Sanitizer() });

    logger.info({}, 'not shown');
    logger.debug({}, 'not shown either');
    logger.error({}, 'shown');

    expect(out.lines().map((line) => line.msg)).toEqual(['shown']);
  });

  it('never writes a registered secret, whether in the message, a field, a nested key, an error or a child', () => {
    const out = capture();
    const sanitizer = new Sanitizer();
    sanitizer.register(SECRET);
    const logger = createLogger({ level: 'debug', destination: out.stream, sanitizer });
    const base64 = Buffer.from(SECRET).toString('base64');

    logger.info({ detail: `header was ${SECRET}` }, `calling Proxmox with ${SECRET}`);
    logger.warn({ proxmox: { tokenSecret: 'anything-at-all' }, body: `auth=${base64}` }, 'request failed');
    logger.error({ err: new Error(`rejected ${SECRET}`) }, 'apply failed');
    logger.child({ password: 'p4ssw0rd-x', origin: SECRET }).debug({}, 'child line');

    const text = out.text();
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain(base64);
    expect(text).not.toContain('anything-at-all');
    expect(text).not.toContain('p4ssw0rd-x');
    const [first, second, third, fourth] = out.lines();
    expect(first).toMatchObject({ msg: 'calling Proxmox with ***', detail: 'header was ***' });
    expect(second).toMatchObject({ proxmox: { tokenSecret: '***' }, body: 'auth=***' });
    expect(third).toMatchObject({ err: { type: 'Error', message: 'rejected ***' } });
    expect(fourth).toMatchObject({ password: '***', origin: '***', msg: 'child line' });
  });

  it('scrubs well-known token shapes nobody registered', () => {
    const out = capture();
    const logger = createLogger({ level: 'info', destination: out.stream, sanitizer: new Sanitizer() });

    logger.info(
      { header: 'Authorization: Bearer abcdefghijklmnop' },
      'slack said no to xoxb-1111-2222-abcdefgh',
    );

    expect(out.lines()[0]).toMatchObject({
      header: 'Authorization: Bearer ***',
      msg: 'slack said no to xoxb-***',
    });
  });

  it('writes short human lines when pretty', () => {
    const out = capture();
    const logger = createLogger({
      level: 'info',
      pretty: true,
      destination: out.stream,
      sanitizer: new Sanitizer(),
    });

    logger.warn({ requestId: 'R-7F3K', apiKey: 'k-123456789' }, 'queued');

    expect(out.text()).toMatch(/^\d\d:\d\d:\d\d WARN {2}queued requestId=R-7F3K apiKey=\*\*\*\n$/);
  });
});
