// The provider block: endpoint, api_token and insecure, each falling back to bpg/proxmox's environment
// variables (PROXMOX_VE_ENDPOINT, PROXMOX_VE_API_TOKEN, PROXMOX_VE_INSECURE).
import type { ValueObject } from './cty-value.ts';
import { type Diagnostic, errorDiagnostic } from './diagnostics.ts';
import type { PveConnection } from './pve-context.ts';

export interface ProviderEnv {
  PROXMOX_VE_ENDPOINT?: string | undefined;
  PROXMOX_VE_API_TOKEN?: string | undefined;
  PROXMOX_VE_INSECURE?: string | undefined;
}

const TOKEN = /^([^@\s]+@[^!\s]+![^=\s]+)=(\S+)$/;

export function validateProviderConfig(config: ValueObject | null): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const endpoint = config?.endpoint;
  if (typeof endpoint === 'string' && !isHttpUrl(endpoint)) {
    diagnostics.push(
      errorDiagnostic(
        'Invalid endpoint',
        `"${endpoint}" is not an http(s) URL like https://pve.example.com:8006/.`,
        ['endpoint'],
      ),
    );
  }
  const token = config?.api_token;
  if (typeof token === 'string' && !TOKEN.test(token)) {
    diagnostics.push(
      errorDiagnostic('Invalid api_token', 'The API token must look like USER@REALM!TOKENID=SECRET.', [
        'api_token',
      ]),
    );
  }
  return diagnostics;
}

export type Resolved =
  | { connection: PveConnection; diagnostics: [] }
  | { connection: undefined; diagnostics: Diagnostic[] };

export function resolveConnection(config: ValueObject | null, env: ProviderEnv): Resolved {
  const endpoint = text(config?.endpoint) ?? env.PROXMOX_VE_ENDPOINT;
  const token = text(config?.api_token) ?? env.PROXMOX_VE_API_TOKEN;
  const insecureSetting = config?.insecure;
  const insecure =
    typeof insecureSetting === 'boolean'
      ? insecureSetting
      : /^(1|true)$/i.test(env.PROXMOX_VE_INSECURE ?? '');
  const diagnostics: Diagnostic[] = [];
  if (!endpoint || !isHttpUrl(endpoint)) {
    diagnostics.push(
      errorDiagnostic(
        'Missing Proxmox endpoint',
        'Set endpoint in the provider block or PROXMOX_VE_ENDPOINT to the Proxmox VE API URL.',
        ['endpoint'],
      ),
    );
  }
  const match = TOKEN.exec(token ?? '');
  if (!match) {
    diagnostics.push(
      errorDiagnostic(
        'Missing Proxmox API token',
        'Set api_token in the provider block or PROXMOX_VE_API_TOKEN to USER@REALM!TOKENID=SECRET.',
        ['api_token'],
      ),
    );
  }
  if (!endpoint || !match?.[1] || !match[2] || diagnostics.length > 0)
    return { connection: undefined, diagnostics };
  return { connection: { endpoint, tokenId: match[1], tokenSecret: match[2], insecure }, diagnostics: [] };
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function isHttpUrl(value: string): boolean {
  try {
    return /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
}
