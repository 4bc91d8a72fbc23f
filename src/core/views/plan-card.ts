import type { AuditEntry } from '../../domain/audit.ts';
import type { Language } from '../../domain/language.ts';
import type { Plan, PlanAction } from '../../domain/plan.ts';
import { shortHash } from '../../domain/plan.ts';
import type { Request } from '../../domain/request.ts';
import type { Button, ThreadView } from '../../domain/thread-view.ts';
import { stateName } from '../i18n/states.ts';
import { viewMessages } from '../i18n/views-catalogue.ts';
import type { ViewMessages } from '../i18n/views-messages.ts';
import { auditLines, clockTime, languageOf, shortUser, sizeLine } from './format.ts';

export interface Decision {
  outcome: 'approved' | 'rejected' | 'expired' | 'cancelled';
  by?: string;
  at: string;
  reason?: string;
}

function actionLine(action: PlanAction, language: Language): string {
  const say = viewMessages(language);
  const placed = say.placed(action.vm.vmid, action.vm.node);
  if (action.kind === 'destroy-vm') return say.destroyAction(action.vm.name, placed);
  const vm = action.vm;
  const roles = vm.roles && vm.roles.length > 0 ? `  ${say.withRoles(vm.roles.join(', '))}` : '';
  return `+ ${vm.name}  ${placed}  ${say.from(vm.template.name)}  ${sizeLine(vm, language)}  ${vm.storage}  ${vm.bridge} ${vm.ipConfig}${roles}`;
}

function title(request: Request, plan: Plan, say: ViewMessages): string {
  const creates = plan.actions.filter((a) => a.kind === 'create-vm');
  if (creates.length === 0)
    return say.planTitle(request.id, say.destroy(plan.actions.map((a) => a.vm.name).join(', ')));
  const names = creates.map((a) => a.vm.name);
  const what =
    names.length === 1 ? (names[0] ?? '') : say.manyVms(names.length, names[0] ?? '', names.at(-1) ?? '');
  return say.planTitle(request.id, say.create(what));
}

/** The planned actions, then what the engine's own tool says it will do (Terraform's plan), when it said. */
function planCode(plan: Plan, language: Language): string {
  const actions = plan.actions.map((action) => actionLine(action, language)).join('\n');
  return plan.summary ? `${actions}\n\n${plan.summary}` : actions;
}

function decideButtons(request: Request, hash: string, say: ViewMessages): Button[] {
  const value = { requestId: request.id, planHash: hash };
  return [
    {
      label: say.approve,
      style: 'primary',
      value: { action: 'approve', ...value },
      command: `/atlas approve ${request.id}`,
    },
    {
      label: say.reject,
      style: 'danger',
      value: { action: 'reject', ...value },
      command: `/atlas reject ${request.id}`,
    },
  ];
}

function decisionText(decision: Decision, language: Language): string {
  const outcome = stateName(language, decision.outcome);
  const by = decision.by ? shortUser(decision.by) : undefined;
  const capitalised = `${outcome[0]?.toUpperCase()}${outcome.slice(1)}`;
  return viewMessages(language).decision(
    capitalised,
    clockTime(decision.at),
    by,
    decision.reason || undefined,
  );
}

/** The message a plan card lives in: one per revision, so a revised request gets a new card. */
export function planCardKey(requestId: string, revision: number): string {
  return revision === 0 ? `plan:${requestId}` : `plan:${requestId}:r${revision}`;
}

/** The plan as people approve it: what will happen, exactly, and the buttons to decide. */
export function planCard(
  request: Request,
  plan: Plan,
  audit: AuditEntry[],
  approvers: string,
  decision?: Decision,
): ThreadView {
  const language = languageOf(request);
  const say = viewMessages(language);
  const hash = shortHash(plan.hash);
  const first = plan.actions[0];
  const fields = [
    { label: say.requestedBy, value: request.requester.name ?? shortUser(request.requester.id) },
    { label: say.engine, value: plan.engine },
    { label: say.plan, value: hash },
  ];
  if (first?.kind === 'create-vm')
    fields.splice(1, 0, { label: say.template, value: first.vm.template.name });
  const view: ThreadView = {
    kind: 'plan',
    tone: 'pending',
    title: title(request, plan, say),
    fields,
    code: planCode(plan, language),
    context: [say.approvers(approvers), ...auditLines(audit, 6, language)],
    visibility: 'thread',
    replaces: planCardKey(request.id, request.revision ?? 0),
  };
  if (!decision) {
    if (request.expiresAt)
      view.text = say.waitingUntil(request.expiresAt.slice(0, 10), clockTime(request.expiresAt));
    view.buttons = decideButtons(request, hash, say);
    return view;
  }
  view.tone = decision.outcome === 'approved' ? 'success' : 'danger';
  view.text = decisionText(decision, language);
  return view;
}
