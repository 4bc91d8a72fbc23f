export type { PlanArtifacts } from '../ports/plan-artifacts.ts';
export {
  DEFAULT_PROVIDER,
  DEFAULT_SCHEMA,
  type TerraformEngineOptions,
  type TerraformPlanDraft,
} from './engine-options.ts';
export { FilePlanArtifacts, sha256Hex } from './plan-artifacts.ts';
export { type PlanChange, planChanges, summarizeChanges } from './plan-summary.ts';
export { DEFAULT_TERRAFORM_TEMPLATES, terraformTemplates } from './template-env.ts';
export { TerraformEngine } from './terraform-engine.ts';
export type { BackendAccess, ProxmoxAccess } from './terraform-env.ts';
export { TerraformError } from './terraform-error.ts';
export {
  DEFAULT_TIMEOUTS,
  TerraformRunner,
  type TerraformRunnerOptions,
  type TerraformTimeouts,
} from './terraform-runner.ts';
export { probeTerraform, type TerraformProbe } from './terraform-version.ts';
