import { Transform, type TransformCallback } from 'node:stream';

const LEVELS: Record<number, string> = {
  10: 'TRACE',
  20: 'DEBUG',
  30: 'INFO',
  40: 'WARN',
  50: 'ERROR',
  60: 'FATAL',
};
const OMITTED = new Set(['level', 'time', 'msg', 'pid', 'hostname']);

/** `12:04:31 INFO  plan ready requestId=R-7F3K` from one pino JSON line; other lines pass unchanged. */
export function formatPrettyLine(line: string): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return line;
  }
  const time = typeof entry.time === 'number' ? new Date(entry.time).toISOString().slice(11, 19) : '--:--:--';
  const level = (LEVELS[Number(entry.level)] ?? String(entry.level)).padEnd(5);
  const fields = Object.entries(entry)
    .filter(([key]) => !OMITTED.has(key))
    .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`);
  return [time, level, String(entry.msg ?? ''), ...fields].join(' ');
}

/** A stream that turns pino's JSON lines into short human lines for a terminal. */
export function createPrettyStream(out: NodeJS.WritableStream): Transform {
  let rest = '';
  const stream = new Transform({
    transform(chunk: Buffer | string, _encoding: BufferEncoding, done: TransformCallback) {
      const lines = (rest + chunk.toString()).split('\n');
      rest = lines.pop() ?? '';
      done(null, lines.map((line) => `${formatPrettyLine(line)}\n`).join(''));
    },
    flush(done: TransformCallback) {
      done(null, rest === '' ? '' : `${formatPrettyLine(rest)}\n`);
    },
  });
  stream.pipe(out);
  return stream;
}
