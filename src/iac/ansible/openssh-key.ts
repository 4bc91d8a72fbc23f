import { generateKeyPairSync, randomBytes } from 'node:crypto';

export interface OpensshKeyPair {
  /** `-----BEGIN OPENSSH PRIVATE KEY-----` ... (openssh-key-v1, unencrypted): what ssh reads. */
  privateKey: string;
  /** One line: `ssh-ed25519 AAAA... comment`. */
  publicKey: string;
}

const KEY_TYPE = 'ssh-ed25519';

/** A fresh ed25519 key pair in OpenSSH's own formats, made with node:crypto (no ssh-keygen needed). */
export function generateOpensshKeyPair(comment: string): OpensshKeyPair {
  const { privateKey } = generateKeyPairSync('ed25519');
  const jwk = privateKey.export({ format: 'jwk' });
  const seed = Buffer.from(jwk.d ?? '', 'base64url');
  const pub = Buffer.from(jwk.x ?? '', 'base64url');
  const publicBlob = concat(sshString(KEY_TYPE), sshString(pub));
  return {
    privateKey: privatePem(publicBlob, seed, pub, comment),
    publicKey: `${KEY_TYPE} ${publicBlob.toString('base64')} ${comment}`,
  };
}

/** The openssh-key-v1 container: no cipher, no KDF, one key, padded to the 8-byte block size. */
function privatePem(publicBlob: Buffer, seed: Buffer, pub: Buffer, comment: string): string {
  const check = randomBytes(4);
  const body = concat(
    check,
    check,
    sshString(KEY_TYPE),
    sshString(pub),
    sshString(Buffer.concat([seed, pub])),
    sshString(comment),
  );
  const padding = Buffer.from(Array.from({ length: (8 - (body.length % 8)) % 8 }, (_, i) => i + 1));
  const blob = concat(
    Buffer.from('openssh-key-v1\0', 'latin1'),
    sshString('none'),
    sshString('none'),
    sshString(''),
    uint32(1),
    sshString(publicBlob),
    sshString(Buffer.concat([body, padding])),
  );
  const lines = blob.toString('base64').match(/.{1,70}/g) ?? [];
  return `-----BEGIN OPENSSH PRIVATE KEY-----\n${lines.join('\n')}\n-----END OPENSSH PRIVATE KEY-----\n`;
}

function sshString(value: string | Buffer): Buffer {
  const bytes = typeof value === 'string' ? Buffer.from(value, 'utf8') : value;
  return Buffer.concat([uint32(bytes.length), bytes]);
}

function uint32(n: number): Buffer {
  const buffer = Buffer.alloc(4);
  buffer.writeUInt32BE(n);
  return buffer;
}

function concat(...parts: Buffer[]): Buffer {
  return Buffer.concat(parts);
}

/**
 * The public key line of an unencrypted OpenSSH private key (what `ssh-keygen -y` prints), or
 * undefined when the text is not one. Any key type: the public blob is read as it is stored.
 */
export function publicKeyOf(privateKey: string, comment = 'atlas'): string | undefined {
  const body = /-----BEGIN OPENSSH PRIVATE KEY-----([\s\S]+?)-----END OPENSSH PRIVATE KEY-----/.exec(
    privateKey,
  );
  if (!body?.[1]) return undefined;
  const blob = Buffer.from(body[1].replace(/\s+/g, ''), 'base64');
  const magic = 'openssh-key-v1\0';
  if (blob.subarray(0, magic.length).toString('latin1') !== magic) return undefined;
  const reader = { offset: magic.length };
  const cipher = readString(blob, reader)?.toString('latin1');
  readString(blob, reader);
  readString(blob, reader);
  if (cipher !== 'none' || reader.offset + 4 > blob.length) return undefined;
  reader.offset += 4;
  const publicBlob = readString(blob, reader);
  const type = publicBlob && readString(publicBlob, { offset: 0 })?.toString('latin1');
  return publicBlob && type ? `${type} ${publicBlob.toString('base64')} ${comment}` : undefined;
}

function readString(blob: Buffer, reader: { offset: number }): Buffer | undefined {
  if (reader.offset + 4 > blob.length) return undefined;
  const length = blob.readUInt32BE(reader.offset);
  const start = reader.offset + 4;
  if (start + length > blob.length) return undefined;
  reader.offset = start + length;
  return blob.subarray(start, start + length);
}
