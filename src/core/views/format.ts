import type { AuditEntry } from '../../domain/audit.ts';
import { formatMiB } from '../../domain/size.ts';

export function clockTime(iso: string): string {
  return iso.slice(11, 16);
}

export function seconds(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`;
}

export function sizeLine(vm: { cores: number; memoryMiB: number; diskGiB: number }): string {
  return `${vm.cores} ${vm.cores === 1 ? 'core' : 'cores'}, ${formatMiB(vm.memoryMiB)} memory, ${vm.diskGiB} GiB disk`;
}

export function shortUser(id: string): string {
  return id === 'atlas' ? 'ATLAS' : id.slice(id.indexOf(':') + 1);
}

const ACTIONS: Record<string, string> = {
  'request.created': 'asked',
  'button.approve': 'pressed Approve',
  'button.reject': 'pressed Reject',
  'command.approve': 'typed approve',
  'command.reject': 'typed reject',
  'approval.recorded': 'approval recorded',
  'state.planning': 'planning',
  'state.awaiting_approval': 'plan ready',
  'state.approved': 'request approved',
  'state.applying': 'applying',
  'state.configuring': 'configuring',
  'state.succeeded': 'succeeded',
  'state.failed': 'failed',
  'state.rejected': 'rejected',
  'state.expired': 'expired',
  'state.cancelled': 'cancelled',
  'state.rolled_back': 'rolled back',
  'button.rollback': 'pressed Roll back',
  'button.run': 'pressed Run',
  'agent.turn': 'asked in their own words',
  'request.revised': 'revised the request',
  'rollback.offered': 'rollback offered',
  'rollback.automatic': 'rolling back',
  'rollback.declined': 'VMs kept',
};

/** One audit entry as a short context line: `14:02 bob · approved · plan 1a2b3c4d5e6f`. */
export function auditLine(entry: AuditEntry): string {
  const what = ACTIONS[entry.action] ?? entry.action;
  const plan = entry.planHash ? ` · plan ${entry.planHash.slice(0, 12)}` : '';
  return `${clockTime(entry.at)} ${entry.actorName ?? shortUser(entry.actor)} · ${what}${plan}`;
}
