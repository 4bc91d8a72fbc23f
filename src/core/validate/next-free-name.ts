import { VM_NAME_PATTERN } from '../../domain/names.ts';
import { nameAt } from '../grammar/name-series.ts';

/** The first name after `name` in its series that nobody uses: `web-01` → `web-02`, `web` → `web-01`. */
export function nextFreeName(name: string, taken: ReadonlySet<string>): string | undefined {
  const first = /\d$/.test(name) ? 1 : 0;
  for (let index = first; index < first + 1000; index += 1) {
    const candidate = nameAt(name, index);
    if (!VM_NAME_PATTERN.test(candidate)) return undefined;
    if (!taken.has(candidate)) return candidate;
  }
  return undefined;
}
