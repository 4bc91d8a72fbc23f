import { z } from 'zod';

/** Longest argument a `said` carries: names, addresses, role lists, short tool text. */
export const SAID_ARG_MAX = 1000;

/**
 * Which catalogue entry a text came from and what filled it in, so it can be told again in another
 * language: `{ key: 'cloning', args: ['web-01', 'debian-12', 'pve1', 100] }`. Arguments are values
 * (names, numbers, codes), never words that would need translating.
 */
export const Said = z.object({
  key: z.string().min(1).max(64),
  args: z
    .array(z.union([z.string().max(SAID_ARG_MAX), z.number()]))
    .max(12)
    .readonly(),
});
export type Said = z.infer<typeof Said>;
