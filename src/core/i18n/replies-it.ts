import type { Replies } from './replies-messages.ts';

const jobs = (waiting: number) => (waiting === 1 ? 'un altro job' : `altri ${waiting} job`);

const OPERATION = { create: 'creazione di', destroy: 'eliminazione di' } as const;
const POWER = { start: 'avvio di', stop: 'arresto di', reboot: 'riavvio di' } as const;

export const repliesIt: Replies = {
  approversNobody: 'ancora nessuno (imposta ATLAS_APPROVERS)',
  approversAnyone: 'chiunque',
  approverGroup: (name) => `gruppo ${name}`,
  alreadyApproved: (id) => `Hai già approvato ${id}.`,
  approvalRecorded: (id, count, needed) => `${id}: approvazione ${count} di ${needed} registrata.`,
  waitingForApprovers: 'In attesa di altri approvatori.',
  queuedBehind: (id, waiting) => `${id} è in coda dietro a ${jobs(waiting)}.`,
  decidedElsewhere: (id) => `${id} è stata appena decisa da qualcun altro.`,
  noReasonGiven: 'nessun motivo indicato',
  asked: 'ha chiesto',
  rejectPrompt: {
    title: (id) => `Rifiuta ${id}`,
    label: 'Motivo',
    optionalLabel: 'Motivo (facoltativo)',
    note: 'Chi ha fatto la richiesta lo vede nel thread.',
    placeholder: 'es. non in questo sprint; usa un disco più piccolo',
    submit: 'Rifiuta',
    cancel: 'Annulla',
  },
  operation: (operation) => {
    if (operation.kind === 'create')
      return `${OPERATION.create} ${operation.vms.map((vm) => vm.name).join(', ')}`;
    if (operation.kind === 'destroy') return `${OPERATION.destroy} ${operation.vm.name}`;
    return `${POWER[operation.action]} ${operation.vm.name}`;
  },
  gotIt: (job, waiting) =>
    `Ricevuto, ${job === 'plan' ? 'la pianifico' : 'ci sto lavorando'}.${waiting > 0 ? ` In coda dietro a ${jobs(waiting)}.` : ''}`,
  proxmoxDown: 'Proxmox non risponde in questo momento.',
  proxmoxDownLater: 'La richiesta resta registrata: verrà verificata e pianificata appena Proxmox risponde.',
  vmColumns: ['nome', 'stato', 'nodo', 'vmid', 'core', 'memoria'],
  vmCount: (count) => `${count} VM`,
  myVmCount: (count) => `Le tue VM: ${count}`,
  noVms: 'ATLAS non gestisce ancora nessuna VM.',
  noVmsMine: 'Non hai ancora VM create da ATLAS.',
  createOne: 'Creane una: /atlas vm create web-01',
  vmFields: {
    status: 'Stato',
    node: 'Nodo',
    vmid: 'VMID',
    cores: 'Core',
    memory: 'Memoria',
    ip: 'IP',
    tags: 'Tag',
  },
  templateColumns: ['nome', 'nodo', 'vmid'],
  templateCount: (count) => `${count} template`,
  noTemplates: 'Proxmox non ha template di VM.',
  defaultTemplate: (name) => `Predefinito: ${name}. Per usarne un altro: --template NAME.`,
  rolledBackAlready: (id) => `Il rollback di ${id} è già stato fatto.`,
  rollbackAskedAlready: (id) => `Il rollback di ${id} è già stato chiesto.`,
  rollbackProgressHere: "L'avanzamento compare in questo thread.",
  rollingBack: (id) => `Rollback di ${id}`,
  rollingBackRemoves: (names) => `Rimuovo quanto è stato creato di ${names}.`,
  rollbackRemoving: (vms) => `rollback: rimuovo ${vms}`,
  rollbackStarted: 'rollback in corso',
  rollbackStopped: (why) => `rollback interrotto: ${why} Rimuovi quel che resta con /atlas vm destroy NAME.`,
  internalErrorWhy: 'un errore interno (vedi il log di ATLAS)',
  internalTitle: 'Qualcosa è andato storto dentro ATLAS.',
  internalText: 'I dettagli sono nel log di ATLAS; riprova, e avvisa gli operatori se continua a succedere.',
  errorHeadline: {
    usage: 'Il comando non è corretto.',
    policy: 'Una regola di ATLAS non lo permette.',
    not_found: 'Manca qualcosa che serve.',
    conflict: 'È in conflitto con lo stato attuale del cluster.',
    forbidden: 'Non hai il permesso di farlo.',
    invalid_state: 'Non si può fare in questo momento.',
    stale_plan: 'Il piano è cambiato nel frattempo.',
    proxmox: 'Proxmox ha restituito un errore.',
    transient: 'Un servizio da cui ATLAS dipende non risponde in questo momento.',
    config: 'La configurazione di ATLAS ha un problema.',
    configure: 'La configurazione della VM non è riuscita.',
    internal: 'Qualcosa è andato storto dentro ATLAS.',
  },
};
