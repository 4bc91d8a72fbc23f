// Conversations with ATLAS through the console adapter on the whole pipeline (real Redis, PostgreSQL,
// the Proxmox simulator, a worker), with the model behind a local fake OpenAI-compatible server.
import { ConsolePlatform } from '../../../src/chat/console/console-platform.ts';
import { handleMessage } from '../../../src/core/handle-message.ts';
import { type ThreadRef, threadKey, type UserRef } from '../../../src/domain/thread.ts';
import type { ThreadView } from '../../../src/domain/thread-view.ts';
import type { ChatPlatform, MessageRef } from '../../../src/ports/chat-platform.ts';
import { eventually } from '../../contract/chat-harness.ts';
import { PipelineWorld } from '../../support/pipeline-world.ts';

/** One terminal per thread, as `atlas console` prints it. */
class Terminals implements ChatPlatform {
  readonly output = new Map<string, string>();
  readonly #consoles = new Map<string, ConsolePlatform>();

  #console(thread: ThreadRef): ConsolePlatform {
    const key = threadKey(thread);
    let terminal = this.#consoles.get(key);
    if (!terminal) {
      terminal = new ConsolePlatform((text) => this.output.set(key, (this.output.get(key) ?? '') + text), {
        color: false,
      });
      this.#consoles.set(key, terminal);
    }
    return terminal;
  }
  post(thread: ThreadRef, view: ThreadView): Promise<MessageRef> {
    return this.#console(thread).post(thread, view);
  }
  update(message: MessageRef, view: ThreadView): Promise<void> {
    return this.#console(message.thread).update(message, view);
  }
  postEphemeral(thread: ThreadRef, user: UserRef, view: ThreadView): Promise<void> {
    return this.#console(thread).postEphemeral(thread, user, view);
  }
}

export interface ConsoleThread {
  say(person: string, text: string): Promise<void>;
  /** Presses a button the way a terminal does: by typing the command printed next to it. */
  press(person: string, label: string): Promise<void>;
  /** The messages printed so far, each starting where `ATLAS ` starts a line. */
  blocks(): string[];
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<string>;
}

export async function consoleWorld(env: Record<string, string>) {
  const world = await PipelineWorld.start({ render: false, env });
  const terminals = new Terminals();
  await world.renderTo(terminals);
  let n = 0;
  const thread = (): ConsoleThread => {
    const ref: ThreadRef = {
      platform: 'console',
      channel: 'agent',
      thread: `t-${++n}-${Date.now().toString(36)}`,
    };
    const blocks = () => (terminals.output.get(threadKey(ref)) ?? '').split(/^ATLAS /m).filter(Boolean);
    const say = async (person: string, text: string) => {
      const user = { id: `console:${person}`, name: person };
      const views = await handleMessage(world.runtime.deps, { eventId: `e${++n}`, thread: ref, user, text });
      await world.deliver(ref, views, user);
    };
    return {
      say,
      blocks,
      async press(person, label) {
        const block = blocks().findLast((b) => b.includes(`[${label}]`));
        const command = new RegExp(`\\[${label}\\]\\s+(\\S.*)$`, 'm').exec(block ?? '')?.[1];
        if (!command) throw new Error(`no ${label} button in the thread`);
        await say(person, command);
      },
      waitFor: (pattern, timeoutMs) =>
        eventually(async () => blocks().find((b) => pattern.test(b)), `${pattern}`, timeoutMs),
    };
  };
  return { world, thread, close: () => world.close() };
}
