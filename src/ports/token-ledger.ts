/** Running totals of language-model tokens, per key (a team and a day), shared by every bot replica. */
export interface TokenLedger {
  /** Adds `tokens` to the key's total and returns the new total; the total expires after `ttlMs`. */
  add(key: string, tokens: number, ttlMs: number): Promise<number>;
  used(key: string): Promise<number>;
}
