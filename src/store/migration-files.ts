import { readdir, readFile } from 'node:fs/promises';
import { AtlasError } from '../domain/errors.ts';

export interface Migration {
  version: number;
  /** The file name, such as `001_initial.sql`. */
  name: string;
  text: string;
}

const FILE_NAME = /^(\d{3})_[a-z0-9_]+\.sql$/;

/** The migrations shipped with ATLAS. */
export const MIGRATIONS_DIR = new URL('./migrations/', import.meta.url);

/** Orders migration file names by version; other files are ignored, a repeated version is an error. */
export function orderMigrationFiles(names: readonly string[]): { version: number; name: string }[] {
  const files = names.flatMap((name) => {
    const match = FILE_NAME.exec(name);
    return match?.[1] === undefined ? [] : [{ version: Number(match[1]), name }];
  });
  files.sort((a, b) => a.version - b.version);
  files.forEach((file, index) => {
    const previous = files[index - 1];
    if (previous?.version === file.version) {
      throw new AtlasError(
        'internal',
        `Migrations ${previous.name} and ${file.name} share a version number.`,
        {
          hint: 'Give every migration file its own NNN_ prefix.',
        },
      );
    }
  });
  return files;
}

export async function loadMigrations(dir: URL = MIGRATIONS_DIR): Promise<Migration[]> {
  const files = orderMigrationFiles(await readdir(dir));
  return Promise.all(
    files.map(async (file) => ({ ...file, text: await readFile(new URL(file.name, dir), 'utf8') })),
  );
}
