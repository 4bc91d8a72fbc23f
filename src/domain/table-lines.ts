/**
 * A ThreadView table as aligned monospace lines: the column names, then one line per row, columns two
 * spaces apart, no trailing blanks. Every chat renderer shows tables this way. Pure.
 */
export function tableLines(columns: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = columns.map((c, i) => Math.max(c.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(columns), ...rows.map(line)];
}
