/**
 * How long to sleep before trying a taken lock again: doubling from `baseMs` up to `maxMs`, with
 * jitter (half to full of it) so waiters spread out, and never past the time that is left.
 */
export function pollDelay(
  attempt: number,
  remainingMs: number,
  options: { baseMs?: number; maxMs?: number; random?: () => number } = {},
): number {
  const base = options.baseMs ?? 20;
  const max = options.maxMs ?? 250;
  const random = options.random ?? Math.random;
  const ceiling = Math.min(max, base * 2 ** Math.min(attempt, 16));
  const jittered = ceiling * (0.5 + random() * 0.5);
  return Math.max(0, Math.min(remainingMs, Math.round(jittered)));
}
