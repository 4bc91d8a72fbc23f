import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AtlasError } from '../domain/errors.ts';
import type { Plan } from '../domain/plan.ts';
import { progressLine } from '../domain/progress/progress-line.ts';
import type { ProgressReporter } from '../ports/engine.ts';
import type { PlanArtifacts } from '../ports/plan-artifacts.ts';
import { sha256Hex } from './plan-artifacts.ts';
import { assertResumable, planChanges } from './plan-summary.ts';
import { TerraformError } from './terraform-error.ts';
import type { RunOutcome, RunScope } from './terraform-runner.ts';
import { PLAN_FILE, RESUME_FILE, type TfContext } from './tf-context.ts';

export interface ApplyRun {
  plan: Plan;
  /** The approved plan file (approvedPlanFile). */
  bytes: Uint8Array;
  /** A workspace directory already prepared (prepareWorkspace). */
  dir: string;
  destroyTargets?: readonly string[];
}

/** The root outputs an apply printed at its end (`-json` `outputs` message); undefined when none ran. */
export type AppliedOutputs = Record<string, { value?: unknown }> | undefined;

/**
 * Applies the approved plan file, byte for byte. When Terraform calls it stale (an earlier attempt of
 * this same apply changed the state before it stopped), it plans again from the same configuration and
 * applies that only if it touches nothing but the approved resources, in the approved direction.
 */
export async function applyWorkspace(
  ctx: TfContext,
  run: ApplyRun,
  report: ProgressReporter,
  scope: RunScope,
): Promise<AppliedOutputs> {
  await writeFile(join(run.dir, PLAN_FILE), run.bytes, { mode: 0o600 });
  try {
    return outputsOf(await ctx.runner.apply(run.dir, PLAN_FILE, scope));
  } catch (error) {
    if (!(error instanceof TerraformError) || error.code !== 'stale_plan') throw error;
    await report(progressLine('resuming'));
    return resume(ctx, run, scope);
  }
}

async function resume(ctx: TfContext, run: ApplyRun, scope: RunScope): Promise<AppliedOutputs> {
  const targets = run.destroyTargets;
  await ctx.runner.plan(run.dir, { out: RESUME_FILE, ...(targets ? { destroy: true, targets } : {}) }, scope);
  const changes = planChanges(await ctx.runner.show(run.dir, RESUME_FILE, scope));
  assertResumable(run.plan.requestId, run.plan.actions, changes);
  return changes.length > 0 ? outputsOf(await ctx.runner.apply(run.dir, RESUME_FILE, scope)) : undefined;
}

function outputsOf(outcome: RunOutcome): AppliedOutputs {
  const last = outcome.events.findLast((event) => event.type === 'outputs');
  return last?.type === 'outputs' ? last.outputs : undefined;
}

/** The stored plan file whose hash the approval pinned; anything else is refused. */
export async function approvedPlanFile(artifacts: PlanArtifacts, plan: Plan): Promise<Uint8Array> {
  const pinned = plan.artifactSha256;
  const replan = { hint: 'Nothing was applied. Plan the request again and approve the new plan.' };
  if (!pinned) {
    throw new AtlasError('stale_plan', `The plan of ${plan.requestId} has no Terraform plan file.`, replan);
  }
  const bytes = await artifacts.load(pinned);
  if (!bytes) {
    throw new AtlasError(
      'stale_plan',
      `The Terraform plan file approved for ${plan.requestId} (${pinned.slice(0, 12)}) is not stored any more.`,
      replan,
    );
  }
  const actual = sha256Hex(bytes);
  if (actual !== pinned) {
    throw new AtlasError(
      'stale_plan',
      `The stored Terraform plan file of ${plan.requestId} is ${actual.slice(0, 12)}, not the approved ${pinned.slice(0, 12)}.`,
      replan,
    );
  }
  return bytes;
}
