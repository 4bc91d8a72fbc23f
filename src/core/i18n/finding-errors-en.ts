import type { LimitKind } from '../validate/limits.ts';
import { listNames } from '../validate/words.ts';
import { type ErrorTexts, listOf } from './error-texts.ts';

/** `16 cores per VM`: a configured maximum in words (`amount` is the number, or the size for memory). */
export function limitTextEn(kind: LimitKind, amount: string): string {
  if (kind === 'cores') return `${amount} cores per VM`;
  if (kind === 'memory') return `${amount} of memory per VM`;
  if (kind === 'disk') return `${amount} GiB of disk per VM`;
  return `${amount} VMs per request`;
}

/** `Ask for at most 16 cores per VM, or ask an operator to raise ATLAS_MAX_CORES.` */
export function limitHintEn(text: string, setting: string): string {
  return `Ask for at most ${text}, or ask an operator to raise ${setting}.`;
}

const names = (arg: string) => listNames(listOf(arg), { and: 'and', more: (n) => `${n} more` });
const many = (arg: string) => listOf(arg).length > 1;
const ASKED = {
  cores: (v: string) => `${v} cores`,
  memory: (v: string) => `${v} of memory`,
  disk: (v: string) => `a ${v} GiB disk`,
};
const noneOnline = 'No node is online right now; ask an operator to check the cluster.';
const onlineHint = (online: string) =>
  online === ''
    ? noneOnline
    : `Online nodes: ${listOf(online).join(', ')}. Or leave out --node and ATLAS picks one.`;
const another = (free: string) => (free ? `, e.g. ${free}` : '');

/** What the create validator finds wrong, in English. Lists of names travel as one `listArg`. */
export const findingErrorsEn = {
  tooManyVms: {
    message: (count: number, max: string, setting: string) =>
      `This request creates ${count} VMs, more than the limit of ${limitTextEn('count', max)} (${setting}).`,
    hint: (_count: number, max: string, setting: string) => limitHintEn(limitTextEn('count', max), setting),
  },
  sizeOverLimit: {
    message: (vms: string, kind: keyof typeof ASKED, asked: string, max: string, setting: string) =>
      `${names(vms)} ${many(vms) ? `ask for ${ASKED[kind](asked)} each` : `asks for ${ASKED[kind](asked)}`}, more than the limit of ${limitTextEn(kind, max)} (${setting}).`,
    hint: (_vms: string, kind: keyof typeof ASKED, _asked: string, max: string, setting: string) =>
      limitHintEn(limitTextEn(kind, max), setting),
  },
  noTemplates: {
    message: (template: string) => `There is no template "${template}": the cluster has no templates.`,
    hint: () => 'Ask an operator to create one (in Proxmox: convert a prepared VM to a template).',
  },
  noSuchTemplate: {
    message: (template: string, _known: string) => `There is no template "${template}".`,
    hint: (_template: string, known: string) =>
      `Available templates: ${listOf(known).join(', ')}. For example: --template ${listOf(known)[0]}`,
  },
  nodeOffline: {
    message: (node: string, _online: string) => `Node ${node} is offline.`,
    hint: (_node: string, online: string) => onlineHint(online),
  },
  noSuchNode: {
    message: (node: string, _online: string) => `There is no node "${node}".`,
    hint: (_node: string, online: string) => onlineHint(online),
  },
  noNodeOnline: {
    message: () => 'No Proxmox node is online, so there is nowhere to put the VMs.',
    hint: () => noneOnline,
  },
  nameTaken: {
    message: (name: string, vmid: number, node: string, _free: string) =>
      `${name} already exists (VM ${vmid} on ${node}).`,
    hint: (_name: string, _vmid: number, _node: string, free: string) => `Pick another name${another(free)}.`,
  },
  nameRepeated: {
    message: (name: string, _free: string) => `${name} appears more than once in this request.`,
    hint: (_name: string, free: string) => `Give each VM its own name${another(free)}.`,
  },
  diskTooSmall: {
    message: (vms: string, disk: number, template: string, needed: number) =>
      `${names(vms)} ${many(vms) ? 'ask' : 'asks'} for a ${disk} GiB disk, but template ${template} has a ${needed} GiB disk and disks cannot shrink.`,
    hint: (_vms: string, _disk: number, _template: string, needed: number) =>
      `Use --disk ${needed}G or more.`,
  },
  memoryShortOnNode: {
    message: (node: string, vms: string, need: string, has: string, _others: string) =>
      `Not enough free memory on ${node}: ${names(vms)} ${many(vms) ? 'need' : 'needs'} ${need}, ${node} has ${has} free.`,
    hint: (_node: string, _vms: string, _need: string, _has: string, others: string) =>
      `${others ? `Free memory on other nodes: ${others}. Pick one with --node, leave out --node, or` : 'You can'} ask for less --memory.`,
  },
  memoryShortAnywhere: {
    message: (vms: string, size: string, _free: string) =>
      `Not enough free memory on any node for ${names(vms)} (${size ? `${size}${many(vms) ? ' each' : ''}` : 'their memory'}).`,
    hint: (_vms: string, _size: string, free: string) =>
      `Free memory now: ${free}. Ask for less --memory or fewer VMs, or ask an operator to free some.`,
  },
} satisfies ErrorTexts;
