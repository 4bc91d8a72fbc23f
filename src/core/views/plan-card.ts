import type { AuditEntry } from '../../domain/audit.ts';
import type { Plan, PlanAction } from '../../domain/plan.ts';
import { shortHash } from '../../domain/plan.ts';
import type { Request } from '../../domain/request.ts';
import type { ThreadView } from '../../domain/thread-view.ts';
import { auditLine, clockTime, shortUser, sizeLine } from './format.ts';

export interface Decision {
  outcome: 'approved' | 'rejected' | 'expired' | 'cancelled';
  by?: string;
  at: string;
  reason?: string;
}

function actionLine(action: PlanAction): string {
  if (action.kind === 'destroy-vm')
    return `- destroy ${action.vm.name}  vmid ${action.vm.vmid} on ${action.vm.node}`;
  const vm = action.vm;
  const roles = vm.roles && vm.roles.length > 0 ? `  with ${vm.roles.join(', ')}` : '';
  return `+ ${vm.name}  vmid ${vm.vmid} on ${vm.node}  from ${vm.template.name}  ${sizeLine(vm)}  ${vm.storage}  ${vm.bridge} ${vm.ipConfig}${roles}`;
}

function title(request: Request, plan: Plan): string {
  const creates = plan.actions.filter((a) => a.kind === 'create-vm');
  if (creates.length === 0)
    return `Plan ${request.id}: destroy ${plan.actions.map((a) => a.vm.name).join(', ')}`;
  const names = creates.map((a) => a.vm.name);
  return `Plan ${request.id}: create ${names.length === 1 ? names[0] : `${names.length} VMs (${names[0]} … ${names.at(-1)})`}`;
}

/** The planned actions, then what the engine's own tool says it will do (Terraform's plan), when it said. */
function planCode(plan: Plan): string {
  const actions = plan.actions.map(actionLine).join('\n');
  return plan.summary ? `${actions}\n\n${plan.summary}` : actions;
}

/** The plan as people approve it: what will happen, exactly, and the buttons to decide. */
export function planCard(
  request: Request,
  plan: Plan,
  audit: AuditEntry[],
  approvers: string,
  decision?: Decision,
): ThreadView {
  const hash = shortHash(plan.hash);
  const first = plan.actions[0];
  const fields = [
    { label: 'Requested by', value: request.requester.name ?? shortUser(request.requester.id) },
    { label: 'Engine', value: plan.engine },
    { label: 'Plan', value: hash },
  ];
  if (first?.kind === 'create-vm') fields.splice(1, 0, { label: 'Template', value: first.vm.template.name });
  const view: ThreadView = {
    kind: 'plan',
    tone: 'pending',
    title: title(request, plan),
    fields,
    code: planCode(plan),
    context: [`Approvers: ${approvers}`, ...audit.slice(-6).map(auditLine)],
    visibility: 'thread',
    replaces: `plan:${request.id}`,
  };
  if (!decision) {
    if (request.expiresAt)
      view.text = `Waiting for approval until ${request.expiresAt.slice(0, 10)} ${clockTime(request.expiresAt)} UTC.`;
    const value = { requestId: request.id, planHash: hash };
    view.buttons = [
      {
        label: 'Approve',
        style: 'primary',
        value: { action: 'approve', ...value },
        command: `/atlas approve ${request.id}`,
      },
      {
        label: 'Reject',
        style: 'danger',
        value: { action: 'reject', ...value },
        command: `/atlas reject ${request.id}`,
      },
    ];
    return view;
  }
  const who = decision.by ? ` by ${shortUser(decision.by)}` : '';
  const why = decision.reason ? `: ${decision.reason}` : '';
  view.tone = decision.outcome === 'approved' ? 'success' : 'danger';
  view.text = `${decision.outcome[0]?.toUpperCase()}${decision.outcome.slice(1)}${who} at ${clockTime(decision.at)} UTC${why}.`;
  return view;
}
