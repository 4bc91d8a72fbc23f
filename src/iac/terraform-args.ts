import { AtlasError } from '../domain/errors.ts';

/**
 * The argument arrays of every Terraform command ATLAS runs. Nothing here comes from a person: file
 * names are ATLAS's own, addresses and workspace names are checked against strict patterns.
 */
const WORKSPACE = /^[a-z0-9][a-z0-9-]{0,89}$/;
const ADDRESS = /^[a-z0-9_]+\.[A-Za-z_][A-Za-z0-9_-]*$/;
const FILE = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;

export function initArgs(): string[] {
  return ['init', '-input=false', '-no-color', '-json'];
}

export function selectWorkspaceArgs(workspace: string, create = true): string[] {
  return [
    'workspace',
    'select',
    `-or-create=${create}`,
    '-no-color',
    checked(workspace, WORKSPACE, 'workspace'),
  ];
}

export interface PlanArgs {
  out: string;
  lockTimeoutSeconds: number;
  destroy?: boolean;
  targets?: readonly string[];
}

export function planArgs(options: PlanArgs): string[] {
  return [
    'plan',
    '-input=false',
    '-no-color',
    '-json',
    `-lock-timeout=${seconds(options.lockTimeoutSeconds)}`,
    `-out=${checked(options.out, FILE, 'plan file')}`,
    ...(options.destroy ? ['-destroy'] : []),
    ...targets(options.targets),
  ];
}

export function showPlanArgs(planFile: string): string[] {
  return ['show', '-json', '-no-color', checked(planFile, FILE, 'plan file')];
}

export function applyArgs(planFile: string, lockTimeoutSeconds: number): string[] {
  return [
    'apply',
    '-input=false',
    '-no-color',
    '-json',
    `-lock-timeout=${seconds(lockTimeoutSeconds)}`,
    checked(planFile, FILE, 'plan file'),
  ];
}

export function destroyArgs(lockTimeoutSeconds: number, targetList?: readonly string[]): string[] {
  return [
    'destroy',
    '-auto-approve',
    '-input=false',
    '-no-color',
    '-json',
    `-lock-timeout=${seconds(lockTimeoutSeconds)}`,
    ...targets(targetList),
  ];
}

export function outputArgs(): string[] {
  return ['output', '-json', '-no-color'];
}

export function stateListArgs(): string[] {
  return ['state', 'list', '-no-color'];
}

function targets(list: readonly string[] | undefined): string[] {
  return (list ?? []).map((address) => `-target=${checked(address, ADDRESS, 'resource address')}`);
}

function seconds(value: number): string {
  return `${Math.max(0, Math.round(value))}s`;
}

function checked(value: string, pattern: RegExp, what: string): string {
  if (!pattern.test(value)) {
    throw new AtlasError('internal', `Refusing to pass ${JSON.stringify(value)} to Terraform as a ${what}.`);
  }
  return value;
}
