import type { Language } from '../../domain/language.ts';

export { isLanguage, LANGUAGES, type Language } from '../../domain/language.ts';

const WORDS: Record<Language, ReadonlySet<string>> = {
  en: new Set(
    'a an the and with for of to on in at is are there please need needs want create make spin up build give me my it its each every two three four five six seven eight nine ten called named list show start stop reboot restart delete destroy remove which what how status templates template instead also more less than memory disk node boxes box machine machines server servers vms thanks hello hi can could would should just only one'.split(
      ' ',
    ),
  ),
  it: new Set(
    'il lo la i gli le un uno una e ed con per di da del della dei delle degli su sul sulla nel nella mi ci serve servono servirebbe vorrei voglio crea creami creare fammi fai dammi due tre quattro cinque sei sette otto nove dieci chiamata chiamato chiamate chiamati nome elenca elencami mostra mostrami avvia accendi ferma spegni riavvia elimina cancella rimuovi distruggi quali quale quanti come stato sono che invece anche più meno ogni ciascuna ciascuno macchina macchine disco memoria nodo grazie ciao puoi potresti dovrei solo rendila rendile portala portale aggiungi'.split(
      ' ',
    ),
  ),
};

/**
 * The language a message is written in, by counting common words of each; `fallback` when the message
 * gives no sign (a name, a number, "ok").
 */
export function detectLanguage(text: string, fallback: Language = 'en'): Language {
  const words = text.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  const score = (language: Language) => words.filter((w) => WORDS[language].has(w)).length;
  const en = score('en');
  const it = score('it');
  if (it > en) return 'it';
  if (en > it) return 'en';
  return fallback;
}

/** The language's English name, for telling the model which language to write in. */
export function languageName(language: Language): string {
  return language === 'it' ? 'Italian' : 'English';
}
