import { createWriteStream } from 'node:fs';
import { pino } from 'pino';
import type { Logger } from '../ports/logger.ts';
import { createPrettyStream } from './pretty-stream.ts';
import { redactFields } from './redact.ts';
import { defaultSanitizer, type Sanitizer } from './sanitizer.ts';

export type LogLevel = 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal' | 'silent';

export interface LoggerOptions {
  level: LogLevel;
  /** Short human lines instead of JSON: for a terminal, not for log collectors. */
  pretty?: boolean;
  /** A stream, or a file descriptor (1 = stdout, the default; 2 = stderr). */
  destination?: NodeJS.WritableStream | number;
  /** Defaults to the process-wide sanitizer that configured secrets are registered in. */
  sanitizer?: Sanitizer;
  /** Fields on every line, e.g. `{ service: 'atlas', role: 'worker' }`. */
  base?: Record<string, unknown>;
}

/**
 * The Logger port on pino. Every field (at any depth) and every message passes redaction: values
 * under secret-looking keys become `***`, and strings are scrubbed of registered secrets and known
 * token shapes before pino sees them.
 */
export function createLogger(options: LoggerOptions): Logger {
  const sanitizer = options.sanitizer ?? defaultSanitizer;
  const base = options.base === undefined ? undefined : redactFields(options.base, sanitizer);
  const instance = pino(
    {
      level: options.level,
      // Errors arrive already turned into plain, sanitized objects by redactFields.
      serializers: { err: keep, error: keep },
      ...(base === undefined ? {} : { base }),
    },
    destinationFor(options),
  );
  return wrap(instance, sanitizer);
}

function keep(value: unknown): unknown {
  return value;
}

function wrap(instance: pino.Logger, sanitizer: Sanitizer): Logger {
  const write =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (fields: Record<string, unknown>, message: string): void => {
      if (!instance.isLevelEnabled(level)) return;
      instance[level](redactFields(fields, sanitizer), sanitizer.sanitize(message));
    };
  return {
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    child: (fields) => wrap(instance.child(redactFields(fields, sanitizer)), sanitizer),
  };
}

function destinationFor(options: LoggerOptions): pino.DestinationStream {
  const target = options.destination ?? 1;
  if (options.pretty === true) return createPrettyStream(writableFor(target));
  if (typeof target === 'number') return pino.destination({ dest: target, sync: true });
  return target as pino.DestinationStream;
}

function writableFor(target: NodeJS.WritableStream | number): NodeJS.WritableStream {
  if (typeof target !== 'number') return target;
  if (target === 1) return process.stdout;
  if (target === 2) return process.stderr;
  return createWriteStream('', { fd: target });
}
