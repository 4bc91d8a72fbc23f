/**
 * Names for `--count`: a name ending in digits counts on from them keeping their width
 * (`web-01` → web-01, web-02; `web-9` → web-9, web-10); any other name gets `-01`, `-02`... appended.
 */
function splitSeries(name: string): { stem: string; start: bigint; width: number } {
  const match = /^(.*?)(\d+)$/.exec(name);
  if (match)
    return {
      stem: match[1] as string,
      start: BigInt(match[2] as string),
      width: (match[2] as string).length,
    };
  return { stem: `${name}-`, start: 1n, width: 2 };
}

/** The name at `index` (0-based) of the series that `name` starts. */
export function nameAt(name: string, index: number): string {
  const { stem, start, width } = splitSeries(name);
  return `${stem}${(start + BigInt(index)).toString().padStart(width, '0')}`;
}

/** The names `--count count` makes from `name`; a count of 1 keeps the name as typed. */
export function expandNames(name: string, count: number): string[] {
  if (count === 1) return [name];
  return Array.from({ length: count }, (_, index) => nameAt(name, index));
}
