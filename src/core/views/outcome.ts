import type { AuditEntry } from '../../domain/audit.ts';
import type { Request, VmResult } from '../../domain/request.ts';
import type { ThreadView } from '../../domain/thread-view.ts';
import { cleanupIn, cleanupLine, rollbackButton, rolledBackView } from './cleanup.ts';
import { auditLine, seconds } from './format.ts';

function vmLine(vm: VmResult, ciUser: string, created: boolean): string {
  const where = `${vm.node} · vmid ${vm.vmid}`;
  if (!created) return where;
  return vm.ip ? `${where} · ${vm.ip} · ssh ${ciUser}@${vm.ip}` : `${where} · no IP reported yet`;
}

const DONE: Record<string, string> = { start: 'is started', stop: 'is stopped', reboot: 'is rebooted' };

function verb(request: Request): string {
  const op = request.operation;
  if (op.kind === 'create')
    return op.vms.length === 1 ? `${op.vms[0]?.name} is running` : `${op.vms.length} VMs are running`;
  if (op.kind === 'destroy') return `${op.vm.name} is destroyed`;
  return `${op.vm.name} ${DONE[op.action] ?? `${op.action} done`}`;
}

/** The final answer of a successful request: a new message, so people are notified. */
export function resultView(request: Request, audit: AuditEntry[], ciUser: string): ThreadView {
  const took = Date.parse(request.updatedAt) - Date.parse(request.createdAt);
  return {
    kind: 'result',
    tone: 'success',
    title: `${request.id} done: ${verb(request)}`,
    fields: [
      ...(request.result ?? []).map((vm) => ({
        label: vm.name,
        value: vmLine(vm, ciUser, request.operation.kind === 'create'),
      })),
      { label: 'Took', value: seconds(took) },
    ],
    context: audit.slice(-4).map(auditLine),
    visibility: 'thread',
  };
}

/** What failed and what to do next (for a failed create: the rollback offer, or the rollback done). */
export function failureView(request: Request, audit: AuditEntry[]): ThreadView {
  if (request.state === 'rolled_back') return rolledBackView(request, audit);
  const cleanup = cleanupIn(audit);
  const created = (request.result ?? []).map((vm) => `${vm.name} (vmid ${vm.vmid} on ${vm.node})`);
  const next = cleanup
    ? cleanupLine(request, cleanup)
    : request.operation.kind === 'create'
      ? `Fix the cause and ask again${created.length > 0 ? `; already created: ${created.join(', ')} — remove with /atlas vm destroy NAME` : ''}.`
      : 'Fix the cause and run the command again.';
  const buttons = cleanup === 'ask' ? rollbackButton(request) : [];
  return {
    kind: 'error',
    tone: 'danger',
    title: `${request.id} failed`,
    text: request.reason ?? 'The request failed.',
    context: [next, ...audit.slice(-3).map(auditLine)],
    ...(buttons.length > 0 ? { buttons } : {}),
    visibility: 'thread',
  };
}

/** One message per request, edited in place as work proceeds. */
export function progressView(
  request: Request,
  lines: readonly string[],
  elapsedMs: number,
  done: boolean,
): ThreadView {
  return {
    kind: 'progress',
    tone: done ? (request.state === 'succeeded' ? 'success' : 'danger') : 'pending',
    title: `${request.id} ${request.state.replace('_', ' ')} · ${seconds(elapsedMs)}`,
    text: lines.slice(-8).join('\n'),
    visibility: 'thread',
    replaces: `progress:${request.id}`,
  };
}
