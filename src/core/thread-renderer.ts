import type { AtlasEvent } from '../domain/events.ts';
import type { Policy } from '../domain/policy.ts';
import { isTerminal, type Request } from '../domain/request.ts';
import type { ThreadView } from '../domain/thread-view.ts';
import type { AuditLog } from '../ports/audit-log.ts';
import type { Claims } from '../ports/claims.ts';
import type { Clock } from '../ports/clock.ts';
import type { Logger } from '../ports/logger.ts';
import type { RequestStore } from '../ports/request-store.ts';
import { describeApprovers } from './approvers.ts';
import type { Deliver } from './deliver.ts';
import { type ProgressLine, progressIn } from './i18n/progress-catalogue.ts';
import { DECIDED, decisionOf, shows } from './rendered-events.ts';
import { languageOf } from './views/format.ts';
import { applyingLine, failureView, progressView, resultView } from './views/outcome.ts';
import { planCard } from './views/plan-card.ts';
import { voidedPlanView } from './views/voided-plan.ts';

export interface RendererDeps {
  requests: RequestStore;
  audit: AuditLog;
  claims: Claims;
  clock: Clock;
  logger: Logger;
  policy: Policy;
  deliver: Deliver;
  ciUser: string;
  /** At most one edit of a progress message per this many ms (platform rate limits). Default 1000. */
  minUpdateIntervalMs?: number;
}

interface Progress {
  /** As the events brought them; each is told in the request's language when the message is sent. */
  lines: ProgressLine[];
  startedAt: number;
  lastSentAt: number;
  timer: ReturnType<typeof setTimeout> | undefined;
}

/**
 * Turns worker events into thread messages: the plan card, one progress message per request edited in
 * place (coalesced), the final result as a new message. Each event is rendered by exactly one bot replica.
 */
export class ThreadRenderer {
  readonly #deps: RendererDeps;
  readonly #progress = new Map<string, Progress>();
  readonly #chains = new Map<string, Promise<void>>();
  readonly #shown = new Map<string, string>();

  constructor(deps: RendererDeps) {
    this.#deps = deps;
  }

  /** Event handler for EventBus.subscribe. Events of one request are rendered in order. */
  onEvent = async (event: AtlasEvent): Promise<void> => {
    if (!shows(event)) return;
    if (!(await this.#deps.claims.claim(`render:${event.id}`, 3600_000))) return;
    await this.#serial(event.requestId, () => this.#render(event));
  };

  /** The last state whose message (plan card, decision, result) this renderer posted; console and tests wait on it. */
  shownState(requestId: string): string | undefined {
    return this.#shown.get(requestId);
  }

  /** Resolves when nothing is being rendered or waiting to be. */
  async idle(): Promise<void> {
    while (this.#chains.size > 0 || [...this.#progress.values()].some((p) => p.timer)) {
      await Promise.all([...this.#chains.values()]);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  #serial(key: string, task: () => Promise<void>): Promise<void> {
    const previous = this.#chains.get(key) ?? Promise.resolve();
    const next = previous.then(task).catch((error: unknown) => {
      this.#deps.logger.error({ err: error, requestId: key }, 'rendering an event into its thread failed');
    });
    this.#chains.set(key, next);
    void next.then(() => {
      if (this.#chains.get(key) === next) this.#chains.delete(key);
    });
    return next;
  }

  async #render(event: AtlasEvent): Promise<void> {
    const request = await this.#deps.requests.get(event.requestId);
    if (!request) return;
    if (event.type === 'plan.ready') {
      await this.#planCard(request);
      this.#shown.set(request.id, 'awaiting_approval');
      return;
    }
    if (event.type === 'progress') return this.#addProgress(request, event);
    if (event.type === 'revised') return this.#voidPlanCard(request, event.message);
    if (event.type !== 'state' || !event.state) return;
    if (DECIDED.has(event.state)) await this.#planCard(request, event);
    if (event.state === 'applying') await this.#addProgress(request, { message: applyingLine(request) });
    if (isTerminal(event.state) && !DECIDED.has(event.state)) await this.#finish(request);
    if (DECIDED.has(event.state)) this.#shown.set(request.id, event.state);
  }

  async #voidPlanCard(request: Request, voided: string): Promise<void> {
    const view = voidedPlanView(request, voided);
    if (view) await this.#deps.deliver(request.thread, [view]);
    this.#shown.set(request.id, 'planning');
  }

  async #planCard(request: Request, decided?: AtlasEvent): Promise<void> {
    const plan = request.planId ? await this.#deps.requests.getPlan(request.planId) : undefined;
    if (!plan) return;
    const audit = await this.#deps.audit.list({ requestId: request.id });
    const decision = decisionOf(request, decided, audit);
    await this.#deps.deliver(request.thread, [
      planCard(request, plan, audit, describeApprovers(this.#deps.policy, languageOf(request)), decision),
    ]);
  }

  async #addProgress(request: Request, { message, said }: ProgressLine): Promise<void> {
    const now = this.#deps.clock.now().getTime();
    const progress = this.#progress.get(request.id) ?? {
      lines: [],
      startedAt: now,
      lastSentAt: 0,
      timer: undefined,
    };
    this.#progress.set(request.id, progress);
    progress.lines.push(said ? { message, said } : { message });
    const wait = progress.lastSentAt + (this.#deps.minUpdateIntervalMs ?? 1000) - now;
    if (wait <= 0) return this.#sendProgress(request.id, false);
    progress.timer ??= setTimeout(
      () => void this.#serial(request.id, () => this.#sendProgress(request.id, false)),
      wait,
    );
  }

  async #sendProgress(requestId: string, done: boolean): Promise<void> {
    const progress = this.#progress.get(requestId);
    const request = await this.#deps.requests.get(requestId);
    if (!progress || !request) return;
    clearTimeout(progress.timer);
    progress.timer = undefined;
    const now = this.#deps.clock.now().getTime();
    progress.lastSentAt = now;
    const lines = progress.lines.map((line) => progressIn(line, languageOf(request)));
    await this.#deps.deliver(request.thread, [progressView(request, lines, now - progress.startedAt, done)]);
  }

  async #finish(request: Request): Promise<void> {
    if (this.#progress.has(request.id)) await this.#sendProgress(request.id, true);
    this.#progress.delete(request.id);
    const audit = await this.#deps.audit.list({ requestId: request.id });
    const view: ThreadView =
      request.state === 'succeeded'
        ? resultView(request, audit, this.#deps.ciUser)
        : failureView(request, audit);
    await this.#deps.deliver(request.thread, [view]);
    this.#shown.set(request.id, request.state);
  }
}
