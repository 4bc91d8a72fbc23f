import type { AuditEntry } from '../../domain/audit.ts';
import { DEFAULT_LANGUAGE, type Language } from '../../domain/language.ts';
import type { Request } from '../../domain/request.ts';
import { formatMiB } from '../../domain/size.ts';
import { viewMessages } from '../i18n/views-catalogue.ts';

/** The language everything about a request is said in. */
export function languageOf(request: Pick<Request, 'language'>): Language {
  return request.language ?? DEFAULT_LANGUAGE;
}

export function clockTime(iso: string): string {
  return iso.slice(11, 16);
}

export function seconds(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`;
}

export function sizeLine(
  vm: { cores: number; memoryMiB: number; diskGiB: number },
  language: Language,
): string {
  return viewMessages(language).size(vm.cores, formatMiB(vm.memoryMiB), vm.diskGiB);
}

export function shortUser(id: string): string {
  return id === 'atlas' ? 'ATLAS' : id.slice(id.indexOf(':') + 1);
}

/** One audit entry as a short context line: `14:02 bob · pressed Approve · plan 1a2b3c4d5e6f`. */
export function auditLine(entry: AuditEntry, language: Language): string {
  const messages = viewMessages(language);
  const actions: Readonly<Record<string, string>> = messages.auditActions;
  const what = Object.hasOwn(actions, entry.action) ? actions[entry.action] : entry.action;
  const plan = entry.planHash ? ` · ${messages.auditPlan(entry.planHash.slice(0, 12))}` : '';
  return `${clockTime(entry.at)} ${entry.actorName ?? shortUser(entry.actor)} · ${what}${plan}`;
}

/** The last `count` audit entries as context lines. */
export function auditLines(audit: readonly AuditEntry[], count: number, language: Language): string[] {
  return audit.slice(-count).map((entry) => auditLine(entry, language));
}
