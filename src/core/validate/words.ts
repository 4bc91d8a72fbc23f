/** How a language joins a list of names: `and`, `5 more`. */
export interface ListWords {
  and: string;
  more: (count: number) => string;
}

/** `web-01`, `web-01 and web-02`, `web-01, web-02 and 5 more`, with the words of a language. */
export function listNames(names: readonly string[], words: ListWords, max = 3): string {
  if (names.length <= 1) return names[0] ?? '';
  if (names.length > max)
    return `${names.slice(0, max - 1).join(', ')} ${words.and} ${words.more(names.length - (max - 1))}`;
  return `${names.slice(0, -1).join(', ')} ${words.and} ${names.at(-1)}`;
}

/** Free memory as a person reads it: `6.5 GiB`, `700 MiB`. */
export function formatFree(mib: number): string {
  const whole = Math.max(0, Math.floor(mib));
  if (whole < 1024) return `${whole} MiB`;
  return `${(whole / 1024).toFixed(1).replace(/\.0$/, '')} GiB`;
}

/** Groups items by a key, keeping first-seen order. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}
