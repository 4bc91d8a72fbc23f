/** User text quoted back in a message, cut short so a pasted blob never floods the thread. */
export function echo(text: string, max = 40): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
