// What the benchmark processes share: where Redis, PostgreSQL and the simulator are.
export interface BenchSettings {
  simUrl: string;
  tokenId: string;
  tokenSecret: string;
  redisUrl: string;
  prefix: string;
  databaseUrl: string;
  schema: string;
}

export type BotCommand =
  | { op: 'first-reply'; count: number }
  | { op: 'approve-each'; count: number }
  | { op: 'end-to-end'; count: number }
  | { op: 'rss' }
  | { op: 'exit' };

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] as number;
}
