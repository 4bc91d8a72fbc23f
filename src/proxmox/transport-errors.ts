import type { HttpAnswer, NetworkError } from './http-sender.ts';
import { isTransientAnswer, isTransientNetworkError, ProxmoxError } from './proxmox-error.ts';

/** The JSON body PVE wraps every answer in. */
export interface Envelope {
  data?: unknown;
  errors?: unknown;
  message?: unknown;
}

const TLS_CODES = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER|ERR_TLS/;

/** A request that got no (complete) answer. */
export function networkError(method: string, path: string, error: NetworkError): ProxmoxError {
  const tls = error.code !== undefined && TLS_CODES.test(error.code);
  const hint = tls
    ? 'Trust the cluster certificate with PROXMOX_CA_FILE (or set PROXMOX_INSECURE=true on a lab cluster).'
    : method === 'GET'
      ? 'Check PROXMOX_URL and that Proxmox is reachable from this machine.'
      : 'Proxmox may or may not have done it: look at the VM before trying again.';
  return new ProxmoxError(`${method} ${path}: no answer from Proxmox (${error.message})`, {
    status: undefined,
    method,
    path,
    pveMessage: error.message,
    transient: isTransientNetworkError(error.code, method),
    hint,
    cause: error,
  });
}

/** A request Proxmox answered with something other than 200 and a JSON envelope. */
export function answerError(
  method: string,
  path: string,
  answer: HttpAnswer,
  envelope: Envelope | undefined,
): ProxmoxError {
  const errors = stringMap(envelope?.errors);
  const bodyMessage = typeof envelope?.message === 'string' ? envelope.message.trim() : '';
  const pveMessage =
    bodyMessage || answer.reason || (answer.status === 200 ? 'answer was not JSON' : `HTTP ${answer.status}`);
  const detail = errors
    ? ` (${Object.entries(errors)
        .map(([k, v]) => `${k}: ${v}`)
        .join('; ')})`
    : '';
  return new ProxmoxError(`${method} ${path}: Proxmox answered ${answer.status} ${pveMessage}${detail}`, {
    status: answer.status,
    method,
    path,
    pveMessage,
    ...(errors ? { errors } : {}),
    transient: isTransientAnswer(answer.status, pveMessage),
    ...hintFor(answer.status),
  });
}

function hintFor(status: number): { hint?: string } {
  if (status === 401)
    return { hint: 'Check PROXMOX_TOKEN_ID and PROXMOX_TOKEN_SECRET: Proxmox did not accept the token.' };
  if (status === 403)
    return { hint: 'Give the API token the permission named in the message (Datacenter → Permissions).' };
  if (status === 501)
    return { hint: 'This Proxmox VE version does not know that call; check the version ATLAS supports.' };
  return {};
}

function stringMap(value: unknown): Record<string, string> | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const entries = Object.entries(value).map(([key, v]) => [key, String(v).trim()] as const);
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}
