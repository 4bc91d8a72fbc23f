import type { LimitKind } from '../validate/limits.ts';
import { listNames } from '../validate/words.ts';
import { listOf } from './error-texts.ts';
import type { findingErrorsEn } from './finding-errors-en.ts';

/** `16 core per VM`: a configured maximum in words (`amount` is the number, or the size for memory). */
export function limitTextIt(kind: LimitKind, amount: string): string {
  if (kind === 'cores') return `${amount} core per VM`;
  if (kind === 'memory') return `${amount} di memoria per VM`;
  if (kind === 'disk') return `${amount} GiB di disco per VM`;
  return `${amount} VM per richiesta`;
}

/** `Chiedi al massimo 16 core per VM, oppure chiedi a un operatore di alzare ATLAS_MAX_CORES.` */
export function limitHintIt(text: string, setting: string): string {
  return `Chiedi al massimo ${text}, oppure chiedi a un operatore di alzare ${setting}.`;
}

const names = (arg: string) => listNames(listOf(arg), { and: 'e', more: (n) => `altre ${n}` });
const many = (arg: string) => listOf(arg).length > 1;
const asks = (vms: string) => (many(vms) ? 'chiedono' : 'chiede');
const each = (vms: string) => (many(vms) ? ' ciascuna' : '');
const ASKED = {
  cores: (v: string) => `${v} core`,
  memory: (v: string) => `${v} di memoria`,
  disk: (v: string) => `un disco da ${v} GiB`,
};
const noneOnline = 'Nessun nodo è online in questo momento; chiedi a un operatore di controllare il cluster.';
const onlineHint = (online: string) =>
  online === ''
    ? noneOnline
    : `Nodi online: ${listOf(online).join(', ')}. Oppure togli --node e ATLAS ne sceglie uno.`;
const another = (free: string) => (free ? `, per esempio ${free}` : '');

/** What the create validator finds wrong, in Italian. */
export const findingErrorsIt: typeof findingErrorsEn = {
  tooManyVms: {
    message: (count, max, setting) =>
      `Questa richiesta crea ${count} VM, oltre il limite di ${limitTextIt('count', max)} (${setting}).`,
    hint: (_count, max, setting) => limitHintIt(limitTextIt('count', max), setting),
  },
  sizeOverLimit: {
    message: (vms, kind, asked, max, setting) =>
      `${names(vms)} ${asks(vms)} ${ASKED[kind](asked)}${each(vms)}, oltre il limite di ${limitTextIt(kind, max)} (${setting}).`,
    hint: (_vms, kind, _asked, max, setting) => limitHintIt(limitTextIt(kind, max), setting),
  },
  noTemplates: {
    message: (template) => `Non esiste il template "${template}": il cluster non ha template.`,
    hint: () => 'Chiedi a un operatore di crearne uno (in Proxmox: converti in template una VM preparata).',
  },
  noSuchTemplate: {
    message: (template) => `Non esiste il template "${template}".`,
    hint: (_template, known) =>
      `Template disponibili: ${listOf(known).join(', ')}. Per esempio: --template ${listOf(known)[0]}`,
  },
  nodeOffline: {
    message: (node) => `Il nodo ${node} è offline.`,
    hint: (_node, online) => onlineHint(online),
  },
  noSuchNode: {
    message: (node) => `Non esiste il nodo "${node}".`,
    hint: (_node, online) => onlineHint(online),
  },
  noNodeOnline: {
    message: () => "Nessun nodo Proxmox è online, quindi non c'è dove mettere le VM.",
    hint: () => noneOnline,
  },
  nameTaken: {
    message: (name, vmid, node) => `${name} esiste già (VM ${vmid} su ${node}).`,
    hint: (_name, _vmid, _node, free) => `Scegli un altro nome${another(free)}.`,
  },
  nameRepeated: {
    message: (name) => `${name} compare più di una volta in questa richiesta.`,
    hint: (_name, free) => `Dai a ogni VM un nome diverso${another(free)}.`,
  },
  diskTooSmall: {
    message: (vms, disk, template, needed) =>
      `${names(vms)} ${asks(vms)} un disco da ${disk} GiB, ma il template ${template} ha un disco da ${needed} GiB e i dischi non si possono ridurre.`,
    hint: (_vms, _disk, _template, needed) => `Usa --disk ${needed}G o più.`,
  },
  memoryShortOnNode: {
    message: (node, vms, need, has) =>
      `Memoria libera insufficiente su ${node}: ${names(vms)} ${many(vms) ? 'richiedono' : 'richiede'} ${need}, ${node} ne ha ${has} liberi.`,
    hint: (_node, _vms, _need, _has, others) =>
      others
        ? `Memoria libera sugli altri nodi: ${others}. Scegline uno con --node, togli --node, oppure chiedi meno --memory.`
        : 'Puoi chiedere meno --memory.',
  },
  memoryShortAnywhere: {
    message: (vms, size) =>
      `Nessun nodo ha abbastanza memoria libera per ${names(vms)} (${size ? `${size}${each(vms)}` : 'la loro memoria'}).`,
    hint: (_vms, _size, free) =>
      `Memoria libera ora: ${free}. Chiedi meno --memory o meno VM, oppure chiedi a un operatore di liberarne.`,
  },
};
