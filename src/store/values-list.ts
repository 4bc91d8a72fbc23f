/**
 * The VALUES list of a multi-row INSERT, `($1, $2::jsonb), ($3, $4::jsonb)`, and its parameters.
 * `casts` holds one cast per column (`''` for none).
 */
export function valuesList(
  rows: readonly (readonly unknown[])[],
  casts: readonly string[],
): { text: string; params: unknown[] } {
  const params: unknown[] = [];
  const tuples = rows.map((row) => {
    const first = params.length;
    params.push(...row);
    return `(${casts.map((cast, i) => `$${first + i + 1}${cast}`).join(', ')})`;
  });
  return { text: tuples.join(', '), params };
}
