import { VM_CREATE } from '../../core/grammar/commands.ts';
import { formatCommand } from '../../core/grammar/format-command.ts';
import { isRequestIdWord, notARequestId } from '../../core/grammar/request-id.ts';
import { UsageError } from '../../domain/errors.ts';
import type { CommandInput } from './command-input.ts';

const POWER = { 'vm start': 'start', 'vm stop': 'stop', 'vm reboot': 'reboot' } as const;

/**
 * The command text a slash command means, in the grammar's words (`/atlas vm create web-01 --cores 2`).
 * ATLAS then parses it like a typed command, so defaults, limits and errors are the grammar's.
 */
export function commandText(input: CommandInput): string {
  const text = (name: string): string | undefined => {
    const value = input.values.get(name);
    return value === undefined ? undefined : String(value).trim();
  };
  const name = quote(text('name') ?? '');
  if (input.path === 'vm create') return createText(input);
  if (input.path in POWER)
    return formatCommand({ kind: 'vm.power', action: POWER[input.path as keyof typeof POWER], name });
  switch (input.path) {
    case 'vm list':
      return formatCommand({ kind: 'vm.list', mine: input.values.get('mine') === true });
    case 'vm status':
      return formatCommand({ kind: 'vm.status', name });
    case 'vm destroy':
      return formatCommand({ kind: 'vm.destroy', name });
    case 'approve':
      return formatCommand({ kind: 'approve', ...request(text('request'), 'approve') });
    case 'reject': {
      const reason = text('reason');
      return formatCommand({
        kind: 'reject',
        ...request(text('request'), 'reject'),
        ...(reason ? { reason } : {}),
      });
    }
    case 'rollback': {
      const id = text('request');
      return formatCommand({ kind: 'rollback', ...(id ? { requestId: id } : {}) });
    }
    case 'templates':
      return formatCommand({ kind: 'templates' });
    case 'help': {
      const topic = text('command');
      return formatCommand({ kind: 'help', ...(topic ? { topic } : {}) });
    }
    default:
      throw new UsageError(
        `ATLAS does not know /atlas ${input.path}.`,
        'The registered commands may be out of date: an operator runs `atlas discord register`.',
      );
  }
}

/** A request id as typed; anything else would read as part of a reason, so it is refused here. */
function request(id: string | undefined, verb: 'approve' | 'reject'): { requestId?: string } {
  if (!id) return {};
  if (!isRequestIdWord(id)) throw notARequestId(id, verb);
  return { requestId: id };
}

/** `vm create NAME --flag value…` in the grammar's flag order, values quoted where they must be. */
function createText(input: CommandInput): string {
  const parts = ['/atlas vm create', quote(String(input.values.get('name') ?? ''))];
  for (const flag of VM_CREATE.flags) {
    const value = input.values.get(flag.name);
    if (value !== undefined) parts.push(`--${flag.name}`, quote(String(value)));
  }
  return parts.join(' ');
}

/** A word as the tokenizer reads it back: bare when it can be, else in double quotes with escapes. */
export function quote(word: string): string {
  if (word !== '' && /^[^\s"'“”„‘’\\-][^\s"'“”„‘’\\]*$/.test(word)) return word;
  return `"${word.replace(/[\\"]/g, (ch) => `\\${ch}`)}"`;
}
