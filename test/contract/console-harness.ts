import { ConsolePlatform } from '../../src/chat/console/console-platform.ts';
import { handleMessage } from '../../src/core/handle-message.ts';
import { type ThreadRef, threadKey, type UserRef } from '../../src/domain/thread.ts';
import type { ThreadView } from '../../src/domain/thread-view.ts';
import type { ChatPlatform, MessageRef } from '../../src/ports/chat-platform.ts';
import { PipelineWorld } from '../support/pipeline-world.ts';
import { type ChatHarness, eventually, type HarnessThread, type Person } from './chat-harness.ts';

/** The terminal adapter: each thread is a terminal session; a button is pressed by typing its command. */
class ConsoleThreads implements ChatPlatform {
  readonly output = new Map<string, string>();
  readonly #consoles = new Map<string, ConsolePlatform>();

  console(thread: ThreadRef): ConsolePlatform {
    const key = threadKey(thread);
    let console = this.#consoles.get(key);
    if (!console) {
      console = new ConsolePlatform((text) => this.output.set(key, (this.output.get(key) ?? '') + text), {
        color: false,
      });
      this.#consoles.set(key, console);
    }
    return console;
  }
  post(thread: ThreadRef, view: ThreadView): Promise<MessageRef> {
    return this.console(thread).post(thread, view);
  }
  update(message: MessageRef, view: ThreadView): Promise<void> {
    return this.console(message.thread).update(message, view);
  }
  postEphemeral(thread: ThreadRef, user: UserRef, view: ThreadView): Promise<void> {
    return this.console(thread).postEphemeral(thread, user, view);
  }
}

export async function consoleHarness(): Promise<ChatHarness> {
  const world = await PipelineWorld.start({ render: false, env: { ATLAS_APPROVERS: 'console:bob' } });
  const threads = new ConsoleThreads();
  await world.renderTo(threads);
  let n = 0;
  const user = (person: Person): UserRef => ({ id: `console:${person}`, name: person });
  const send = async (thread: ThreadRef, person: Person, text: string) => {
    const views = await handleMessage(world.runtime.deps, {
      eventId: `c${++n}`,
      thread,
      user: user(person),
      text,
    });
    await world.deliver(thread, views, user(person));
  };
  return {
    name: 'console',
    sim: world.sim,
    close: () => world.close(),
    async start(person, text) {
      const thread: ThreadRef = { platform: 'console', channel: 'contract', thread: `session-${++n}` };
      await send(thread, person, text);
      const blocks = () => (threads.output.get(threadKey(thread)) ?? '').split(/^ATLAS /m).filter(Boolean);
      const self: HarnessThread = {
        say: (who, words) => send(thread, who, words),
        async press(who, label, reason) {
          const card = blocks().findLast((b) => b.includes(`[${label}]`));
          const command = new RegExp(`\\[${label}\\]\\s+(\\S.*)$`, 'm').exec(card ?? '')?.[1];
          if (!command) throw new Error(`no ${label} button in the thread`);
          await send(thread, who, reason ? `${command} ${reason}` : command);
        },
        texts: async () => blocks(),
        privateTo: async () => blocks().filter((b) => b.includes('(only you see this)')),
        waitForText: (pattern, timeoutMs) =>
          eventually(async () => blocks().find((b) => pattern.test(b)), `${pattern}`, timeoutMs),
      };
      return self;
    },
  };
}
