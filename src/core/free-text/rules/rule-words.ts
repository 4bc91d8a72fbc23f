/** The words the rule-based interpreter knows, English and Italian together. Lower-case. */

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  single: 1,
  un: 1,
  uno: 1,
  una: 1,
  two: 2,
  due: 2,
  three: 3,
  tre: 3,
  four: 4,
  quattro: 4,
  five: 5,
  cinque: 5,
  six: 6,
  sei: 6,
  seven: 7,
  sette: 7,
  eight: 8,
  otto: 8,
  nine: 9,
  nove: 9,
  ten: 10,
  dieci: 10,
};

/** What a VM is called in requests. Plural-only words need a count. */
export const VM_NOUNS = set(
  'vm vms machine machines box boxes server servers instance instances host hosts macchina macchine istanza istanze virtuale virtuali',
);
export const PLURAL_NOUNS = set('vms machines boxes servers instances hosts macchine istanze');
/** Words before a noun that make it plural without saying how many: `some vms`, `delle vm`. */
export const PLURAL_DETERMINERS = set(
  'some several few many multiple more delle dei degli alcune alcuni diverse diversi parecchie qualche le gli',
);

export const CREATE_VERBS = set(
  'create make spin build provision deploy need want like give crea creami creare fammi fai voglio vorrei serve servono servirebbe servirebbero dammi prepara preparami',
);
export const LIST_WORDS = set('list show display elenca elencami mostra mostrami');
export const MINE_WORDS = set('my mine mie miei');
export const STATUS_WORDS = set('status state stato');
export const START_WORDS = set('start boot avvia accendi');
export const STOP_WORDS = set('stop shutdown halt ferma spegni');
export const REBOOT_WORDS = set('reboot restart riavvia');
export const DESTROY_WORDS = set('delete destroy remove elimina cancella distruggi rimuovi');
export const TEMPLATE_WORDS = set('templates template immagini immagine images image');
export const HELP_WORDS = set('help aiuto');
/** Words that decide a request: the interpreter never reads these, whatever else the text says. */
export const DECISION_WORDS = set(
  'approve approved approval approva approvala approvato approvata approvazione reject rejected rifiuta rifiutala rifiutato',
);

export const CORE_WORDS = set('core cores cpu cpus vcpu vcpus processore processori');
export const MEMORY_WORDS = set('ram memory mem memoria');
export const DISK_WORDS = set('disk disks storage disco dischi hdd ssd');
export const SIZE_UNITS = set('g gb gib gig gigs giga m mb mib t tb tib');
export const NAME_MARKERS = set('called named name chiamata chiamato chiamate chiamati nome');
export const NODE_MARKERS = set('on su sul node nodo');
export const TEMPLATE_MARKERS = set('template image immagine from');

export const OS_FAMILIES = set('ubuntu debian rocky alma almalinux centos fedora alpine opensuse suse arch');

/** Configure roles people ask for by name. */
export const ROLES: Readonly<Record<string, string>> = {
  nginx: 'nginx',
  apache: 'apache',
  docker: 'docker',
  postgres: 'postgres',
  postgresql: 'postgres',
  mysql: 'mysql',
  mariadb: 'mariadb',
  redis: 'redis',
  haproxy: 'haproxy',
};

/** Words that carry no meaning for the request: politeness, articles, links. Anything else must be read. */
export const FILLERS = set(
  `please pls kindly can could would you i me us we just some new fresh with and plus also of the a an each every
   one per favore piacere puoi potresti potete mi ci noi con e ed anche di del della dello dei delle degli da il lo la
   le gli un uno una nuova nuove nuovo nuovi ciascuna ciascuno ognuna ognuno ogni testa hi hello hey ciao thanks thank
   grazie qual è s d ll m it them installed running installato installata installati con vm virtual virtuale virtuali what which
   are there do have is available quali quale ci sono ho abbiamo disponibili che all tutte tutti`,
);
