/** Lays rows out as aligned columns for a terminal; `paint` styles a cell after its width is counted. */
export function textTable(rows: readonly (readonly string[])[], paint: (text: string, row: number, col: number) => string = (t) => t): string {
  const width = (s: string): number => Array.from(s).length;
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, width(cell))));
  return rows
    .map((row, r) =>
      row
        .map((cell, c) => {
          const padded = c === row.length - 1 ? cell : cell + " ".repeat((widths[c] ?? 0) - width(cell));
          return paint(padded, r, c);
        })
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}
