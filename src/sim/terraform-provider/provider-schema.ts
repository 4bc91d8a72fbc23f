// The provider block, with bpg/proxmox's argument names.
import { attr, type BlockSpec } from './schema.ts';

export const providerSchema: BlockSpec = {
  description: 'Proxmox VE (the ATLAS stand-in for bpg/proxmox).',
  attributes: {
    endpoint: attr.optional(
      'string',
      'The Proxmox VE API URL, e.g. https://pve.example.com:8006/ (or PROXMOX_VE_ENDPOINT).',
    ),
    api_token: {
      ...attr.optional('string', 'The API token, USER@REALM!TOKENID=SECRET (or PROXMOX_VE_API_TOKEN).'),
      sensitive: true,
    },
    insecure: attr.optional('bool', 'Skip TLS certificate verification (or PROXMOX_VE_INSECURE).'),
  },
  blocks: {},
};
