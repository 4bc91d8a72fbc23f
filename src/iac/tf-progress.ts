import type { Progress } from '../ports/engine.ts';
import type { TfEvent } from './tf-events.ts';

type Verb = { doing: string; done: string; failed: string };

const VERBS: Readonly<Record<string, Verb>> = {
  create: { doing: 'creating', done: 'created', failed: 'creating' },
  update: { doing: 'updating', done: 'updated', failed: 'updating' },
  delete: { doing: 'destroying', done: 'destroyed', failed: 'destroying' },
  replace: { doing: 'replacing', done: 'replaced', failed: 'replacing' },
  read: { doing: 'reading', done: 'read', failed: 'reading' },
};

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
    return withVm(`Terraform ${severity}: ${text}`, vm);
  }
  if (!('hook' in event)) return undefined;
  const address = event.hook.resource.addr;
  const vm = nameOf(address);
  const what = sanitize(vm ?? address);
  const verb = VERBS[event.hook.action] ?? {
    doing: event.hook.action,
    done: event.hook.action,
    failed: event.hook.action,
  };
  const after = seconds(event.hook.elapsed_seconds);
  if (event.type === 'apply_start') return withVm(`terraform: ${verb.doing} ${what}`, vm);
  if (event.type === 'apply_progress') return withVm(`terraform: still ${verb.doing} ${what}${after}`, vm);
  if (event.type === 'apply_complete')
    return withVm(`terraform: ${verb.done} ${what}${after.replace('after', 'in')}`, vm);
  return withVm(`terraform: ${verb.failed} ${what} failed${after}`, vm);
}

function seconds(value: number | undefined): string {
  return value === undefined ? '' : ` after ${value}s`;
}

function firstLine(text: string): string {
  const line = text.split('\n').find((l) => l.trim() !== '') ?? '';
  return line.length > 300 ? `${line.slice(0, 297)}...` : line;
}

function withVm(message: string, vm: string | undefined): Progress {
  return vm === undefined ? { message } : { message, vm };
}
