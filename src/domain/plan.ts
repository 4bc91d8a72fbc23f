import { createHash } from 'node:crypto';
import { z } from 'zod';
import { RequestId } from './intent.ts';
import { VmRef } from './vm-spec.ts';

/** Everything that will be true of one VM the plan creates. */
export const PlannedVm = z.object({
  name: z.string(),
  vmid: z.number().int().min(100),
  node: z.string(),
  template: z.object({ name: z.string(), vmid: z.number().int(), node: z.string() }),
  cores: z.number().int(),
  memoryMiB: z.number().int(),
  diskGiB: z.number().int(),
  storage: z.string(),
  bridge: z.string(),
  ciUser: z.string(),
  sshKeys: z.array(z.string()),
  ipConfig: z.string(),
  tags: z.array(z.string()),
  /** The Ansible roles run on the VM after it is created, profiles expanded; absent: none. */
  roles: z.array(z.string()).optional(),
});
export type PlannedVm = z.infer<typeof PlannedVm>;

export const PlanAction = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('create-vm'), vm: PlannedVm }),
  z.object({ kind: z.literal('destroy-vm'), vm: VmRef }),
]);
export type PlanAction = z.infer<typeof PlanAction>;

export const Plan = z.object({
  id: z.string(),
  requestId: RequestId,
  engine: z.string(),
  actions: z.array(PlanAction).min(1),
  /** SHA-256 of the canonical plan (engine + actions + artifact); approvals are pinned to it. */
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  /** SHA-256 of an engine artifact such as a Terraform plan file, when the engine has one. */
  artifactSha256: z.string().optional(),
  /** What the engine's own tool says it will do (Terraform's plan, one line per change), for people. */
  summary: z.string().max(4000).optional(),
  createdAt: z.string(),
});
export type Plan = z.infer<typeof Plan>;

/** JSON with object keys sorted, so equal plans hash equally whatever order they were built in. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function planHash(plan: Pick<Plan, 'engine' | 'actions' | 'artifactSha256'>): string {
  const body = canonicalJson({ engine: plan.engine, actions: plan.actions, artifact: plan.artifactSha256 });
  return createHash('sha256').update(body).digest('hex');
}

/** The first 12 hex digits: enough to tell plans apart in a thread or a button. */
export function shortHash(hash: string): string {
  return hash.slice(0, 12);
}
