import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PlanAction } from '../domain/plan.ts';
import type { SaidLine } from '../domain/progress/progress-text.ts';
import { sha256Hex } from './plan-artifacts.ts';
import { assertPlanMatches, planChanges, summaryLines as summaryLinesOf } from './plan-summary.ts';
import { changesFromEvents } from './planned-changes.ts';
import type { RunScope } from './terraform-runner.ts';
import { PLAN_FILE, type TfContext } from './tf-context.ts';

export interface PlannedWorkspace {
  /** SHA-256 of the plan file: the approval pins it, apply refuses any other. */
  sha256: string;
  /** What Terraform will do, one line per change, from `terraform show -json`. */
  summary: string;
  /** The same lines, each able to be told in the request's language. */
  summaryLines: SaidLine[];
}

export interface PlanRun {
  requestId: string;
  /** A workspace directory already prepared (prepareWorkspace). */
  dir: string;
  /** What ATLAS planned; Terraform's plan must do exactly this. */
  actions: readonly PlanAction[];
  destroyTargets?: readonly string[];
}

/**
 * `terraform plan -out`: the plan is refused unless it does exactly what ATLAS planned. A create plan is
 * read from the plan's own `-json` events; a destroy plan, whose VM's values come from the state, from
 * `terraform show -json` of the plan file. The plan file is stored under its hash for whichever worker
 * applies it.
 */
export async function planWorkspace(
  ctx: TfContext,
  run: PlanRun,
  scope: RunScope,
): Promise<PlannedWorkspace> {
  const targets = run.destroyTargets;
  const outcome = await ctx.runner.plan(
    run.dir,
    { out: PLAN_FILE, ...(targets ? { destroy: true, targets } : {}) },
    scope,
  );
  const changes = targets
    ? planChanges(await ctx.runner.show(run.dir, PLAN_FILE, scope))
    : changesFromEvents(outcome.events, run.actions);
  assertPlanMatches(run.requestId, run.actions, changes);
  const bytes = await readFile(join(run.dir, PLAN_FILE));
  const sha256 = sha256Hex(bytes);
  await ctx.artifacts.save(sha256, bytes, { requestId: run.requestId });
  const summaryLines = summaryLinesOf(changes);
  return { sha256, summary: summaryLines.map((line) => line.message).join('\n'), summaryLines };
}
