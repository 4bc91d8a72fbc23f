import type { PowerAction } from '../intent.ts';
import type { ProgressTexts } from './progress-text.ts';

/**
 * What the worker's engines say while they work, in English: the text of every progress line, and the
 * entries the Italian catalogue (src/core/i18n/progress-it.ts) must match. Arguments are values: names,
 * numbers, durations (`12 s`), Proxmox config keys, and the codes below.
 */

/** What a Terraform hook did to a resource: `create`, `update`, `delete`, `replace`, `read`, else as it is. */
export type TfAction = string;
/** What a request waits for in line. */
export type LockKind = 'node' | 'workspace';
/** `''` when Terraform did not say how long it took. */
export type TfSeconds = number | '';

const DOING: Readonly<Record<string, string>> = {
  create: 'creating',
  update: 'updating',
  delete: 'destroying',
  replace: 'replacing',
  read: 'reading',
};
const DONE: Readonly<Record<string, string>> = {
  create: 'created',
  update: 'updated',
  delete: 'destroyed',
  replace: 'replaced',
  read: 'read',
};

const pick = (words: Readonly<Record<string, string>>, action: TfAction) =>
  (Object.hasOwn(words, action) ? words[action] : undefined) ?? action;
const after = (seconds: TfSeconds, word: string) => (seconds === '' ? '' : ` ${word} ${seconds}s`);
const lock = (kind: LockKind, name: string) =>
  kind === 'node' ? `Proxmox node ${name}` : `Terraform workspace ${name}`;

export const progressEn = {
  alreadyExists: (name: string, vmid: number, node: string) =>
    `${name} (vmid ${vmid}) already exists on ${node}; carrying on`,
  cloning: (name: string, template: string, node: string, vmid: number) =>
    `cloning ${name} from ${template} on ${node} (vmid ${vmid})`,
  templateLocked: (template: string, delay: string, attempt: number, retries: number) =>
    `template ${template} is locked by another task; trying again in ${delay} (${attempt}/${retries})`,
  moving: (name: string, from: string, to: string, storage: string) =>
    `moving ${name} from ${from} to ${to} (storage ${storage})`,
  configuring: (name: string, keys: string) => `configuring ${name}: ${keys}`,
  configuringSize: (name: string, cores: number, memoryMiB: number, keys: string) =>
    `configuring ${name}: ${cores} cores, ${memoryMiB} MiB${keys === '' ? '' : `, ${keys}`}`,
  growingDisk: (disk: string, name: string, sizeGiB: number) =>
    `growing the ${disk} disk of ${name} to ${sizeGiB} GiB`,
  starting: (name: string, node: string) => `starting ${name} on ${node}`,
  waitingForIp: (name: string) => `waiting for ${name} to report its IP address`,
  noIp: (name: string, waited: string, template: string) =>
    `${name} runs, but its guest agent reported no IP within ${waited}; check that qemu-guest-agent is installed in ${template}`,
  running: (name: string, node: string) => `${name} is running on ${node}`,
  runningAt: (name: string, node: string, ip: string) => `${name} is running on ${node} at ${ip}`,
  alreadyGone: (name: string, vmid: number) => `${name} (vmid ${vmid}) is already gone`,
  stopping: (name: string, node: string) => `stopping ${name} on ${node}`,
  destroying: (name: string, vmid: number, node: string) => `destroying ${name} (vmid ${vmid}) on ${node}`,
  destroyed: (name: string) => `${name} is destroyed`,
  power: (action: PowerAction, name: string, node: string) => `${action} ${name} on ${node}`,

  queued: (holder: string, position: number, kind: LockKind, name: string) =>
    `queued behind ${holder} (position ${position}), which holds ${lock(kind, name)}`,
  queuedBehindItself: (requestId: string, position: number, kind: LockKind, name: string) =>
    `queued behind an earlier attempt of ${requestId} (position ${position}), which holds ${lock(kind, name)}`,
  myTurn: () => 'my turn: starting',
  resuming: () => 'an earlier attempt changed the state already; planning the rest of the approved changes',
  tfDoing: (action: TfAction, what: string) => `terraform: ${pick(DOING, action)} ${what}`,
  tfStill: (action: TfAction, what: string, seconds: TfSeconds) =>
    `terraform: still ${pick(DOING, action)} ${what}${after(seconds, 'after')}`,
  tfDone: (action: TfAction, what: string, seconds: TfSeconds) =>
    `terraform: ${pick(DONE, action)} ${what}${after(seconds, 'in')}`,
  tfFailed: (action: TfAction, what: string, seconds: TfSeconds) =>
    `terraform: ${pick(DOING, action)} ${what} failed${after(seconds, 'after')}`,
  configuringRoles: (name: string, roles: string) => `configuring ${name} with ${roles}`,
  /** The plan card's summary of a Terraform plan: `+ create web-01 (vmid 101 on pve3)`, then the totals. */
  planChange: (sign: string, actions: string, what: string) => `${sign} ${actions} ${what}`,
  planChangeVmid: (sign: string, actions: string, what: string, vmid: number) =>
    `${sign} ${actions} ${what} (vmid ${vmid})`,
  planChangeAt: (sign: string, actions: string, what: string, vmid: number, node: string) =>
    `${sign} ${actions} ${what} (vmid ${vmid} on ${node})`,
  planTotals: (add: number, change: number, destroy: number) =>
    `Terraform: ${add} to add, ${change} to change, ${destroy} to destroy.`,
  planNoChanges: () => 'Terraform: no changes.',
} satisfies ProgressTexts;

export type ProgressEn = typeof progressEn;
