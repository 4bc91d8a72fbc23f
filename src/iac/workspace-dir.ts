import { randomUUID } from 'node:crypto';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AtlasError } from '../domain/errors.ts';
import { REQUEST_ID_PATTERN } from '../domain/intent.ts';
import type { WorkspaceFiles } from './render-workspace.ts';

/** `<workDir>/r-7f3k`: the request id is checked, so it can never name a path outside workDir. */
export function workspaceDir(workDir: string, requestId: string): string {
  return join(workDir, workspaceName(requestId));
}

/** The Terraform workspace (pg backend) and directory name of a request: `r-7f3k`. */
export function workspaceName(requestId: string): string {
  if (!REQUEST_ID_PATTERN.test(requestId)) {
    throw new AtlasError(
      'internal',
      `${JSON.stringify(requestId)} is not a request id; no workspace is made for it.`,
    );
  }
  return requestId.toLowerCase();
}

/** Writes the generated files (each atomically) and removes `.tf` files that are no longer generated. */
export async function writeWorkspace(dir: string, files: WorkspaceFiles): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  for (const name of await readdir(dir)) {
    if (name.endsWith('.tf') && !(name in files)) await rm(join(dir, name), { force: true });
  }
  for (const [name, text] of Object.entries(files)) {
    const temporary = join(dir, `.${name}.${randomUUID()}.tmp`);
    await writeFile(temporary, text, { mode: 0o600 });
    await rename(temporary, join(dir, name));
  }
}
