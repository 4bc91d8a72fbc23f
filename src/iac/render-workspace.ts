import type nunjucks from 'nunjucks';
import { renderTemplate } from './template-env.ts';
import { WorkspaceVars } from './workspace-vars.ts';

/** The files of one workspace, by name: `versions.tf`, `providers.tf`, and with VMs `vms.tf`, `outputs.tf`. */
export type WorkspaceFiles = Readonly<Record<string, string>>;

const ALWAYS = ['versions.tf', 'providers.tf'];
const WITH_VMS = ['vms.tf', 'outputs.tf'];

/**
 * Renders `<file>.njk` for each file of the workspace. The variables are checked again here, so no
 * caller can hand a template a value the schema does not allow.
 */
export function renderWorkspace(env: nunjucks.Environment, vars: WorkspaceVars): WorkspaceFiles {
  const checked = WorkspaceVars.parse(vars);
  const names = checked.vms.length > 0 ? [...ALWAYS, ...WITH_VMS] : ALWAYS;
  return Object.fromEntries(names.map((name) => [name, renderTemplate(env, `${name}.njk`, checked)]));
}
