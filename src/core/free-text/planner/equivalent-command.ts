import { canonicalJson } from '../../../domain/plan.ts';
import type { Policy } from '../../../domain/policy.ts';
import type { VmSpec } from '../../../domain/vm-spec.ts';
import { formatCommand } from '../../grammar/format-command.ts';
import { parseCommand } from '../../grammar/parse-command.ts';

/**
 * The typed command that asks for exactly these VMs, or undefined when the grammar cannot say all of it
 * (then showing a command would mislead whoever types it).
 */
export function equivalentCommand(vms: readonly VmSpec[], policy: Policy): string | undefined {
  const command = formatCommand({ kind: 'vm.create', vms: [...vms] });
  const back = command.split('\n').flatMap((line) => {
    const parsed = parseCommand(line, policy);
    return parsed.kind === 'intent' && parsed.intent.kind === 'vm.create' ? parsed.intent.vms : [];
  });
  return canonicalJson(back) === canonicalJson(vms) ? command : undefined;
}
