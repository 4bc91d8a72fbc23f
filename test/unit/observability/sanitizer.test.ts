import { describe, expect, it } from 'vitest';
import { Sanitizer } from '../../../src/observability/sanitizer.ts';

const SECRET = 'hunter2-correct-horse/battery+staple?';

describe('Sanitizer', () => {
  it('replaces a registered secret wherever it appears', () => {
    const sanitizer = new Sanitizer();
    sanitizer.register(SECRET);

    const out = sanitizer.sanitize(`login with ${SECRET} failed; retried with ${SECRET}`);

    expect(out).toBe('login with *** failed; retried with ***');
  });

  it('replaces the base64, unpadded base64, base64url and URL-encoded forms', () => {
    const sanitizer = new Sanitizer();
    sanitizer.register(SECRET);
    const base64 = Buffer.from(SECRET).toString('base64');
    const base64url = Buffer.from(SECRET).toString('base64url');
    const urlEncoded = encodeURIComponent(SECRET);

    const out = sanitizer.sanitize(
      `b64=${base64} b64nopad=${base64.replace(/=+$/, '')} url=${base64url} q=${urlEncoded}`,
    );

    expect(base64).not.toBe(base64url);
    expect(urlEncoded).not.toBe(SECRET);
    expect(out).toBe('b64=*** b64nopad=*** url=*** q=***');
  });

  it('ignores values shorter than six characters', () => {
    const sanitizer = new Sanitizer();

    sanitizer.register('abc12');
    sanitizer.register('');
    sanitizer.register(undefined);

    expect(sanitizer.size).toBe(0);
    expect(sanitizer.sanitize('abc12 stays')).toBe('abc12 stays');
  });

  it('replaces a longer registered secret whole even when a shorter one is inside it', () => {
    const sanitizer = new Sanitizer();
    sanitizer.register('secret');
    sanitizer.register('secret-and-more');

    const out = sanitizer.sanitize('value: secret-and-more');

    expect(out).toBe('value: ***');
  });

  it.each([
    ['Slack bot token', 'token xoxb-17653672481-19874698323-pdFZKVeTuE8sk7oOcBrzbqgy', 'token xoxb-***'],
    ['Slack user token', 'xoxp-1234567890-abcdefghij', 'xoxp-***'],
    [
      'Slack app token',
      'SLACK_APP_TOKEN=xapp-1-A0123456789-1234567890123-abcdef0123456789',
      'SLACK_APP_TOKEN=xapp-***',
    ],
    ['OpenAI key', 'key sk-proj-Abcdefghijklmnopqrstuvwxyz0123456789ABCD end', 'key sk-*** end'],
    [
      'Proxmox API token header',
      'Authorization: PVEAPIToken=atlas@pve!ci=5f0e2c7a-1b2c-4d3e-8f9a-0b1c2d3e4f5a',
      'Authorization: PVEAPIToken=atlas@pve!ci=***',
    ],
    [
      'Proxmox token id with secret',
      'token atlas@pve!ci=5f0e2c7a-1b2c-4d3e-8f9a-0b1c2d3e4f5a',
      'token atlas@pve!ci=***',
    ],
    [
      'Bearer header',
      'Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc',
      'Authorization: Bearer ***',
    ],
    [
      'Discord bot header',
      'authorization: Bot MTk4NjIyNDgzNDcxOTI1MjQ4.Cl2FMQ.ZnCjm1XVW7vRze4b7Cq4se7kKWs',
      'authorization: Bot ***',
    ],
    [
      'URL password',
      'connecting to redis://:s3cretpw@redis:6379/0',
      'connecting to redis://:***@redis:6379/0',
    ],
    ['URL user and password', 'postgres://atlas:pa55word@db/atlas', 'postgres://atlas:***@db/atlas'],
  ])('scrubs an unregistered %s', (_name, input, expected) => {
    const sanitizer = new Sanitizer();

    const out = sanitizer.sanitize(input);

    expect(out).toBe(expected);
  });

  it('leaves ordinary text and SSH key types alone', () => {
    const sanitizer = new Sanitizer();
    const text =
      'sk-ssh-ed25519@openssh.com AAAAC3 user; Created VM web-01 (vmid 101) on pve1 at https://pve1:8006/';

    const out = sanitizer.sanitize(text);

    expect(out).toBe(text);
  });
});

describe('Discord token shapes', () => {
  it('masks bot tokens and interaction/webhook tokens in URLs, keeping the ids', () => {
    const sanitizer = new Sanitizer();
    const bot = `MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.${'x'.repeat(38)}`;

    const text = sanitizer.sanitize(
      `token ${bot} POST /interactions/123456789012345678/aW50ZXJhY3Rpb246MTIzNDU2Nzg5MDEyMzQ1Njc4/callback`,
    );

    expect(text).not.toContain(bot);
    expect(text).toContain('/interactions/123456789012345678/***/callback');
  });
});
