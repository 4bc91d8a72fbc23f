import { formatMiB } from '../../domain/size.ts';
import type { ThreadView } from '../../domain/thread-view.ts';
import type { VmSpec } from '../../domain/vm-spec.ts';
import { messagesFor } from '../i18n/catalogue.ts';
import type { Language } from '../i18n/language.ts';

const MAX_TEXT = 3000;

function notice(title: string, text: string | undefined, tone: ThreadView['tone'] = 'neutral'): ThreadView {
  return {
    kind: 'notice',
    tone,
    title,
    ...(text ? { text: text.slice(0, MAX_TEXT) } : {}),
    visibility: 'thread',
  };
}

/** A typed command ATLAS read from free text, with a Run button when the command could be stored. */
export function commandView(
  language: Language,
  command: string,
  runId: string | undefined,
  note?: string,
): ThreadView {
  const say = messagesFor(language);
  const view = notice(say.commandTitle, runId ? say.commandRunHint : say.commandTypeHint);
  view.code = command;
  if (note) view.context = [note];
  if (runId)
    view.buttons = [{ label: say.runLabel, style: 'primary', value: { action: 'run', id: runId }, command }];
  return view;
}

/** Free text nobody could read: why (no model, or the note saying what happened to it) and examples. */
export function notUnderstoodView(language: Language, note?: string): ThreadView {
  const say = messagesFor(language);
  return notice(
    say.notUnderstoodTitle,
    `${note ?? say.notUnderstoodNoModel}\n${say.notUnderstoodExamples}`,
    'warning',
  );
}

export function questionView(language: Language, question: string): ThreadView {
  return notice(messagesFor(language).questionTitle, question, 'pending');
}

/** The model's own words to the person: a short answer becomes the title, a longer one the text. */
export function answerView(language: Language, content: string): ThreadView {
  const text = content.trim();
  if (text.length <= 150 && !text.includes('\n')) return notice(text, undefined);
  return notice(messagesFor(language).answerTitle, text);
}

export function warningView(title: string, text?: string): ThreadView {
  return notice(title, text, 'warning');
}

/** What the agent proposes, as checked: one line per VM, the roles to configure, the equivalent command. */
export function proposalView(
  language: Language,
  vms: readonly VmSpec[],
  roles: readonly string[],
  command: string | undefined,
): ThreadView {
  const say = messagesFor(language);
  const view = notice(say.proposalTitle(vms.length), say.proposalText, 'pending');
  view.fields = vms.slice(0, 20).map((vm) => ({
    label: vm.name,
    value: say.proposalVm(say.size(vm.cores, formatMiB(vm.memoryMiB), vm.diskGiB), vm.template, vm.node),
  }));
  if (roles.length > 0) view.fields.push({ label: say.proposalRoles, value: roles.join(', ') });
  if (command) view.code = command;
  return view;
}
