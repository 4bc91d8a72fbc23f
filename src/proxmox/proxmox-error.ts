import { AtlasError } from '../domain/errors.ts';

export interface ProxmoxErrorDetails {
  /** HTTP status; undefined when no answer came back (connection refused, reset, timeout). */
  status: number | undefined;
  method: string;
  /** The API path without the `/api2/json` prefix: `/nodes/pve1/qemu/9000/clone`. */
  path: string;
  /** What Proxmox said: the reason phrase, the task exit status or the network error. */
  pveMessage: string;
  /** Per-parameter messages of a 400 `Parameter verification failed.` */
  errors?: Record<string, string>;
  transient: boolean;
  hint?: string;
  cause?: unknown;
}

/** A call to the Proxmox VE API that did not work. `code` is `transient` when a retry may help. */
export class ProxmoxError extends AtlasError {
  readonly status: number | undefined;
  readonly method: string;
  readonly path: string;
  readonly pveMessage: string;
  readonly errors: Record<string, string> | undefined;

  constructor(message: string, details: ProxmoxErrorDetails) {
    super(details.transient ? 'transient' : 'proxmox', message, {
      ...(details.hint === undefined ? {} : { hint: details.hint }),
      cause: details.cause,
    });
    this.name = 'ProxmoxError';
    this.status = details.status;
    this.method = details.method;
    this.path = details.path;
    this.pveMessage = details.pveMessage;
    this.errors = details.errors;
  }
}

const LOCK_TIMEOUT = /can't lock file .*got timeout/i;

/** `can't lock file '/var/lock/qemu-server/lock-100.conf' - got timeout`: another task holds the VM. */
export function isLockTimeout(error: unknown): boolean {
  return error instanceof ProxmoxError && LOCK_TIMEOUT.test(error.pveMessage);
}

export function isLockTimeoutMessage(message: string): boolean {
  return LOCK_TIMEOUT.test(message);
}

/** Errors worth another try later: lock timeouts, proxy 5xx, and lost connections on reads. */
export function isTransient(error: unknown): boolean {
  return error instanceof ProxmoxError && error.code === 'transient';
}

/** 502/503/504 come from a proxy in front of PVE; 595/596 from pveproxy failing to reach another node. */
const PROXY_STATUSES = new Set([502, 503, 504, 595, 596, 597, 598, 599]);

export function isTransientAnswer(status: number, pveMessage: string): boolean {
  return PROXY_STATUSES.has(status) || LOCK_TIMEOUT.test(pveMessage);
}

/** Network failures where the request surely never reached Proxmox: safe to call transient for any method. */
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
/** Failures after the request may have been received: transient only for reads. */
const MAYBE_SENT = new Set(['ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ECONNABORTED', 'UND_ERR_SOCKET']);

export function isTransientNetworkError(code: string | undefined, method: string): boolean {
  if (code === undefined) return false;
  if (NOT_SENT.has(code)) return true;
  return method === 'GET' && MAYBE_SENT.has(code);
}

export function describeStatus(status: number | undefined): string {
  return status === undefined ? 'no answer' : `HTTP ${status}`;
}
