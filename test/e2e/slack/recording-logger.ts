import type { Logger } from '../../../src/ports/logger.ts';

export interface LogEntry {
  level: 'debug' | 'info' | 'warn' | 'error';
  fields: Record<string, unknown>;
  message: string;
}

/** A Logger that keeps every entry, so tests can check what an operator would read. */
export class RecordingLogger implements Logger {
  readonly entries: LogEntry[];
  readonly #fields: Record<string, unknown>;

  constructor(entries: LogEntry[] = [], fields: Record<string, unknown> = {}) {
    this.entries = entries;
    this.#fields = fields;
  }

  debug(fields: Record<string, unknown>, message: string): void {
    this.#add('debug', fields, message);
  }
  info(fields: Record<string, unknown>, message: string): void {
    this.#add('info', fields, message);
  }
  warn(fields: Record<string, unknown>, message: string): void {
    this.#add('warn', fields, message);
  }
  error(fields: Record<string, unknown>, message: string): void {
    this.#add('error', fields, message);
  }
  child(fields: Record<string, unknown>): Logger {
    return new RecordingLogger(this.entries, { ...this.#fields, ...fields });
  }

  /** Entries at warn or error whose message matches. */
  problems(pattern: RegExp): LogEntry[] {
    return this.entries.filter((e) => (e.level === 'warn' || e.level === 'error') && pattern.test(e.message));
  }

  #add(level: LogEntry['level'], fields: Record<string, unknown>, message: string): void {
    this.entries.push({ level, fields: { ...this.#fields, ...fields }, message });
  }
}
