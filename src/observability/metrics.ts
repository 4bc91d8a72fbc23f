import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';

export type JobOutcome = 'completed' | 'retried' | 'failed';

/** What ATLAS counts. One instance per process; `/metrics` serves `metricsText()`. */
export interface AtlasMetrics {
  /** A request reached `state` (count every transition, including the first `received`). */
  requestState(kind: string, state: string): void;
  /** One job attempt ended: `retried` when it failed and will run again, `failed` when it will not. */
  jobFinished(kind: string, outcome: JobOutcome, seconds: number): void;
  /** Time from an inbound chat event to ATLAS's first answer in the thread. */
  chatReply(seconds: number): void;
  /** The Prometheus text exposition of every metric in the registry. */
  metricsText(): Promise<string>;
  /** The Content-Type header for `metricsText()`. */
  readonly contentType: string;
  /** The prom-client registry, for the composition root to add process-specific metrics. */
  readonly registry: Registry;
}

export interface MetricsOptions {
  /** Prepended to every metric name; `atlas_` unless told otherwise. */
  prefix?: string;
  /** Also collect Node.js process metrics (event loop lag, heap, CPU). Off unless asked. */
  processMetrics?: boolean;
}

/** Job durations run from a second (a plan) to many minutes (a clone, a first boot, a playbook). */
const JOB_BUCKETS = [0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600, 1200, 1800];
/** Chat answers must land inside the 3-second acknowledgement window. */
const REPLY_BUCKETS = [0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5, 10];

export function createMetrics(options: MetricsOptions = {}): AtlasMetrics {
  const prefix = options.prefix ?? 'atlas_';
  const registry = new Registry();
  if (options.processMetrics === true) collectDefaultMetrics({ register: registry, prefix });
  const requests = new Counter({
    name: `${prefix}requests_total`,
    help: 'Requests that reached a state, by operation kind and state.',
    labelNames: ['kind', 'state'] as const,
    registers: [registry],
  });
  const jobs = new Counter({
    name: `${prefix}jobs_total`,
    help: 'Job attempts that ended, by job kind and outcome (completed, retried, failed).',
    labelNames: ['kind', 'outcome'] as const,
    registers: [registry],
  });
  const jobDuration = new Histogram({
    name: `${prefix}job_duration_seconds`,
    help: 'Duration of one job attempt, by job kind.',
    labelNames: ['kind'] as const,
    buckets: JOB_BUCKETS,
    registers: [registry],
  });
  const chatReply = new Histogram({
    name: `${prefix}chat_reply_seconds`,
    help: 'Time from an inbound chat event to the first answer in the thread.',
    buckets: REPLY_BUCKETS,
    registers: [registry],
  });
  return {
    requestState: (kind, state) => requests.inc({ kind, state }),
    jobFinished: (kind, outcome, seconds) => {
      jobs.inc({ kind, outcome });
      jobDuration.observe({ kind }, seconds);
    },
    chatReply: (seconds) => chatReply.observe(seconds),
    metricsText: () => registry.metrics(),
    contentType: registry.contentType,
    registry,
  };
}
