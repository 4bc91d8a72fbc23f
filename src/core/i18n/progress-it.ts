import type { LockKind, ProgressEn, TfAction, TfSeconds } from '../../domain/progress/progress-en.ts';

/** How one Terraform action is said, before the resource: `creo`, `sto ancora creando`, `ho creato`. */
interface TfVerb {
  doing: string;
  still: string;
  done: string;
  failed: string;
}

const TF_VERBS: Readonly<Record<string, TfVerb>> = {
  create: {
    doing: 'creo',
    still: 'sto ancora creando',
    done: 'ho creato',
    failed: 'non sono riuscito a creare',
  },
  update: {
    doing: 'aggiorno',
    still: 'sto ancora aggiornando',
    done: 'ho aggiornato',
    failed: 'non sono riuscito ad aggiornare',
  },
  delete: {
    doing: 'elimino',
    still: 'sto ancora eliminando',
    done: 'ho eliminato',
    failed: 'non sono riuscito a eliminare',
  },
  replace: {
    doing: 'sostituisco',
    still: 'sto ancora sostituendo',
    done: 'ho sostituito',
    failed: 'non sono riuscito a sostituire',
  },
  read: {
    doing: 'leggo',
    still: 'sto ancora leggendo',
    done: 'ho letto',
    failed: 'non sono riuscito a leggere',
  },
};

/** An action Terraform may add later is named as it is: `terraform: import web-01`. */
function verb(action: TfAction): TfVerb {
  const known = Object.hasOwn(TF_VERBS, action) ? TF_VERBS[action] : undefined;
  return (
    known ?? {
      doing: action,
      still: `ancora ${action}`,
      done: `${action} completato:`,
      failed: `${action} non riuscito:`,
    }
  );
}

const since = (seconds: TfSeconds, word: string) => (seconds === '' ? '' : ` ${word} ${seconds}s`);
const lock = (kind: LockKind, name: string) =>
  kind === 'node' ? `il nodo Proxmox ${name}` : `il workspace Terraform ${name}`;
const POWER = { start: 'avvio', stop: 'spengo', reboot: 'riavvio' } as const;

/** The worker's progress lines in Italian. */
const PLAN_ACTIONS: Readonly<Record<string, string>> = {
  create: 'crea',
  update: 'modifica',
  delete: 'elimina',
  read: 'legge',
  'no-op': 'nessuna modifica',
};

/** `delete/create` → `elimina/crea`: the actions of one planned change, as Terraform lists them. */
function planActions(actions: string): string {
  return actions
    .split('/')
    .map((action) => PLAN_ACTIONS[action] ?? action)
    .join('/');
}

export const progressIt: ProgressEn = {
  alreadyExists: (name, vmid, node) => `${name} (vmid ${vmid}) esiste già su ${node}; proseguo`,
  cloning: (name, template, node, vmid) => `clono ${name} da ${template} su ${node} (vmid ${vmid})`,
  templateLocked: (template, delay, attempt, retries) =>
    `il template ${template} è bloccato da un altro task; riprovo tra ${delay} (${attempt}/${retries})`,
  moving: (name, from, to, storage) => `sposto ${name} da ${from} a ${to} (storage ${storage})`,
  configuring: (name, keys) => `configuro ${name}: ${keys}`,
  configuringSize: (name, cores, memoryMiB, keys) =>
    `configuro ${name}: ${cores} core, ${memoryMiB} MiB${keys === '' ? '' : `, ${keys}`}`,
  growingDisk: (disk, name, sizeGiB) => `ingrandisco il disco ${disk} di ${name} a ${sizeGiB} GiB`,
  starting: (name, node) => `avvio ${name} su ${node}`,
  waitingForIp: (name) => `attendo che ${name} comunichi il suo indirizzo IP`,
  noIp: (name, waited, template) =>
    `${name} è in esecuzione, ma il guest agent non ha comunicato alcun IP entro ${waited}; verifica che qemu-guest-agent sia installato in ${template}`,
  running: (name, node) => `${name} è in esecuzione su ${node}`,
  runningAt: (name, node, ip) => `${name} è in esecuzione su ${node} all'indirizzo ${ip}`,
  alreadyGone: (name, vmid) => `${name} (vmid ${vmid}) non c'è più`,
  stopping: (name, node) => `spengo ${name} su ${node}`,
  destroying: (name, vmid, node) => `elimino ${name} (vmid ${vmid}) su ${node}`,
  destroyed: (name) => `${name} è stata eliminata`,
  power: (action, name, node) => `${POWER[action] ?? action} ${name} su ${node}`,

  queued: (holder, position, kind, name) =>
    `in coda dietro a ${holder} (posizione ${position}), che occupa ${lock(kind, name)}`,
  queuedBehindItself: (requestId, position, kind, name) =>
    `in coda dietro a un tentativo precedente di ${requestId} (posizione ${position}), che occupa ${lock(kind, name)}`,
  myTurn: () => 'tocca a me: inizio',
  resuming: () =>
    'un tentativo precedente ha già modificato lo stato; pianifico il resto delle modifiche approvate',
  tfDoing: (action, what) => `terraform: ${verb(action).doing} ${what}`,
  tfStill: (action, what, seconds) => `terraform: ${verb(action).still} ${what}${since(seconds, 'da')}`,
  tfDone: (action, what, seconds) => `terraform: ${verb(action).done} ${what}${since(seconds, 'in')}`,
  tfFailed: (action, what, seconds) => `terraform: ${verb(action).failed} ${what}${since(seconds, 'dopo')}`,
  configuringRoles: (name, roles) => `configuro ${name} con ${roles}`,
  planChange: (sign, actions, what) => `${sign} ${planActions(actions)} ${what}`,
  planChangeVmid: (sign, actions, what, vmid) => `${sign} ${planActions(actions)} ${what} (vmid ${vmid})`,
  planChangeAt: (sign, actions, what, vmid, node) =>
    `${sign} ${planActions(actions)} ${what} (vmid ${vmid} su ${node})`,
  planTotals: (add, change, destroy) =>
    `Terraform: ${add} da aggiungere, ${change} da modificare, ${destroy} da eliminare.`,
  planNoChanges: () => 'Terraform: nessuna modifica.',
};
