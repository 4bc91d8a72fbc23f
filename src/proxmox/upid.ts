/** The parts of a task id `UPID:<node>:<pid>:<pstart>:<starttime>:<type>:<id>:<user>:` that messages use. */
export interface Upid {
  node: string;
  type: string;
  id: string;
}

export function parseUpid(upid: string): Upid | undefined {
  const parts = upid.split(':');
  if (parts[0] !== 'UPID' || parts.length < 8) return undefined;
  return { node: parts[1] ?? '', type: parts[5] ?? '', id: parts[6] ?? '' };
}

export function isUpid(value: unknown): value is string {
  return typeof value === 'string' && parseUpid(value) !== undefined;
}

/** `qmclone of 9000 on pve1`, or the raw id when it does not parse. */
export function describeTask(upid: string): string {
  const parsed = parseUpid(upid);
  if (!parsed) return `task ${upid}`;
  return `${parsed.type}${parsed.id ? ` of ${parsed.id}` : ''} on ${parsed.node}`;
}
