import type { ThreadView } from '../../domain/thread-view.ts';
import type { InboundMessage } from '../../ports/chat-platform.ts';
import type { CoreDeps } from '../deps.ts';
import type { Language } from '../i18n/language.ts';
import { commandView, notUnderstoodView } from './free-text-views.ts';
import { interpretRules, type RuleContext } from './rules/interpret-rules.ts';

/** Why the rules answer instead of the model: none is configured, or it could not answer (with a note). */
export type RuleReason = { kind: 'no-model' } | { kind: 'unavailable'; note: string };

/** The names the interpreter matches against; empty lists when Proxmox is not answering. */
async function ruleContext(deps: CoreDeps): Promise<RuleContext> {
  const [templates, nodes, vms] = await Promise.all([
    deps.inventory.templates().catch(() => []),
    deps.inventory.nodes().catch(() => []),
    deps.inventory.vms().catch(() => []),
  ]);
  return {
    policy: deps.policy,
    templates: [...new Set(templates.map((t) => t.name.toLowerCase()))],
    nodes: nodes.map((n) => n.name),
    vms: vms.map((vm) => vm.name.toLowerCase()),
  };
}

/** A typed command stored behind a Run button; undefined when there is no stash (the command is still shown). */
export async function offerCommand(
  deps: CoreDeps,
  language: Language,
  command: string,
  note?: string,
): Promise<ThreadView> {
  const runId = await deps.freeText?.commands?.save(command);
  return commandView(language, command, runId, note);
}

/** Free text read by the rule-based interpreter: the exact command it understood and a Run button, or help. */
export async function ruleAnswer(
  deps: CoreDeps,
  message: InboundMessage,
  language: Language,
  reason: RuleReason,
): Promise<ThreadView[]> {
  const reading = interpretRules(message.text, await ruleContext(deps));
  const note = reason.kind === 'unavailable' ? reason.note : undefined;
  if (reading.kind === 'command') return [await offerCommand(deps, language, reading.command, note)];
  return [notUnderstoodView(language, note)];
}
