import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import type { Logger } from '../../ports/logger.ts';

const REFUSED = /verify|signature|stale/i;

/** Bolt's and the Web API client's logging, into ATLAS's logger (which redacts tokens). */
export function boltLogger(logger: Logger, level: LogLevel = LogLevel.INFO): BoltLogger {
  let current = level;
  let source = 'slack';
  const write =
    (at: 'debug' | 'info' | 'warn' | 'error') =>
    (...parts: unknown[]): void => {
      const errors = parts.filter((p): p is Error => p instanceof Error);
      const message = parts
        .map((p) => (p instanceof Error ? p.message : typeof p === 'string' ? p : JSON.stringify(p)))
        .join(' ');
      const fields: Record<string, unknown> = { source };
      if (errors[0]) fields.err = errors[0];
      if (at === 'warn' && REFUSED.test(message)) {
        fields.hint =
          'A request to /slack/events was refused: check SLACK_SIGNING_SECRET against the app settings and that this machine keeps the right time.';
      }
      logger[at](fields, message);
    };
  return {
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    setLevel: (next) => {
      current = next;
    },
    getLevel: () => current,
    setName: (name) => {
      source = name;
    },
  };
}
