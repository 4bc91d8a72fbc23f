import { progressLine } from '../domain/progress/progress-line.ts';
import type { SaidLine } from '../domain/progress/progress-text.ts';
import type { Progress } from '../ports/engine.ts';
import type { TfEvent } from './tf-events.ts';

/** Warnings a targeted destroy always brings: ATLAS targets on purpose, so they tell nobody anything. */
const EXPECTED_WARNINGS = /^(?:Resource targeting is in effect|Applied changes may be incomplete)$/;

/** Which VM a resource address belongs to (`proxmox_virtual_environment_vm.vm_web_01` → `web-01`). */
export type VmNamer = (address: string) => string | undefined;

/**
 * What a person in the thread should read about one Terraform event, or undefined when it is not
 * worth a line. Every text taken from Terraform passes `sanitize` first.
 */
export function progressOf(
  event: TfEvent,
  nameOf: VmNamer,
  sanitize: (text: string) => string,
): Progress | undefined {
  if (event.type === 'diagnostic') {
    const { severity, summary, detail, address } = event.diagnostic;
    if (severity === 'warning' && EXPECTED_WARNINGS.test(summary)) return undefined;
    const vm = address === undefined ? undefined : nameOf(address);
    const text = sanitize(detail ? `${summary}: ${firstLine(detail)}` : summary);
    return withVm({ message: `Terraform ${severity}: ${text}` }, vm);
  }
  if (!('hook' in event)) return undefined;
  const address = event.hook.resource.addr;
  const vm = nameOf(address);
  const what = sanitize(vm ?? address);
  const action = sanitize(event.hook.action);
  const after = event.hook.elapsed_seconds ?? '';
  if (event.type === 'apply_start') return withVm(progressLine('tfDoing', action, what), vm);
  if (event.type === 'apply_progress') return withVm(progressLine('tfStill', action, what, after), vm);
  if (event.type === 'apply_complete') return withVm(progressLine('tfDone', action, what, after), vm);
  return withVm(progressLine('tfFailed', action, what, after), vm);
}

function firstLine(text: string): string {
  const line = text.split('\n').find((l) => l.trim() !== '') ?? '';
  return line.length > 300 ? `${line.slice(0, 297)}...` : line;
}

function withVm(line: SaidLine | { message: string }, vm: string | undefined): Progress {
  return vm === undefined ? line : { ...line, vm };
}
