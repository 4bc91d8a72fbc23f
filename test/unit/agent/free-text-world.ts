// A core on in-memory ports with free text switched on: a scripted model behind the AgentModel port and
// in-memory thread memory, token ledger and command stash. For unit tests of the agent and the rules.
import { type AgentSettings, DEFAULT_AGENT_SETTINGS } from '../../../src/core/free-text/free-text-deps.ts';
import { handleAction } from '../../../src/core/handle-action.ts';
import { handleMessage } from '../../../src/core/handle-message.ts';
import { AtlasError } from '../../../src/domain/errors.ts';
import { type ThreadRef, threadKey, type UserRef } from '../../../src/domain/thread.ts';
import type { ThreadView } from '../../../src/domain/thread-view.ts';
import { Sanitizer } from '../../../src/observability/sanitizer.ts';
import type { ModelCallRecord } from '../../../src/ports/agent-meter.ts';
import type { AgentModel, ModelRequest, ModelTurn, ToolCall } from '../../../src/ports/agent-model.ts';
import type { CommandStash } from '../../../src/ports/command-stash.ts';
import type { ThreadMemory } from '../../../src/ports/thread-memory.ts';
import type { TokenLedger } from '../../../src/ports/token-ledger.ts';
import { coreWorld, thread } from '../../support/core-world.ts';

export type Scripted = Partial<Pick<ModelTurn, 'content' | 'toolCalls'>> | Error;

export class ScriptedModel implements AgentModel {
  readonly model = 'scripted-model';
  readonly requests: ModelRequest[] = [];
  readonly #script: Scripted[] = [];

  script(...turns: Scripted[]): void {
    this.#script.push(...turns);
  }

  get pending(): number {
    return this.#script.length;
  }

  async complete(request: ModelRequest): Promise<ModelTurn> {
    this.requests.push(structuredClone({ messages: [...request.messages], tools: [...request.tools] }));
    const next = this.#script.shift();
    if (next === undefined) throw new Error('the scripted model has nothing left to say');
    if (next instanceof Error) throw next;
    return {
      toolCalls: [],
      model: this.model,
      usage: { promptTokens: 100, completionTokens: 10 },
      latencyMs: 7,
      ...next,
    };
  }
}

let n = 0;
export function call(name: string, args: unknown): { toolCalls: ToolCall[] } {
  return {
    toolCalls: [{ id: `c${++n}`, name, arguments: typeof args === 'string' ? args : JSON.stringify(args) }],
  };
}

export class MemoryThreadMemory implements ThreadMemory {
  readonly documents = new Map<string, unknown>();
  async read(t: ThreadRef) {
    return structuredClone(this.documents.get(threadKey(t)));
  }
  async write(t: ThreadRef, document: unknown) {
    this.documents.set(threadKey(t), structuredClone(document));
  }
}

export class MemoryTokenLedger implements TokenLedger {
  readonly totals = new Map<string, number>();
  async add(key: string, tokens: number) {
    this.totals.set(key, (this.totals.get(key) ?? 0) + tokens);
    return this.totals.get(key) ?? 0;
  }
  async used(key: string) {
    return this.totals.get(key) ?? 0;
  }
}

export class MemoryCommandStash implements CommandStash {
  readonly commands = new Map<string, string>();
  async save(command: string) {
    const id = `cmd${String(this.commands.size + 1).padStart(6, '0')}`;
    this.commands.set(id, command);
    return id;
  }
  async load(id: string) {
    return this.commands.get(id);
  }
}

/** The stored-command id behind the Run button of a view. */
export function runIdOf(view: ThreadView | undefined): string {
  const value = view?.buttons?.[0]?.value;
  if (value?.action !== 'run') throw new Error(`no Run button on ${view?.title}`);
  return value.id;
}

export const modelDown = () => new AtlasError('transient', 'The language model did not answer within 30 s.');

export function freeTextWorld(options: { model?: boolean; settings?: Partial<AgentSettings> } = {}) {
  const world = coreWorld();
  const model = new ScriptedModel();
  const sanitizer = new Sanitizer();
  sanitizer.register('hunter2-very-secret');
  const meter: ModelCallRecord[] = [];
  const free = {
    ...(options.model === false ? {} : { model }),
    memory: new MemoryThreadMemory(),
    tokens: new MemoryTokenLedger(),
    commands: new MemoryCommandStash(),
    meter: { modelCall: (record: ModelCallRecord) => void meter.push(record) },
    sanitize: (text: string) => sanitizer.sanitize(text),
    settings: { ...DEFAULT_AGENT_SETTINGS, ...options.settings },
  };
  const deps = { ...world.deps, freeText: free };
  let events = 0;
  const say = (user: UserRef, text: string) => handleMessage(deps, world.say(user, text));
  const press = (user: UserRef, value: string) =>
    handleAction(deps, { eventId: `press-${++events}`, thread, user, value });
  return { ...world, deps, free, model, meter, say, press };
}
