import type { Messages } from './messages.ts';

export const it: Messages = {
  commandTitle: 'Ho capito questo comando:',
  commandRunHint:
    'Premi Esegui per lanciarlo, oppure scrivilo tu. Creazioni ed eliminazioni vengono comunque pianificate e approvate.',
  commandTypeHint:
    'Scrivilo per lanciarlo. Creazioni ed eliminazioni vengono comunque pianificate e approvate.',
  runLabel: 'Esegui',
  notUnderstoodTitle: 'Non ho capito il messaggio come un comando.',
  notUnderstoodNoModel:
    'Non è configurato un modello linguistico, quindi capisco i comandi e poche frasi semplici.',
  notUnderstoodExamples:
    'Per esempio:\ncrea una vm chiamata web-01 con 4 core e 8GB\n/atlas vm create web-01 --cores 2 --memory 4G\n/atlas vm list\n/atlas help',
  modelDown:
    'Il modello linguistico non risponde in questo momento, quindi ho letto il messaggio con regole semplici.',
  budgetSpent: (used, budget) =>
    `Questo canale ha esaurito i token del modello linguistico per oggi (${used} su ${budget}), quindi ho letto il messaggio con regole semplici.`,
  busy: 'Sto ancora lavorando al messaggio precedente in questo thread; rimanda questo tra un momento.',
  malformedTitle: 'Il modello linguistico ha risposto due volte in una forma che non posso usare.',
  malformedText: 'Riformula la richiesta, oppure usa un comando come /atlas vm create (vedi /atlas help).',
  questionTitle: 'Prima di pianificare:',
  answerTitle: 'ATLAS:',
  proposalTitle: (count) => (count === 1 ? 'Proposta: 1 VM' : `Proposta: ${count} VM`),
  proposalText:
    'Verificata rispetto a template, nodi, nomi e limiti. Ora la pianifico: seguirà la scheda del piano con Approva e Rifiuta.',
  proposalRoles: 'Configurazione',
  proposalVm: (size, template, node) => `${size}, da ${template}, su ${node ?? 'qualsiasi nodo'}`,
  size: (cores, memory, disk) => `${cores} core, ${memory} di memoria, ${disk} GiB di disco`,
  revised: (id, revision) =>
    `${id} è stata modificata (revisione ${revision}): il piano precedente non vale più e segue quello nuovo da approvare.`,
  revisedTooLate: (id, state) =>
    `${id} è già in stato ${state}, quindi non l'ho modificata. Fai una nuova richiesta.`,
  notYours: (id, requester) => `Solo ${requester}, che ha chiesto ${id}, può modificarla.`,
  notInThread: (id) => `${id} non è una richiesta di questo thread, quindi non l'ho modificata.`,
  roundsTitle: 'Non ho trovato un piano che superi i controlli.',
  roundsText: (findings) =>
    `${findings}\nDimmi cosa cambiare (per esempio una dimensione minore, un altro template o meno VM).`,
  decisionRefused:
    'Non posso approvare o rifiutare nulla al posto tuo. Chi approva usa i pulsanti della scheda del piano o scrive /atlas approve.',
  stepsTitle: 'Non sono riuscito a pianificare la richiesta in una volta.',
  stepsText: 'Dimmi con più precisione cosa ti serve: quante VM, di che dimensione e da quale template.',
};
