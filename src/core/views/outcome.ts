import type { AuditEntry } from '../../domain/audit.ts';
import type { Request, VmResult } from '../../domain/request.ts';
import type { ThreadView } from '../../domain/thread-view.ts';
import { stateName } from '../i18n/states.ts';
import { viewMessages } from '../i18n/views-catalogue.ts';
import type { ViewMessages } from '../i18n/views-messages.ts';
import { cleanupIn, cleanupLine, rollbackButton, rolledBackView } from './cleanup.ts';
import { auditLines, languageOf, seconds } from './format.ts';

function vmLine(vm: VmResult, ciUser: string, created: boolean, say: ViewMessages): string {
  const where = `${vm.node} · vmid ${vm.vmid}`;
  if (!created) return where;
  return vm.ip ? `${where} · ${vm.ip} · ssh ${ciUser}@${vm.ip}` : `${where} · ${say.noIpYet}`;
}

function verb(request: Request, say: ViewMessages): string {
  const op = request.operation;
  if (op.kind === 'create')
    return op.vms.length === 1 ? say.running(op.vms[0]?.name ?? '') : say.manyRunning(op.vms.length);
  if (op.kind === 'destroy') return say.destroyed(op.vm.name);
  return say.powered[op.action](op.vm.name);
}

/** The final answer of a successful request: a new message, so people are notified. */
export function resultView(request: Request, audit: AuditEntry[], ciUser: string): ThreadView {
  const language = languageOf(request);
  const say = viewMessages(language);
  const took = Date.parse(request.updatedAt) - Date.parse(request.createdAt);
  return {
    kind: 'result',
    tone: 'success',
    title: say.done(request.id, verb(request, say)),
    fields: [
      ...(request.result ?? []).map((vm) => ({
        label: vm.name,
        value: vmLine(vm, ciUser, request.operation.kind === 'create', say),
      })),
      { label: say.took, value: seconds(took) },
    ],
    context: auditLines(audit, 4, language),
    visibility: 'thread',
  };
}

/** What to do next about a failure that has no cleanup decision (not a create, or nothing was made). */
function nextStep(request: Request, say: ViewMessages): string {
  if (request.operation.kind !== 'create') return say.runAgain;
  const created = (request.result ?? []).map((vm) => say.createdVm(vm.name, vm.vmid, vm.node));
  return created.length > 0 ? say.askAgainCreated(created.join(', ')) : say.askAgain;
}

/** What failed and what to do next (for a failed create: the rollback offer, or the rollback done). */
export function failureView(request: Request, audit: AuditEntry[]): ThreadView {
  if (request.state === 'rolled_back') return rolledBackView(request, audit);
  const language = languageOf(request);
  const say = viewMessages(language);
  const cleanup = cleanupIn(audit);
  const next = cleanup ? cleanupLine(request, cleanup) : nextStep(request, say);
  const buttons = cleanup === 'ask' ? rollbackButton(request) : [];
  return {
    kind: 'error',
    tone: 'danger',
    title: say.failed(request.id),
    text: request.reason ?? say.requestFailed,
    context: [next, ...auditLines(audit, 3, language)],
    ...(buttons.length > 0 ? { buttons } : {}),
    visibility: 'thread',
  };
}

/**
 * The first line of the progress message, when work starts: what the worker is doing (applying the
 * approved plan, or the start/stop/reboot), in the request's language.
 */
export function applyingLine(request: Request): string {
  const say = viewMessages(languageOf(request));
  const op = request.operation;
  return op.kind === 'power' ? say.power[op.action](op.vm.name) : say.applying;
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
    title: `${request.id} ${stateName(languageOf(request), request.state)} · ${seconds(elapsedMs)}`,
    text: lines.slice(-8).join('\n'),
    visibility: 'thread',
    replaces: `progress:${request.id}`,
  };
}
