// Errors the simulator answers with, in the words the real PVE API uses.

export class SimError extends Error {
  readonly status: number;
  /** Per-parameter errors of a 400. */
  readonly errors: Record<string, string> | undefined;

  constructor(status: number, message: string, errors?: Record<string, string>) {
    super(message);
    this.name = 'SimError';
    this.status = status;
    this.errors = errors;
  }
}

export function paramError(errors: Record<string, string>): SimError {
  return new SimError(400, 'Parameter verification failed.', errors);
}

export function noConfigError(node: string, vmid: number | string): SimError {
  return new SimError(500, `Configuration file 'nodes/${node}/qemu-server/${vmid}.conf' does not exist`);
}

export function lockTimeoutError(vmid: number): SimError {
  return new SimError(500, `can't lock file '/var/lock/qemu-server/lock-${vmid}.conf' - got timeout`);
}

export function lockedError(lock: string | number): SimError {
  return new SimError(500, `VM is locked (${lock})`);
}
