import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PlanArtifacts } from '../ports/plan-artifacts.ts';

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

const SHA256 = /^[0-9a-f]{64}$/;

/**
 * Plan files in a directory (`<dir>/<sha256>.tfplan`): enough when every worker shares the disk (one
 * machine, or a shared volume). ATLAS itself keeps them in PostgreSQL (src/store's SqlPlanArtifacts), so
 * workers on separate machines apply each other's plans; tests use this one.
 */
export class FilePlanArtifacts implements PlanArtifacts {
  readonly #dir: string;

  constructor(dir: string) {
    this.#dir = dir;
  }

  async save(sha256: string, bytes: Uint8Array): Promise<void> {
    const path = this.#path(sha256);
    await mkdir(this.#dir, { recursive: true, mode: 0o700 });
    const temporary = `${path}.${randomUUID()}.tmp`;
    await writeFile(temporary, bytes, { mode: 0o600 });
    await rename(temporary, path);
  }

  async load(sha256: string): Promise<Uint8Array | undefined> {
    try {
      return await readFile(this.#path(sha256));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  #path(sha256: string): string {
    if (!SHA256.test(sha256)) throw new Error(`${JSON.stringify(sha256)} is not a SHA-256 hex digest.`);
    return join(this.#dir, `${sha256}.tfplan`);
  }
}
