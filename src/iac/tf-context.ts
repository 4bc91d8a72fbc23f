import type nunjucks from 'nunjucks';
import type { PlanAction } from '../domain/plan.ts';
import type { PlanArtifacts } from '../ports/plan-artifacts.ts';
import { filesDigest, isInitialised, markInitialised, selectedWorkspace } from './init-marker.ts';
import { renderWorkspace } from './render-workspace.ts';
import { TerraformError } from './terraform-error.ts';
import type { RunScope, TerraformRunner } from './terraform-runner.ts';
import { workspaceDir, workspaceName, writeWorkspace } from './workspace-dir.ts';
import { type VmDefaults, workspaceVars } from './workspace-model.ts';

/** What the Terraform engine's steps share. */
export interface TfContext {
  runner: TerraformRunner;
  templates: nunjucks.Environment;
  workDir: string;
  backend: { kind: 'pg'; schemaName: string } | { kind: 'local' };
  provider: { source: string; version: string };
  vmDefaults: VmDefaults;
  artifacts: PlanArtifacts;
  sanitize: (text: string) => string;
}

/** The plan file's name inside a workspace directory. */
export const PLAN_FILE = 'atlas.tfplan';
/** The plan made to finish an apply that an earlier attempt started. */
export const RESUME_FILE = 'atlas-resume.tfplan';

export interface WorkspaceSpec {
  /** The request whose directory this is. */
  requestId: string;
  /** The request whose state it works on: itself, or the one that created the VM being destroyed. */
  stateOf: string;
  /** The create-vm actions to write as resources (none for a destroy). */
  actions: readonly PlanAction[];
}

/**
 * Writes a workspace's configuration and makes it ready to run: `terraform init`, and with the pg
 * backend the state owner's Terraform workspace selected (created on first use). Returns its directory.
 * When this worker prepared the directory already for the same files (it planned what it now applies),
 * neither runs again.
 */
export async function prepareWorkspace(
  ctx: TfContext,
  spec: WorkspaceSpec,
  scope: RunScope,
): Promise<string> {
  const dir = await writeAndInit(ctx, spec, scope);
  const name = workspaceName(spec.stateOf);
  if (ctx.backend.kind === 'pg' && (await selectedWorkspace(dir)) !== name) {
    await selectWorkspace(ctx, dir, name, scope);
  }
  return dir;
}

/** Like prepareWorkspace, but creates no Terraform workspace: undefined when the owner's does not exist. */
export async function prepareExistingWorkspace(
  ctx: TfContext,
  spec: WorkspaceSpec,
  scope: RunScope,
): Promise<string | undefined> {
  const dir = await writeAndInit(ctx, spec, scope);
  const name = workspaceName(spec.stateOf);
  if (ctx.backend.kind !== 'pg' || (await selectedWorkspace(dir)) === name) return dir;
  try {
    await ctx.runner.selectWorkspace(dir, name, scope, false);
    return dir;
  } catch (error) {
    if (error instanceof TerraformError && /doesn't exist/.test(error.message)) return undefined;
    throw error;
  }
}

async function writeAndInit(ctx: TfContext, spec: WorkspaceSpec, scope: RunScope): Promise<string> {
  const dir = workspaceDir(ctx.workDir, spec.requestId);
  const backend =
    ctx.backend.kind === 'pg'
      ? ctx.backend
      : { kind: 'local' as const, statePath: statePath(spec.requestId, spec.stateOf) };
  const vars = workspaceVars(spec.requestId, spec.actions, {
    backend,
    provider: ctx.provider,
    defaults: ctx.vmDefaults,
  });
  const files = renderWorkspace(ctx.templates, vars);
  await writeWorkspace(dir, files);
  const digest = filesDigest(files);
  if (await isInitialised(dir, digest)) return dir;
  await ctx.runner.init(dir, scope);
  await markInitialised(dir, digest);
  return dir;
}

function statePath(requestId: string, stateOf: string): string {
  return stateOf === requestId ? 'terraform.tfstate' : `../${workspaceName(stateOf)}/terraform.tfstate`;
}

/**
 * Creating a workspace briefly holds the pg backend's creation lock, shared by the whole database;
 * two workers creating workspaces at the same moment can collide, so this tries a few times.
 */
async function selectWorkspace(ctx: TfContext, dir: string, name: string, scope: RunScope): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await ctx.runner.selectWorkspace(dir, name, scope);
      return;
    } catch (error) {
      if (attempt >= 5 || scope.signal?.aborted) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200 * 2 ** attempt));
    }
  }
}
