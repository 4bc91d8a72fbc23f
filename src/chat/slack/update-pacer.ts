export interface PacerOptions {
  /** At most one edit of one message per this many ms. */
  minIntervalMs: number;
  /** At most this many edits per minute in all (Slack's chat.update is Tier 3: about 50 a minute). */
  perMinute: number;
  /** How many edits may go at once before the per-minute rate applies. */
  burst: number;
  onError(error: unknown, key: string): void;
  now?: () => number;
}

interface Slot {
  lastSentAt: number;
  pending: (() => Promise<void>) | undefined;
  timer: ReturnType<typeof setTimeout> | undefined;
  sending: Promise<void> | undefined;
}

/**
 * Paces message edits: one per message per interval and a shared rate, latest edit wins. `schedule`
 * returns at once; an edit that is overtaken by a newer one for the same message is never sent.
 */
export class UpdatePacer {
  readonly #options: PacerOptions;
  readonly #slots = new Map<string, Slot>();
  #tokens: number;
  #refilledAt: number;

  constructor(options: PacerOptions) {
    this.#options = options;
    this.#tokens = options.burst;
    this.#refilledAt = this.#now();
  }

  schedule(key: string, send: () => Promise<void>): void {
    const slot = this.#slots.get(key) ?? {
      lastSentAt: 0,
      pending: undefined,
      timer: undefined,
      sending: undefined,
    };
    this.#slots.set(key, slot);
    slot.pending = send;
    if (!slot.timer && !slot.sending) this.#arm(key, slot);
  }

  /** Records that the message was just posted, so its first edit waits its turn too. */
  markSent(key: string): void {
    const slot = this.#slots.get(key);
    if (slot) slot.lastSentAt = this.#now();
    else
      this.#slots.set(key, {
        lastSentAt: this.#now(),
        pending: undefined,
        timer: undefined,
        sending: undefined,
      });
  }

  /** Resolves once every scheduled edit has been sent (or has failed and been reported). */
  async idle(): Promise<void> {
    while ([...this.#slots.values()].some((s) => s.pending || s.sending)) {
      await Promise.all([...this.#slots.values()].map((s) => s.sending));
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  #now(): number {
    return this.#options.now?.() ?? Date.now();
  }

  #arm(key: string, slot: Slot): void {
    const now = this.#now();
    const wait = Math.max(0, slot.lastSentAt + this.#options.minIntervalMs - now, this.#tokenWait(now));
    slot.timer = setTimeout(() => {
      slot.timer = undefined;
      this.#fire(key, slot);
    }, wait);
  }

  #fire(key: string, slot: Slot): void {
    const now = this.#now();
    if (this.#tokenWait(now) > 0) {
      this.#arm(key, slot);
      return;
    }
    const send = slot.pending;
    if (!send) return;
    this.#tokens -= 1;
    slot.pending = undefined;
    slot.lastSentAt = now;
    slot.sending = send()
      .catch((error: unknown) => this.#options.onError(error, key))
      .finally(() => {
        slot.sending = undefined;
        if (slot.pending) this.#arm(key, slot);
        else this.#forgetOld();
      });
  }

  /** Milliseconds until one edit may go, refilling the shared bucket first. */
  #tokenWait(now: number): number {
    const rate = this.#options.perMinute / 60_000;
    this.#tokens = Math.min(this.#options.burst, this.#tokens + (now - this.#refilledAt) * rate);
    this.#refilledAt = now;
    return this.#tokens >= 1 ? 0 : Math.ceil((1 - this.#tokens) / rate);
  }

  #forgetOld(): void {
    if (this.#slots.size < 1000) return;
    const cutoff = this.#now() - this.#options.minIntervalMs;
    for (const [key, slot] of this.#slots) {
      if (!slot.pending && !slot.sending && !slot.timer && slot.lastSentAt < cutoff) this.#slots.delete(key);
    }
  }
}
