import { parseSizeMiB } from '../domain/size.ts';
import { parseDurationMs } from './durations.ts';
import { Secret } from './secret.ts';
import type { Setting } from './settings.ts';

export type Value = string | number | boolean | string[] | Secret;
export type Parsed = { ok: true; value: Value } | { ok: false; expected: string };

const TRUE = ['1', 'true', 'yes', 'on'];
const FALSE = ['0', 'false', 'no', 'off'];

/** Parses one raw setting value (from the environment or YAML) into its typed form. */
export function parseValue(setting: Setting, raw: unknown): Parsed {
  const text = Array.isArray(raw) ? raw.join(',') : String(raw).trim();
  switch (setting.kind) {
    case 'secret':
      return text ? { ok: true, value: new Secret(text) } : { ok: false, expected: 'a non-empty value' };
    case 'boolean':
      if (TRUE.includes(text.toLowerCase())) return { ok: true, value: true };
      if (FALSE.includes(text.toLowerCase())) return { ok: true, value: false };
      return { ok: false, expected: 'true or false' };
    case 'integer':
      return /^\d+$/.test(text) && Number(text) <= 2 ** 31
        ? { ok: true, value: Number(text) }
        : { ok: false, expected: 'a whole number such as 4' };
    case 'size': {
      const mib = parseSizeMiB(text);
      return mib === undefined
        ? { ok: false, expected: 'a size such as 2G, 2048M or 2 GiB' }
        : { ok: true, value: mib };
    }
    case 'duration': {
      if (setting.canBeOff && text.toLowerCase() === 'off') return { ok: true, value: 0 };
      const ms = parseDurationMs(text);
      if (ms !== undefined) return { ok: true, value: ms };
      return {
        ok: false,
        expected: `a duration such as 30s, 5m or 24h${setting.canBeOff ? ', or off' : ''}`,
      };
    }
    case 'url':
      return URL.canParse(text) && /^(https?|rediss?|postgres(ql)?):/.test(text)
        ? { ok: true, value: text.replace(/\/+$/, '') }
        : { ok: false, expected: 'a URL such as https://host:8006' };
    case 'list':
      return { ok: true, value: text.split(/[\s,]+/).filter(Boolean) };
    case 'path':
      return text ? { ok: true, value: text } : { ok: false, expected: 'a file or directory path' };
    case 'string':
      if (setting.choices && !setting.choices.includes(text)) {
        return { ok: false, expected: `one of ${setting.choices.join(', ')}` };
      }
      return text ? { ok: true, value: text } : { ok: false, expected: 'a non-empty value' };
  }
}
