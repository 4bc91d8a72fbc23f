import type { ApiRequestable, Proxmox } from 'proxmox-api';
import { z } from 'zod';
import { AtlasError } from '../domain/errors.ts';
import { apiTree } from './api-tree.ts';
import { createHttpSender } from './http-sender.ts';
import { API_PREFIX, ProxmoxTransport } from './transport.ts';

export const ProxmoxClientOptions = z.object({
  /** `https://pve.example.com:8006` */
  url: z.url({ protocol: /^https?$/ }),
  /** `USER@REALM!TOKENID` */
  tokenId: z.string().regex(/^[^@\s]+@[^!\s]+![^=\s]+$/, 'must look like USER@REALM!TOKENID'),
  tokenSecret: z.string().min(1),
  /** PEM bundle of the CA that signed the cluster certificate. */
  ca: z.string().optional(),
  /** Accept any certificate. Never the default. */
  insecure: z.boolean().optional(),
  timeoutMs: z.number().int().positive().optional(),
  getRetries: z.number().int().min(0).optional(),
  retryDelayMs: z.number().int().min(0).optional(),
});
export type ProxmoxClientOptions = z.input<typeof ProxmoxClientOptions>;

/** The typed proxmox-api tree (`api.nodes.$(node).qemu.$(vmid).config.$get()`) over ATLAS's transport. */
export type ProxmoxApi = Proxmox.Api;
export type { ApiRequestable };

export interface ProxmoxClient {
  readonly api: ProxmoxApi;
  /** `https://host:8006`, for messages. */
  readonly baseUrl: string;
  /** Closes idle keep-alive connections. */
  close(): void;
}

export function createProxmoxClient(options: ProxmoxClientOptions): ProxmoxClient {
  const parsed = ProxmoxClientOptions.safeParse(options);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new AtlasError('config', `Setting up the Proxmox client: ${problems}`, {
      hint: 'Check PROXMOX_URL, PROXMOX_TOKEN_ID and PROXMOX_TOKEN_SECRET.',
    });
  }
  const o = parsed.data;
  const baseUrl = baseUrlOf(o.url);
  const sender = createHttpSender({
    ...(o.ca === undefined ? {} : { ca: o.ca }),
    insecure: o.insecure === true,
    timeoutMs: o.timeoutMs ?? 30_000,
  });
  const transport = new ProxmoxTransport({
    baseUrl,
    authorization: `PVEAPIToken=${o.tokenId}=${o.tokenSecret}`,
    sender,
    getRetries: o.getRetries ?? 2,
    retryDelayMs: o.retryDelayMs ?? 250,
  });
  return { api: apiOver(transport), baseUrl, close: () => sender.close() };
}

/** The typed tree over any request function: ATLAS's transport, or a fake in tests. */
export function apiOver(requestable: ApiRequestable): ProxmoxApi {
  return apiTree(requestable);
}

/** Accepts `https://host:8006`, `https://host:8006/` and `https://host:8006/api2/json`. */
export function baseUrlOf(url: string): string {
  const parsed = new URL(url);
  const path = parsed.pathname.replace(/\/+$/, '');
  const base = path.endsWith(API_PREFIX) ? path.slice(0, -API_PREFIX.length) : path;
  return `${parsed.protocol}//${parsed.host}${base}`;
}
