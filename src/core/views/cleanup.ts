import type { AuditEntry } from '../../domain/audit.ts';
import { shortHash } from '../../domain/plan.ts';
import type { Request } from '../../domain/request.ts';
import type { Button, ThreadView } from '../../domain/thread-view.ts';
import { CLEANUP_ACTIONS } from '../configure/failure-cleanup.ts';
import { viewMessages } from '../i18n/views-catalogue.ts';
import { auditLines, languageOf } from './format.ts';

type Cleanup = keyof typeof CLEANUP_ACTIONS;

/** What ATLAS decided to do with the VMs of this failed create, as its audit log records it. */
export function cleanupIn(audit: readonly AuditEntry[]): Cleanup | undefined {
  const entries = Object.entries(CLEANUP_ACTIONS) as [Cleanup, string][];
  const last = audit.findLast((entry) => entries.some(([, action]) => action === entry.action));
  return last && entries.find(([, action]) => action === last.action)?.[0];
}

function vmNames(request: Request): string {
  return request.operation.kind === 'create' ? request.operation.vms.map((vm) => vm.name).join(', ') : '';
}

/** The Roll back button of a failed create; its typed equivalent is `/atlas rollback R-7F3K`. */
export function rollbackButton(request: Request): Button[] {
  if (!request.planHash || request.operation.kind !== 'create') return [];
  return [
    {
      label: viewMessages(languageOf(request)).rollBack,
      style: 'danger',
      value: { action: 'rollback', requestId: request.id, planHash: shortHash(request.planHash) },
      command: `/atlas rollback ${request.id}`,
    },
  ];
}

/** The line under a failed create that says what to do and what happens to what it made. */
export function cleanupLine(request: Request, cleanup: Cleanup): string {
  const say = viewMessages(languageOf(request));
  const kept = (request.result ?? []).map((vm) => (vm.ip ? `${vm.name} (${vm.ip})` : vm.name));
  const keptText = kept.length > 0 ? [say.kept(kept.join(', '), kept.length)] : [];
  if (cleanup === 'rollback') return `${say.askAgain} ${say.rollingBack(vmNames(request))}`;
  const then = cleanup === 'ask' ? say.offerRollback(vmNames(request)) : say.removeYourself;
  return [say.askAgain, ...keptText, then].join(' ');
}

/** A failed create after its rollback: what was removed, and why it had failed. */
export function rolledBackView(request: Request, audit: readonly AuditEntry[]): ThreadView {
  const language = languageOf(request);
  const say = viewMessages(language);
  const done = audit.findLast((entry) => entry.action === 'state.rolled_back');
  return {
    kind: 'error',
    tone: 'warning',
    title: say.rolledBackTitle(request.id),
    text: say.hadFailed(request.reason ?? say.theRequestFailed),
    fields: [{ label: say.rolledBack, value: done?.detail ?? say.whateverExisted(vmNames(request)) }],
    context: [say.askAgain, ...auditLines(audit, 3, language)],
    visibility: 'thread',
  };
}
