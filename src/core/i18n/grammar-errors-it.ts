import type { grammarErrorsEn, NameArgs } from './grammar-errors-en.ts';

const KEY_EXAMPLE = '--ssh-key "ssh-ed25519 AAAA... you@host"';
const SIZES = 'Le dimensioni si scrivono come 4G, 4096M, 4 GiB o 1.5G.';
const NAME_RULE =
  'I nomi delle VM sono etichette DNS: a-z, 0-9 e "-", da 1 a 63 caratteri, senza "-" all\'inizio o alla fine.';

function badName(...[name, upper, chars, edge, length]: NameArgs): string {
  const listed = [...chars].map((ch) => (/\s/.test(ch) ? 'spazi' : `"${ch}"`)).join(', ');
  const problems = [
    upper ? 'ha lettere maiuscole' : '',
    listed === '' ? '' : `contiene ${listed}`,
    edge ? 'inizia o finisce con "-"' : '',
    length > 63 ? `è lungo ${length} caratteri (al massimo 63)` : '',
    length === 0 ? 'è vuoto' : '',
  ];
  return `${name} non è un nome di VM valido: ${problems.filter((p) => p !== '').join(' e ')}.`;
}

const unknown = (typed: string) => `${typed}: comando sconosciuto.`;
const unknownFor = (typed: string, command: string) => `${typed}: opzione sconosciuta per ${command}.`;
const unexpected = (command: string, words: string) => `${command}: non mi aspettavo ${words}.`;
const overLimit = (flag: string, value: string, limit: string, setting: string) =>
  `--${flag} ${value} supera il limite di ${limit} (${setting}).`;
const askLimit = (limit: string, setting: string) =>
  `Chiedi al massimo ${limit}, oppure chiedi a un operatore di alzare ${setting}.`;
const tooMany = (count: number, what: string, max: number) =>
  `Sono ${count} ${what}; una VM può averne al massimo ${max}.`;

