// What every chat adapter's test harness offers the shared contract suite: a way to talk to ATLAS as
// named people, press the buttons a platform shows, and read back what the platform shows in a thread.
import type { Simulator } from '../../src/sim/index.ts';

/** People of the contract: alice asks, bob approves, mallory may not approve. */
export type Person = 'alice' | 'bob' | 'mallory';

export interface ChatHarness {
  readonly name: string;
  readonly sim: Simulator;
  /** `person` addresses ATLAS in a channel (a mention or a slash command), which starts a thread. */
  start(person: Person, text: string): Promise<HarnessThread>;
  close(): Promise<void>;
}

export interface HarnessThread {
  /** A message to ATLAS inside the thread. */
  say(person: Person, text: string): Promise<void>;
  /** Presses a button of the latest message that has it, as the platform delivers the press. */
  press(person: Person, label: 'Approve' | 'Reject', reason?: string): Promise<void>;
  /** The thread as the platform shows it: every message's latest version, as plain text. */
  texts(): Promise<string[]>;
  /** What only `person` was shown in this thread (ephemeral messages, interaction replies). */
  privateTo(person: Person): Promise<string[]>;
  /** Waits until some message of the thread matches. */
  waitForText(pattern: RegExp, timeoutMs?: number): Promise<string>;
}

export async function eventually<T>(
  probe: () => Promise<T | undefined>,
  what: string,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
