// The `digest` of a VM config (SHA-1 of its text, as PVE computes it), for optimistic concurrency.
import { createHash } from 'node:crypto';
import type { SimConfig } from './types.ts';

export function configDigest(config: SimConfig): string {
  const text = Object.keys(config)
    .sort()
    .map((key) => `${key}: ${config[key]}\n`)
    .join('');
  return createHash('sha1').update(text).digest('hex');
}
