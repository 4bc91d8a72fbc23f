import { lstat, readdir, rm, rmdir } from 'node:fs/promises';
import { join } from 'node:path';
import { workspaceDir } from './workspace-dir.ts';

/** `terraform.tfstate`, its `.backup` and its `.lock.info`: with the local backend, the state itself. */
const LOCAL_STATE = /^\.?terraform\.tfstate/;

/**
 * Removes the workspace directory of a request that is over. Nothing in it is needed again: the next
 * run in it (a rollback) writes the files and runs `terraform init` anew, and a `vm destroy` of its VMs
 * works in the destroying request's own directory. With the pg backend the state is in PostgreSQL, so
 * the whole directory goes. With the local backend the directory holds the state, the only record of
 * what Terraform made: the state files stay and the rest goes. Only `<workDir>/r-...` itself is touched:
 * a symlink or a file under that name is left alone, and no symlink inside is followed.
 * True when something was removed.
 */
export async function forgetWorkspace(
  workDir: string,
  requestId: string,
  backend: 'pg' | 'local',
): Promise<boolean> {
  const dir = workspaceDir(workDir, requestId);
  if (!(await isDirectory(dir))) return false;
  if (backend === 'pg') {
    await rm(dir, { recursive: true, force: true });
    return true;
  }
  const names = await readdir(dir);
  const removable = names.filter((name) => !LOCAL_STATE.test(name));
  for (const name of removable) await rm(join(dir, name), { recursive: true, force: true });
  if (removable.length < names.length) return removable.length > 0;
  await rmdir(dir).catch(() => undefined);
  return true;
}

/** A real directory, not a symlink to one; false when nothing is there. */
async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await lstat(path)).isDirectory();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}
