import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SSH_KEY_PATTERN } from '../../../src/domain/names.ts';
import { loadOrCreateKey } from '../../../src/iac/ansible/key-store.ts';
import { generateOpensshKeyPair, publicKeyOf } from '../../../src/iac/ansible/openssh-key.ts';

describe('ATLAS’s SSH key pair', () => {
  it('is ed25519 in OpenSSH formats, and the public half can be read back from the private key', () => {
    const pair = generateOpensshKeyPair('atlas@test');

    expect(pair.privateKey).toMatch(
      /^-----BEGIN OPENSSH PRIVATE KEY-----\n[A-Za-z0-9+/=\n]+-----END OPENSSH PRIVATE KEY-----\n$/,
    );
    expect(pair.publicKey).toMatch(SSH_KEY_PATTERN);
    expect(pair.publicKey).toMatch(/^ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI\S+ atlas@test$/);
    expect(publicKeyOf(pair.privateKey, 'atlas@test')).toBe(pair.publicKey);
    expect(
      publicKeyOf('-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----'),
    ).toBeUndefined();
  });

  it('is made once under its file, private to its owner, and found again afterwards', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'atlas-key-')), 'ssh', 'atlas_ed25519');

    const [first, second] = await Promise.all([loadOrCreateKey(file), loadOrCreateKey(file)]);
    const again = await loadOrCreateKey(file);

    expect(second.publicKey).toBe(first.publicKey);
    expect(again).toEqual(first);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(`${file}.pub`, 'utf8').trim()).toBe(first.publicKey);
  });
});
