import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { ThreadRef, UserRef } from '../../domain/thread.ts';
import type { ThreadView } from '../../domain/thread-view.ts';
import type { InboundMessage } from '../../ports/chat-platform.ts';

export interface ConsoleSessionOptions {
  input: Readable;
  output: Writable;
  /** Echo each input line (`alice> ...`) so a piped transcript reads like a conversation. */
  echo: boolean;
  /** A person at a terminal: show a prompt with the acting user's name. */
  interactive: boolean;
  user: string;
  thread: ThreadRef;
  handle(message: InboundMessage): Promise<ThreadView[]>;
  deliver(thread: ThreadRef, views: readonly ThreadView[], user?: UserRef): Promise<void>;
  /** Piped input: wait for the work a line started before reading the next, so scripts run the same every time. */
  lockstep: boolean;
  /** Waits until no work of the thread is running (requests wait for a person or are finished). */
  waitIdle(): Promise<void>;
  /** The final state to print when input ends. */
  summary(): Promise<ThreadView[]>;
}

const USER_NAME = /^[A-Za-z0-9._-]{1,100}$/;

/**
 * One terminal conversation: each line is a message from the current user in one thread;
 * `/as NAME` switches the user; at end of input it waits for running work and prints the final state.
 */
export async function runConsoleSession(options: ConsoleSessionOptions): Promise<void> {
  const lines = createInterface({ input: options.input, terminal: false });
  let user: UserRef = { id: `console:${options.user}`, name: options.user };
  let count = 0;
  const prompt = () => `${user.name}> `;
  const ask = () => {
    if (options.interactive) options.output.write(prompt());
  };
  ask();
  for await (const raw of lines) {
    const text = raw.trim();
    if (options.echo) options.output.write(`${prompt()}${text}\n`);
    if (!text || text.startsWith('#')) {
      ask();
      continue;
    }
    const as = /^\/as(?:\s+(\S+))?$/.exec(text);
    if (as) {
      user = switchUser(options, user, as[1]);
      ask();
      continue;
    }
    if (text === '/quit' || text === '/exit') break;
    count += 1;
    const message: InboundMessage = {
      eventId: `console-${process.pid}-${Date.now()}-${count}`,
      thread: options.thread,
      user,
      text,
    };
    await options.deliver(options.thread, await options.handle(message), user);
    if (options.lockstep) await options.waitIdle();
    ask();
  }
  await options.waitIdle();
  await options.deliver(options.thread, await options.summary());
}

function switchUser(options: ConsoleSessionOptions, current: UserRef, name: string | undefined): UserRef {
  if (!name || !USER_NAME.test(name)) {
    options.output.write('! /as NAME switches the acting user; NAME is letters, digits, . _ -\n');
    return current;
  }
  options.output.write(`• you are now ${name} (console:${name})\n`);
  return { id: `console:${name}`, name };
}
