import { randomUUID } from 'node:crypto';
import { link, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { AtlasError } from '../../domain/errors.ts';
import { SSH_KEY_PATTERN } from '../../domain/names.ts';
import { generateOpensshKeyPair, publicKeyOf } from './openssh-key.ts';

export interface SshKeyFiles {
  privateKeyFile: string;
  publicKey: string;
}

/**
 * ATLAS's own SSH key pair: the private key at `file` (OpenSSH format, mode 0600), made on first use,
 * and its public half (also written to `file.pub` for operators). The private file is the only truth:
 * two workers starting at once on one data directory both end up with the pair whose file was linked
 * first. Several worker machines must share one file (ATLAS_SSH_KEY_FILE on a mounted secret).
 */
export async function loadOrCreateKey(file: string, comment = 'atlas'): Promise<SshKeyFiles> {
  const existing = await readKey(file, comment);
  if (existing) return existing;
  await mkdir(dirname(file), { recursive: true, mode: 0o700 });
  const temporary = `${file}.${randomUUID()}.tmp`;
  await writeFile(temporary, generateOpensshKeyPair(comment).privateKey, { mode: 0o600 });
  try {
    await link(temporary, file).catch((error: unknown) => {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    });
  } finally {
    await rm(temporary, { force: true });
  }
  const made = await readKey(file, comment);
  if (!made) throw unreadable(file);
  await writeFile(`${file}.pub`, `${made.publicKey}\n`, { mode: 0o644 }).catch(() => undefined);
  return made;
}

async function readKey(file: string, comment: string): Promise<SshKeyFiles | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw unreadable(file, error);
  }
  const publicKey = publicKeyOf(text, comment);
  if (!publicKey || !SSH_KEY_PATTERN.test(publicKey)) throw unreadable(file);
  return { privateKeyFile: file, publicKey };
}

function unreadable(file: string, cause?: unknown): AtlasError {
  return new AtlasError(
    'config',
    `ATLAS's SSH key ${file} cannot be read, or is not an unencrypted OpenSSH private key.`,
    {
      hint: 'Fix ATLAS_SSH_KEY_FILE, or remove the file so ATLAS makes a new pair (VMs set up with the old key keep trusting only that one).',
      cause,
    },
  );
}
