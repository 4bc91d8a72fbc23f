import type { Intent } from '../../domain/intent.ts';
import type { VmSpec } from '../../domain/vm-spec.ts';
import { expandNames } from './name-series.ts';
import { isRequestIdWord } from './request-id.ts';

/**
 * The typed command that means `intent`: `parseCommand(formatCommand(intent))` gives the intent back
 * (for VMs that carry the policy's default tags). VMs that are not one `--count` series become one
 * line per VM.
 */
export function formatCommand(intent: Intent): string {
  switch (intent.kind) {
    case 'vm.create':
      return formatCreate(intent.vms);
    case 'vm.list':
      return intent.mine ? '/atlas vm list --mine' : '/atlas vm list';
    case 'vm.status':
      return `/atlas vm status ${intent.name}`;
    case 'vm.power':
      return `/atlas vm ${intent.action} ${intent.name}`;
    case 'vm.destroy':
      return `/atlas vm destroy ${intent.name}`;
    case 'approve':
      return intent.requestId ? `/atlas approve ${intent.requestId}` : '/atlas approve';
    case 'reject':
      return formatReject(intent.requestId, intent.reason);
    case 'rollback':
      return intent.requestId ? `/atlas rollback ${intent.requestId}` : '/atlas rollback';
    case 'templates':
      return '/atlas templates';
    case 'help':
      return intent.topic ? `/atlas help ${intent.topic}` : '/atlas help';
  }
}

function formatCreate(vms: readonly VmSpec[]): string {
  const [first] = vms;
  if (first === undefined) return '/atlas vm create';
  if (isSeries(vms)) return createLine(first, vms.length);
  return vms.map((vm) => createLine(vm, 1)).join('\n');
}

/** Same settings throughout and the names `--count` would make from the first. */
function isSeries(vms: readonly VmSpec[]): boolean {
  const [first] = vms;
  if (first === undefined) return false;
  const names = expandNames(first.name, vms.length);
  const settings = (vm: VmSpec): string =>
    JSON.stringify([
      vm.cores,
      vm.memoryMiB,
      vm.diskGiB,
      vm.template,
      vm.node ?? null,
      vm.sshKeys,
      vm.tags,
      vm.roles ?? [],
    ]);
  return vms.every((vm, i) => vm.name === names[i] && settings(vm) === settings(first));
}

function createLine(vm: VmSpec, count: number): string {
  const memory = vm.memoryMiB % 1024 === 0 ? `${vm.memoryMiB / 1024}G` : `${vm.memoryMiB}M`;
  const parts = [
    `/atlas vm create ${vm.name}`,
    `--cores ${vm.cores}`,
    `--memory ${memory}`,
    `--disk ${vm.diskGiB}G`,
    `--template ${vm.template}`,
    ...(vm.node === undefined ? [] : [`--node ${vm.node}`]),
    ...(count > 1 ? [`--count ${count}`] : []),
    ...vm.sshKeys.map((key) => `--ssh-key ${quote(key)}`),
    ...vm.tags.map((tag) => `--tag ${tag}`),
    ...(vm.roles && vm.roles.length > 0 ? [`--with ${vm.roles.join(',')}`] : []),
  ];
  return parts.join(' ');
}

function quote(text: string): string {
  return `"${text.replace(/[\\"]/g, (ch) => `\\${ch}`)}"`;
}

/** The reason goes in quotes when it would otherwise read as an id, a help flag or lose its own quotes. */
function formatReject(requestId: string | undefined, reason: string | undefined): string {
  const head = requestId ? `/atlas reject ${requestId}` : '/atlas reject';
  if (reason === undefined || reason.trim() === '') return head;
  const firstWord = reason.split(/\s/)[0] ?? '';
  const risky =
    /^["“”'‘’]/.test(reason) ||
    (!requestId && isRequestIdWord(firstWord)) ||
    /^(-h|--help|—help)$/i.test(firstWord);
  return `${head} ${risky ? `"${reason}"` : reason}`;
}
