import type { Policy } from '../../../src/domain/policy.ts';

/** The policy the grammar tests run under: the shipped defaults plus one default tag. */
export const policy: Policy = {
  approvers: ['*'],
  requiredApprovals: 1,
  allowSelfApproval: false,
  approvalTtlMs: 24 * 3600 * 1000,
  limits: { maxCores: 16, maxMemoryMiB: 64 * 1024, maxDiskGiB: 500, maxCount: 10 },
  defaults: { cores: 2, memoryMiB: 2048, diskGiB: 20, template: 'ubuntu-24.04', tags: ['atlas'] },
};

export const KEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGx2mY7b8Q0mH0v3n0o5tQ2t8m1C0A0R5m2xkP8q9Z1x';
