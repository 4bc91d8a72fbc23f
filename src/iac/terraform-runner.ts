import { type ProcessResult, runProcess } from './run-process.ts';
import {
  applyArgs,
  destroyArgs,
  initArgs,
  outputArgs,
  type PlanArgs,
  planArgs,
  selectWorkspaceArgs,
  showPlanArgs,
  stateListArgs,
} from './terraform-args.ts';
import { terraformError } from './terraform-error.ts';
import { parseEvent, type TfDiagnostic, type TfEvent } from './tf-events.ts';

export interface TerraformTimeouts {
  init: number;
  plan: number;
  apply: number;
  /** show, output, state list, workspace select */
  read: number;
}

export const DEFAULT_TIMEOUTS: TerraformTimeouts = {
  init: 5 * 60_000,
  plan: 15 * 60_000,
  apply: 60 * 60_000,
  read: 2 * 60_000,
};

export interface TerraformRunnerOptions {
  /** The terraform executable: a path, or a name found on the PATH of `env`. Default `terraform`. */
  bin?: string;
  /** The whole environment Terraform runs with (credentials, PG_CONN_STR, TF_CLI_CONFIG_FILE, PATH). */
  env: Readonly<Record<string, string>>;
  /** Scrubs secrets from every text taken from Terraform's output. */
  sanitize: (text: string) => string;
  timeouts?: Partial<TerraformTimeouts>;
  /** Time between SIGINT, SIGTERM and SIGKILL when a run is stopped. Default 10 s. */
  graceMs?: number;
  /** How long plan, apply and destroy wait for a state lock held by another run. Default 5 min. */
  lockTimeoutMs?: number;
}

/** What one command run is about, for messages and cancellation. */
export interface RunScope {
  /** For error messages: `Planning R-7F3K`. */
  doing: string;
  signal?: AbortSignal | undefined;
  onEvent?: ((event: TfEvent) => void) | undefined;
}

export interface RunOutcome {
  diagnostics: TfDiagnostic[];
  events: TfEvent[];
  stdout: string;
}

/** Terraform's commands as methods: argument arrays, `-json` events, typed errors, sanitised text. */
export class TerraformRunner {
  readonly #options: TerraformRunnerOptions;
  readonly #timeouts: TerraformTimeouts;

  constructor(options: TerraformRunnerOptions) {
    this.#options = options;
    this.#timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
  }

  get #lockSeconds(): number {
    return (this.#options.lockTimeoutMs ?? 5 * 60_000) / 1000;
  }

  init(dir: string, scope: RunScope): Promise<RunOutcome> {
    return this.#run(dir, initArgs(), this.#timeouts.init, scope);
  }

  /** Selects a workspace (pg backend), creating it unless `create` is false. */
  selectWorkspace(dir: string, workspace: string, scope: RunScope, create = true): Promise<RunOutcome> {
    return this.#run(dir, selectWorkspaceArgs(workspace, create), this.#timeouts.read, scope);
  }

  plan(dir: string, options: Omit<PlanArgs, 'lockTimeoutSeconds'>, scope: RunScope): Promise<RunOutcome> {
    const args = planArgs({ ...options, lockTimeoutSeconds: this.#lockSeconds });
    return this.#run(dir, args, this.#timeouts.plan, scope);
  }

  /** `terraform show -json <planfile>`: the plan as JSON (resource_changes, planned_values, ...). */
  async show(dir: string, planFile: string, scope: RunScope): Promise<unknown> {
    const outcome = await this.#run(dir, showPlanArgs(planFile), this.#timeouts.read, scope);
    return JSON.parse(outcome.stdout);
  }

  apply(dir: string, planFile: string, scope: RunScope): Promise<RunOutcome> {
    return this.#run(dir, applyArgs(planFile, this.#lockSeconds), this.#timeouts.apply, scope);
  }

  destroy(dir: string, targets: readonly string[] | undefined, scope: RunScope): Promise<RunOutcome> {
    return this.#run(dir, destroyArgs(this.#lockSeconds, targets), this.#timeouts.apply, scope);
  }

  /** `terraform output -json`: every root output as `{ value, sensitive, type }`. */
  async outputs(dir: string, scope: RunScope): Promise<Record<string, { value?: unknown }>> {
    const outcome = await this.#run(dir, outputArgs(), this.#timeouts.read, scope);
    return JSON.parse(outcome.stdout) as Record<string, { value?: unknown }>;
  }

  async stateList(dir: string, scope: RunScope): Promise<string[]> {
    const outcome = await this.#run(dir, stateListArgs(), this.#timeouts.read, scope);
    return outcome.stdout.split('\n').filter((line) => line.trim() !== '');
  }

  async #run(dir: string, args: string[], timeoutMs: number, scope: RunScope): Promise<RunOutcome> {
    const diagnostics: TfDiagnostic[] = [];
    const events: TfEvent[] = [];
    const sanitize = this.#options.sanitize;
    const result: ProcessResult = await runProcess({
      bin: this.#options.bin ?? 'terraform',
      args,
      cwd: dir,
      env: this.#options.env,
      timeoutMs,
      graceMs: this.#options.graceMs ?? 10_000,
      signal: scope.signal,
      onLine: (line) => {
        const event = parseEvent(line);
        if (!event) return;
        const clean = event.type === 'diagnostic' ? sanitizeDiagnostic(event, sanitize) : event;
        if (clean.type === 'diagnostic') diagnostics.push(clean.diagnostic);
        events.push(clean);
        scope.onEvent?.(clean);
      },
    });
    if (result.exitCode !== 0 || result.stopped) {
      throw terraformError({ doing: scope.doing, command: args[0] ?? '', result, diagnostics, sanitize });
    }
    return { diagnostics, events, stdout: result.stdout };
  }
}

function sanitizeDiagnostic(
  event: Extract<TfEvent, { type: 'diagnostic' }>,
  sanitize: (t: string) => string,
) {
  const { diagnostic } = event;
  return {
    ...event,
    diagnostic: {
      ...diagnostic,
      summary: sanitize(diagnostic.summary),
      ...(diagnostic.detail === undefined ? {} : { detail: sanitize(diagnostic.detail) }),
    },
  };
}
