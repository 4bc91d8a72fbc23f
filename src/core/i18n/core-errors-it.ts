import type { RequestState } from '../../domain/request.ts';
import { describeApproverIds } from '../approvers.ts';
import type { coreErrorsEn, DecisionVerb, ManagedVerb } from './core-errors-en.ts';
import { listOf } from './error-texts.ts';
import { findingErrorsIt } from './finding-errors-it.ts';
import { stateName } from './states.ts';

/** The verbs as a sentence needs them: `Non puoi approvare`, `poi approvala`, `non può eliminarla`. */
const DO: Readonly<Record<ManagedVerb | DecisionVerb, string>> = {
  approve: 'approvare',
  reject: 'rifiutare',
  destroy: 'eliminare',
  start: 'avviare',
  stop: 'fermare',
  reboot: 'riavviare',
};
const DO_IT: Readonly<Record<DecisionVerb, string>> = { approve: 'approvala', reject: 'rifiutala' };
const DO_TO_IT: Readonly<Record<ManagedVerb, string>> = {
  destroy: 'eliminarla',
  start: 'avviarla',
  stop: 'fermarla',
  reboot: 'riavviarla',
};

const approvers = (ids: string) => describeApproverIds(listOf(ids), 'it');
const state = (s: RequestState) => stateName('it', s);

/** What the use cases (approve, reject, validation, lifecycle) say when they refuse, in Italian. */
export const coreErrorsIt: typeof coreErrorsEn = {
  ...findingErrorsIt,
  cannotDecide: {
    message: (verb, id) => `Non puoi ${DO[verb]} ${id}.`,
    hint: (_verb, _id, ids) => `Chi approva: ${approvers(ids)}.`,
  },
  nothingToDecide: {
    message: (id, now, verb) => `${id} è ${state(now)}: non c'è nulla da ${DO[verb]}.`,
  },
  olderPlanButton: {
    message: (id) => `Questo pulsante è di un piano precedente di ${id}.`,
    hint: (_id, current) => `Decidi sul piano attuale ${current}, quello dell'ultima scheda del piano.`,
  },
  selfApproval: {
    message: (id) => `Hai chiesto tu ${id}, quindi deve approvarla qualcun altro.`,
    hint: (_id, ids) => `Chi approva: ${approvers(ids)}.`,
  },
  noSuchRequest: {
    message: (id) => `Non esiste la richiesta ${id}.`,
    hint: () => 'Gli id delle richieste sono come R-7F3K; lo trovi nella scheda del piano.',
  },
  stillPlanning: {
    message: (id, verb) => `${id} è ancora in pianificazione: non c'è ancora nulla da ${DO[verb]}.`,
    hint: (_id, verb) => `Aspetta la scheda del piano, poi ${DO_IT[verb]}.`,
  },
  nothingWaiting: {
    message: (verb) => `In questo thread non c'è nessuna richiesta in attesa di approvazione da ${DO[verb]}.`,
    hint: (verb) => `Indicane una: /atlas ${verb} R-XXXX`,
  },
  noSuchVm: {
    message: (name) => `Non c'è nessuna VM chiamata ${name}.`,
    hint: (_name, near) =>
      near
        ? `Forse intendevi ${listOf(near).join(', ')}? /atlas vm list le mostra tutte.`
        : '/atlas vm list mostra le VM gestite da ATLAS.',
  },
  notManaged: {
    message: (name, vmid, verb) =>
      `${name} (vmid ${vmid}) non è stata creata da ATLAS, quindi ATLAS non può ${DO_TO_IT[verb]}.`,
    hint: () =>
      'Modificala direttamente in Proxmox, oppure aggiungi lì il tag `atlas` per affidarla ad ATLAS.',
  },
  powerForbidden: {
    message: (action, vm) => `Non puoi ${DO[action]} ${vm}.`,
    hint: (_action, _vm, creator, ids) =>
      `Possono farlo ${creator ? `${creator}, che l'ha chiesta,` : "chi l'ha chiesta"} e chi approva (${approvers(ids)}).`,
  },
  unknownButton: {
    message: () => 'ATLAS non conosce questo pulsante.',
    hint: () => "Usa i pulsanti dell'ultima scheda del piano, oppure scrivi /atlas approve R-XXXX.",
  },
  runButtonExpired: {
    message: () => 'Questo pulsante Esegui è scaduto.',
    hint: () => 'Scrivi tu il comando mostrato sopra, oppure chiedi di nuovo.',
  },
  runButtonDecides: {
    message: () => 'Un pulsante Esegui non può approvare né rifiutare.',
    hint: () => 'Usa i pulsanti della scheda del piano.',
  },
  noRequestToRollBack: {
    message: (id) => `Non esiste la richiesta ${id}.`,
    hint: () => "Gli id delle richieste sono come R-7F3K; lo trovi nel messaggio dell'errore.",
  },
  noFailedRequestHere: {
    message: () => "In questo thread non c'è una creazione fallita da annullare.",
    hint: () => 'Indica la richiesta: /atlas rollback R-7F3K (il messaggio di errore mostra il suo id).',
  },
  notRollbackable: {
    message: (id, now) => `${id} è ${state(now)}: il rollback si può fare solo su una creazione fallita.`,
    hint: () => 'Elimina una VM che non ti serve più con /atlas vm destroy NAME.',
  },
  staleRollbackButton: {
    message: (id) => `Questo pulsante di rollback non è per il piano applicato da ${id}.`,
    hint: () => "Usa il pulsante dell'ultimo messaggio di errore della richiesta.",
  },
  rollbackForbidden: {
    message: (requester, id) => `Solo ${requester} o chi approva può fare il rollback di ${id}.`,
  },
  rollbackLost: {
    message: (id) => `Rollback di ${id}: la richiesta non esiste.`,
  },
};
