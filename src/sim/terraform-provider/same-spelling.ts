// What PVE reads back may differ from what was written in ways that mean the same (sorted tags, trimmed
// text and keys). Then the state keeps the configuration's spelling, so Terraform sees no change.

/** The reference's spelling when it says the same (PVE trims text). */
export function sameText(ref: string | null, actual: string): string {
  return ref !== null && ref.trim() === actual.trim() ? ref : actual;
}

/** The reference's order when the tags are the same (PVE may sort them). */
export function sameSet(ref: string[] | null, actual: string[]): string[] {
  if (ref === null || ref.length !== actual.length) return actual;
  return ref.every((tag) => actual.includes(tag)) ? ref : actual;
}

/** The reference's spelling when the keys are the same but for whitespace (a trailing newline). */
export function sameKeys(ref: string[] | null, actual: string[]): string[] {
  const trimmed = ref?.map((k) => k.trim()).filter((k) => k !== '');
  return ref !== null && trimmed !== undefined && trimmed.join('\n') === actual.join('\n') ? ref : actual;
}
