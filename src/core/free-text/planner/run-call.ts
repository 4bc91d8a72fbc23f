import { isAtlasError } from '../../../domain/errors.ts';
import { formatCommand } from '../../grammar/format-command.ts';
import { parseCommand } from '../../grammar/parse-command.ts';
import { messagesFor } from '../../i18n/catalogue.ts';
import { proposalView, questionView, warningView } from '../free-text-views.ts';
import { offerCommand } from '../rule-answer.ts';
import { buildProposal } from './build-proposal.ts';
import { equivalentCommand } from './equivalent-command.ts';
import { getVm, listNodes, listTemplates, listVms } from './info-tools.ts';
import type { PlannerCall } from './parse-tool-call.ts';
import type { PlannerContext, PlannerResult, TurnCounters } from './planner-context.ts';
import type { ProposeRequestArgs } from './planner-tools.ts';
import { reviewProposal } from './review-proposal.ts';
import { startProposal } from './start-proposal.ts';

/** What a tool call gives back to the model, and the answer to the person when the call ends the turn. */
export interface CallOutcome {
  result: unknown;
  final?: PlannerResult;
}

/** Runs one checked tool call. Nothing here approves, applies or runs a command: it looks, asks or proposes. */
export async function runCall(
  ctx: PlannerContext,
  call: PlannerCall,
  counters: TurnCounters,
): Promise<CallOutcome> {
  try {
    return await dispatch(ctx, call, counters);
  } catch (error) {
    if (!isAtlasError(error)) throw error;
    return { result: { error: error.message, ...(error.hint ? { hint: error.hint } : {}) } };
  }
}

async function dispatch(
  ctx: PlannerContext,
  call: PlannerCall,
  counters: TurnCounters,
): Promise<CallOutcome> {
  const { deps } = ctx;
  switch (call.name) {
    case 'list_templates':
      return { result: await listTemplates(deps) };
    case 'list_nodes':
      return { result: await listNodes(deps) };
    case 'list_vms':
      return { result: await listVms(deps, ctx.asker.user, call.args.mine === true) };
    case 'get_vm':
      return { result: await getVm(deps, call.args.name) };
    case 'ask_user': {
      const question = ctx.sanitize(call.args.question);
      return {
        result: { posted: true, note: "The person's answer comes as the next message." },
        final: { views: [questionView(ctx.language, question)], outcome: 'asked' },
      };
    }
    case 'suggest_command':
      return suggest(ctx, call.args.command);
    case 'propose_request':
      return propose(ctx, call.args, counters);
  }
}

/** A typed command the model offers: it must parse, and it may not decide a request or bypass the proposal. */
async function suggest(ctx: PlannerContext, command: string): Promise<CallOutcome> {
  const parsed = parseCommand(command, ctx.deps.policy);
  if (parsed.kind !== 'intent') {
    const problem = parsed.kind === 'error' ? parsed.error.message : 'That is not an ATLAS command.';
    return { result: { accepted: false, problem } };
  }
  const { intent } = parsed;
  if (intent.kind === 'approve' || intent.kind === 'reject') {
    const say = messagesFor(ctx.language);
    return {
      result: { accepted: false, problem: 'ATLAS never approves or rejects on anyone’s behalf.' },
      final: { views: [warningView(say.decisionRefused)], outcome: 'refused' },
    };
  }
  if (intent.kind === 'vm.create')
    return { result: { accepted: false, problem: 'Use propose_request for new VMs.' } };
  const typed = formatCommand(intent);
  return {
    result: { accepted: true, shown: typed },
    final: { views: [await offerCommand(ctx.deps, ctx.language, typed)], outcome: 'command' },
  };
}

async function propose(
  ctx: PlannerContext,
  args: ProposeRequestArgs,
  counters: TurnCounters,
): Promise<CallOutcome> {
  const built = buildProposal(args, ctx.deps.policy);
  const findings = built.ok ? await reviewProposal(ctx.deps, built.proposal.vms) : built.findings;
  if (findings.length > 0 || !built.ok) return rejected(ctx, findings, counters);
  const started = await startProposal(ctx.deps, ctx.asker, built.proposal, ctx.language);
  if (started.kind === 'findings') return rejected(ctx, started.findings, counters);
  if (started.kind === 'refused')
    return {
      result: { accepted: false, refused: started.reason },
      final: { views: started.views, outcome: 'refused' },
    };
  const { vms, roles } = built.proposal;
  const view = proposalView(ctx.language, vms, roles, equivalentCommand(vms, ctx.deps.policy));
  return {
    result: { accepted: true, request: started.requestId ?? 'started', state: 'planning' },
    final: {
      views: [view, ...started.views],
      outcome: 'proposed',
      ...(started.requestId ? { requestId: started.requestId } : {}),
    },
  };
}

/** Findings go back to the model; after the last allowed round they go to the person instead. */
function rejected(ctx: PlannerContext, findings: string[], counters: TurnCounters): CallOutcome {
  counters.rounds += 1;
  const result = { accepted: false, findings };
  if (counters.rounds < ctx.settings.maxRounds) return { result };
  const say = messagesFor(ctx.language);
  const list = findings.map((finding) => `- ${finding}`).join('\n');
  return {
    result,
    final: { views: [warningView(say.roundsTitle, say.roundsText(list))], outcome: 'rounds' },
  };
}
