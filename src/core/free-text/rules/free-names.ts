import { expandNames } from '../../grammar/name-series.ts';

/**
 * Names for VMs nobody named: `stem-01`, `stem-02`... starting at the first number where the whole series
 * is free, so the command does not clash with VMs that exist. The first name carries the series.
 */
export function freeSeriesStart(stem: string, count: number, taken: ReadonlySet<string>): string {
  for (let start = 1; start < 1000; start += 1) {
    const first = `${stem}-${String(start).padStart(2, '0')}`;
    if (
      expandNames(first, Math.max(count, 2))
        .slice(0, count)
        .every((name) => !taken.has(name))
    )
      return first;
  }
  return `${stem}-01`;
}