/** What the command grammar says about bad input, in Italian. */
export const grammarErrorsIt: typeof grammarErrorsEn = {
  unclosedQuote: {
    message: (quote) => `C'è un ${quote} di apertura senza quello di chiusura.`,
    hint: () => `Chiudi le virgolette, per esempio ${KEY_EXAMPLE}.`,
  },
  unknownCommandTypo: {
    message: unknown,
    hint: (_, meant) => `Forse intendevi ${meant}? /atlas help elenca i comandi.`,
  },
  unknownCommandNoVm: {
    message: unknown,
    hint: (_, command) => `Forse intendevi ${command}? I comandi per le VM iniziano con vm.`,
  },
  vmNeedsCommand: {
    message: (all) => `Dopo vm serve un comando: ${all}.`,
    hint: () => 'Per esempio: /atlas vm list, oppure /atlas help vm create',
  },
  unknownVmCommandDidYouMean: {
    message: (typed) => `vm ${typed}: comando sconosciuto.`,
    hint: (_, sub) => `Forse intendevi vm ${sub}?`,
  },
  unknownVmCommand: {
    message: (typed) => `vm ${typed}: comando sconosciuto.`,
    hint: (_, all) => `Comandi vm: ${all}. Per esempio: /atlas vm list`,
  },
  noOptions: {
    message: (command, typed) => `${command} non accetta opzioni (hai scritto ${typed}).`,
    hint: (_, __, usage, example) => `Uso: /atlas ${usage}, per esempio /atlas ${example}`,
  },
  unknownOptionDidYouMean: { message: unknownFor, hint: (_, __, flag) => `Forse intendevi --${flag}?` },
  unknownOptionOnly: {
    message: unknownFor,
    hint: (_, command, flag) => `${command} accetta solo ${flag}.`,
  },
  unknownOptionList: {
    message: unknownFor,
    hint: (_, command, flags) => `Le opzioni di ${command} sono ${flags}.`,
  },
  switchWithValue: {
    message: (flag, value) => `--${flag} non accetta un valore (hai scritto --${flag}=${value}).`,
    hint: (flag) => `Scrivi solo --${flag}.`,
  },
  optionNeedsValue: {
    message: (flag) => `--${flag} richiede un valore.`,
    hint: (flag, example) => `Per esempio: --${flag} ${example}`,
  },
  optionTwiceValues: {
    message: (flag, first, second) => `--${flag} è indicata due volte (${first} e ${second}).`,
    hint: (flag) => `Indica --${flag} una volta sola.`,
  },
  optionTwice: {
    message: (flag) => `--${flag} è indicata due volte.`,
    hint: (flag) => `Indica --${flag} una volta sola.`,
  },
  needsName: {
    message: (command) => `${command} richiede un nome.`,
    hint: (_, usage, example) => `Uso: /atlas ${usage}. Per esempio: /atlas ${example}`,
  },
  unexpectedOption: { message: unexpected, hint: (_, __, option) => `Forse intendevi ${option}?` },
  unexpectedCreateWords: {
    message: unexpected,
    hint: (_, __, usage) =>
      `Uso: /atlas ${usage}. Metti tra virgolette i valori che contengono spazi; per creare più VM usa --count 3.`,
  },
  unexpectedNameWords: {
    message: unexpected,
    hint: (_, __, usage) => `Uso: /atlas ${usage} (una VM per comando).`,
  },
  unexpectedWords: { message: unexpected, hint: (_, __, usage) => `Uso: /atlas ${usage}.` },
  rollbackExtra: {
    message: (words) => `rollback: non mi aspettavo ${words}.`,
    hint: () =>
      'Uso: /atlas rollback [REQUEST], per esempio /atlas rollback R-7F3K. Una richiesta per comando.',
  },
  rollbackNotARequestId: {
    message: (word) => `${word} non è l'id di una richiesta.`,
    hint: () =>
      'Gli id delle richieste sono come R-7F3K (lo trovi nel messaggio di errore). /atlas rollback da solo annulla quanto creato dalla richiesta fallita di questo thread.',
  },
  approveExtra: {
    message: (words) => `approve: non mi aspettavo ${words}.`,
    hint: () =>
      'Uso: /atlas approve [REQUEST], per esempio /atlas approve R-7F3K. Approva una richiesta per comando.',
  },
  reasonTooLong: {
    message: (length, max) => `Il motivo è lungo ${length} caratteri; ATLAS ne conserva al massimo ${max}.`,
    hint: () => 'Accorcia il motivo e rifiuta di nuovo.',
  },
  notARequestId: {
    message: (word) => `${word} non è l'id di una richiesta.`,
    hint: (_, command) =>
      `Gli id delle richieste sono come R-7F3K (lo trovi nella scheda del piano). /atlas ${command} da solo ${command === 'approve' ? 'approva' : 'rifiuta'} la richiesta in attesa di questo thread.`,
  },
  invalidVmName: { message: badName, hint: () => `${NAME_RULE} Per esempio: web-01.` },
  invalidVmNameDidYouMean: {
    message: (_, ...name) => badName(...name),
    hint: (fix) => `Forse intendevi ${fix}? ${NAME_RULE}`,
  },
  tooManyVmsInRequest: {
    message: (count, max) => `--count ${count}: una richiesta può creare al massimo ${max} VM.`,
    hint: () => 'Dividila in più richieste.',
  },
  seriesNameInvalid: {
    message: (count, name, bad) =>
      `--count ${count} a partire da ${name} darebbe il nome ${bad}, che non è un nome di VM valido.`,
    hint: () => 'Usa un nome più corto: i nomi delle VM hanno al massimo 63 caratteri.',
  },
  notWholeNumber: {
    message: (flag, value) => `--${flag} ${value}: non è un numero intero.`,
    hint: (flag, _, example) => `Per esempio: --${flag} ${example}`,
  },
  notANumber: {
    message: (flag, value) => `--${flag} ${value}: non è un numero.`,
    hint: (flag, _, example) => `Indica un numero intero, per esempio --${flag} ${example}`,
  },
  notPositive: {
    message: (flag, value) => `--${flag} ${value}: deve essere almeno 1.`,
    hint: (flag, _, example) => `Per esempio: --${flag} ${example}`,
  },
  memoryNotASize: {
    message: (value) => `--memory ${value}: non è una dimensione che ATLAS capisce.`,
    hint: () => SIZES,
  },
  memoryTooSmall: {
    message: (value) => `--memory ${value}: troppo poca (una VM richiede almeno 16 MiB).`,
    hint: (_, number) => `Forse intendevi --memory ${number}G?`,
  },
  diskNotASize: {
    message: (value) => `--disk ${value}: non è una dimensione che ATLAS capisce.`,
    hint: () => `${SIZES} Un numero senza unità indica GiB.`,
  },
  diskNotWhole: {
    message: (value) => `--disk ${value}: i dischi si dimensionano in GiB interi.`,
    hint: (_, gib) => `Prova --disk ${gib}G.`,
  },
  optionOverCoresLimit: {
    message: (value, max, setting) => overLimit('cores', value, `${max} core per VM`, setting),
    hint: (_, max, setting) => askLimit(`${max} core per VM`, setting),
  },
  optionOverMemoryLimit: {
    message: (value, max, setting) => overLimit('memory', value, `${max} di memoria per VM`, setting),
    hint: (_, max, setting) => askLimit(`${max} di memoria per VM`, setting),
  },
  optionOverDiskLimit: {
    message: (value, max, setting) => overLimit('disk', value, `${max} GiB di disco per VM`, setting),
    hint: (_, max, setting) => askLimit(`${max} GiB di disco per VM`, setting),
  },
  optionOverCountLimit: {
    message: (value, max, setting) => overLimit('count', value, `${max} VM per richiesta`, setting),
    hint: (_, max, setting) => askLimit(`${max} VM per richiesta`, setting),
  },
  invalidTag: {
    message: (tag) => `--tag ${tag}: non è un tag valido.`,
    hint: () =>
      'Un tag ha da 1 a 40 caratteri tra a-z 0-9 _ . + - e inizia con una lettera o una cifra, per esempio --tag load-test.',
  },
  tooManyTags: {
    message: (count, max) => tooMany(count, 'tag', max),
    hint: () => 'Togli qualche --tag.',
  },
  invalidRole: {
    message: (role) => `--with ${role}: non è il nome di un ruolo o di un profilo.`,
    hint: () =>
      'Un nome di ruolo ha da 1 a 32 caratteri tra a-z 0-9 _ - e inizia con una lettera, per esempio --with nginx,docker.',
  },
  tooManyRoles: {
    message: (count, max) => tooMany(count, 'ruoli', max),
    hint: () => 'Usa un profilo che li raggruppa, oppure meno valori di --with.',
  },
  privateSshKey: {
    message: () => '--ssh-key: questa è una chiave privata. Non va mai incollata in chat.',
    hint: () =>
      `Considera quella chiave compromessa e sostituiscila; dai ad ATLAS la parte pubblica (il file .pub), per esempio ${KEY_EXAMPLE}.`,
  },
  notAPublicKey: {
    message: (key) => `--ssh-key ${key}: non è una chiave pubblica OpenSSH.`,
    hint: () => `Incolla tra virgolette l'intera riga del tuo file .pub, per esempio ${KEY_EXAMPLE}.`,
  },
  tooManySshKeys: {
    message: (count, max) => tooMany(count, 'chiavi SSH', max),
    hint: () => 'Indica meno valori di --ssh-key.',
  },
  invalidTemplate: {
    message: (name) => `--template ${name}: non è il nome di un template.`,
    hint: () => 'I nomi dei template sono come ubuntu-24.04; /atlas templates li elenca.',
  },
  invalidNode: {
    message: (name) => `--node ${name}: non è il nome di un nodo.`,
    hint: () => 'I nomi dei nodi sono come pve1; ometti --node e ATLAS ne sceglie uno.',
  },
  commandDoesNotFit: {
    message: (path, problem) => `Il comando non torna: ${path} ${problem}.`,
    hint: () => 'Prova /atlas help.',
  },
  unreadableCommand: {
    message: () => 'ATLAS non è riuscito a leggere il comando.',
    hint: () => 'Confrontalo con /atlas help e riprova.',
  },
};
