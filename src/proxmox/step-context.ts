import { AtlasError } from '../domain/errors.ts';
import { ProxmoxError } from './proxmox-error.ts';

/** Runs one step; its errors say which step it was ("Cloning web-01 from ubuntu-24.04: ..."). */
export async function inStep<T>(what: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw withContext(what, error);
  }
}

export function withContext(what: string, error: unknown): unknown {
  if (error instanceof ProxmoxError) {
    return new ProxmoxError(`${what}: ${error.message}`, {
      status: error.status,
      method: error.method,
      path: error.path,
      pveMessage: error.pveMessage,
      ...(error.errors ? { errors: error.errors } : {}),
      transient: error.code === 'transient',
      ...(error.hint === undefined ? {} : { hint: error.hint }),
      cause: error,
    });
  }
  if (error instanceof AtlasError) {
    return new AtlasError(error.code, `${what}: ${error.message}`, {
      ...(error.hint === undefined ? {} : { hint: error.hint }),
      cause: error,
    });
  }
  return error;
}
