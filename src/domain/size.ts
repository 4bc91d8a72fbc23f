/**
 * Sizes as people type them: `2G`, `2048M`, `2 GiB`, `1.5g`, `512MB`, `1T`. Binary units throughout,
 * as Proxmox uses them. Returns mebibytes, or undefined when the text is not a size.
 */
const UNITS: Record<string, number> = {
  m: 1,
  mb: 1,
  mib: 1,
  g: 1024,
  gb: 1024,
  gib: 1024,
  t: 1024 * 1024,
  tb: 1024 * 1024,
  tib: 1024 * 1024,
};

export function parseSizeMiB(text: string, defaultUnit: 'm' | 'g' = 'g'): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(text);
  if (!match?.[1]) return undefined;
  const unit = (match[2] ?? '').toLowerCase() || defaultUnit;
  const factor = UNITS[unit];
  if (factor === undefined) return undefined;
  const mib = Number(match[1]) * factor;
  return Number.isFinite(mib) && Number.isInteger(mib) && mib > 0 ? mib : undefined;
}

export function formatMiB(mib: number): string {
  if (mib % (1024 * 1024) === 0) return `${mib / (1024 * 1024)} TiB`;
  if (mib % 1024 === 0) return `${mib / 1024} GiB`;
  return `${mib} MiB`;
}
