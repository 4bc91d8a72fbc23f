import { createHash } from 'node:crypto';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { WorkspaceFiles } from './render-workspace.ts';

const MARKER = join('.terraform', 'atlas-initialised');

/** A digest of the generated files: `terraform init` ran for exactly these when the marker holds it. */
export function filesDigest(files: WorkspaceFiles): string {
  const hash = createHash('sha256');
  for (const name of Object.keys(files).sort()) hash.update(`${name}\0${files[name]}\0`);
  return hash.digest('hex');
}

/**
 * Whether this directory was initialised (by this worker, earlier: the plan before its apply) for the
 * same generated files, so `terraform init` would change nothing. Any doubt means no.
 */
export async function isInitialised(dir: string, digest: string): Promise<boolean> {
  try {
    const [marker] = await Promise.all([
      readFile(join(dir, MARKER), 'utf8'),
      stat(join(dir, '.terraform.lock.hcl')),
      stat(join(dir, '.terraform', 'providers')),
    ]);
    return marker === digest;
  } catch {
    return false;
  }
}

/** Written after `terraform init` succeeded. */
export async function markInitialised(dir: string, digest: string): Promise<void> {
  await writeFile(join(dir, MARKER), digest, { mode: 0o600 });
}

/** The workspace `terraform workspace select` last chose in this directory (`.terraform/environment`). */
export async function selectedWorkspace(dir: string): Promise<string | undefined> {
  try {
    return (await readFile(join(dir, '.terraform', 'environment'), 'utf8')).trim();
  } catch {
    return undefined;
  }
}
