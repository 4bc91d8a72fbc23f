import type { helpEn } from './help-en.ts';

const approvals = (required: number) =>
  required === 1 ? "un'approvazione" : `${required} approvazioni da approvatori diversi`;

/** The words of `/atlas help`, in Italian. */
export const helpIt: typeof helpEn = {
  overviewTitle: 'Comandi di ATLAS',
  overviewIntro: 'Scrivi un comando dopo `/atlas` o dopo una menzione di ATLAS:',
  overviewOutro:
    "Dettagli ed esempi: `/atlas help vm create`, `/atlas help approve`. Se l'assistente è attivo, puoi anche descrivere in una frase cosa ti serve.",
  noHelp: (typed, suggestion) =>
    `Nessuna guida per "${typed}"${suggestion ? `; forse intendevi \`help ${suggestion}\`?` : '.'}`,
  commandTitle: (name) => `Guida: ${name}`,
  usage: (usage) => `Uso: \`/atlas ${usage}\``,
  options: 'Opzioni:',
  examples: 'Esempi:',
  nameRule:
    'I nomi sono etichette DNS: a-z, 0-9 e "-", da 1 a 63 caratteri, senza "-" all\'inizio o alla fine.',
  summaries: {
    'vm create': 'crea VM da un template (con piano e approvazione prima di qualsiasi modifica)',
    'vm list': 'elenca le VM (--mine: solo quelle che hai chiesto tu)',
    'vm status': 'mostra stato, nodo, dimensione e IP di una VM',
    'vm start|stop|reboot': 'accende, spegne o riavvia una VM (subito, senza approvazione)',
    'vm destroy': 'elimina una VM e i suoi dischi (richiede approvazione)',
    approve: 'approva un piano; senza id, la richiesta in attesa di questo thread',
    reject: 'rifiuta un piano, con un motivo facoltativo; senza id, la richiesta in attesa di questo thread',
    rollback:
      'rimuove quanto creato da una creazione fallita; senza id, la richiesta fallita di questo thread',
    templates: 'elenca i template da cui si possono creare VM',
    help: 'questa panoramica, o i dettagli di un comando',
  },
  createOptions: {
    cores: (f) => `\`--cores N\` core CPU (predefinito ${f.cores}, al massimo ${f.maxCores}).`,
    memory: (f) =>
      `\`--memory SIZE\` memoria: 4G, 4096M, 4 GiB, 1.5G (predefinita ${f.memory}, al massimo ${f.maxMemory}). Un numero senza unità sotto 64 indica GiB (\`--memory 8\` sono 8 GiB); da 64 in su indica MiB (\`--memory 2048\` sono 2 GiB).`,
    disk: (f) =>
      `\`--disk SIZE\` disco in GiB interi: 40G o solo 40 (predefinito ${f.disk} GiB, al massimo ${f.maxDisk} GiB). Il disco non può essere più piccolo di quello del template.`,
    template: (f) =>
      `\`--template NAME\` template da clonare (predefinito ${f.template}; \`/atlas templates\` li elenca).`,
    node: () =>
      '`--node NODE` nodo Proxmox su cui creare le VM (predefinito: ATLAS sceglie un nodo online con spazio libero).',
    count: (f) =>
      `\`--count N\` quante VM (predefinito 1, al massimo ${f.maxCount}): \`web-01 --count 3\` crea web-01, web-02, web-03; \`web --count 2\` crea web-01, web-02.`,
    'ssh-key': () =>
      "`--ssh-key KEY` una riga di chiave pubblica OpenSSH, tra virgolette; ripeti l'opzione per più chiavi.",
    tag: (f) =>
      `\`--tag TAG\` un tag Proxmox; ripeti l'opzione o separa i tag con virgole.${f.tags ? ` Ogni VM riceve anche: ${f.tags}.` : ''}`,
    with: () =>
      '`--with ROLE,...` ruoli o profili che ATLAS configura via SSH quando la VM è avviata (per esempio nginx, docker; i profili come web raggruppano più ruoli).',
  },
  approveNote: (required, selfApproval) =>
    `Solo gli approvatori possono approvare; un piano richiede ${approvals(required)}.${selfApproval ? '' : ' Chi ha fatto la richiesta non può approvarla.'}`,
  rejectNote: 'Il motivo (fino a 500 caratteri) viene pubblicato nel thread e conservato con la richiesta.',
  destroyNote: (required) =>
    `L'eliminazione viene pianificata come una creazione e richiede ${approvals(required)}.`,
};
