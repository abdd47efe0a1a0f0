/** Prints benchmark rows as one Markdown table. */
import type { BenchRow } from "./lib.js";

/** A time in milliseconds with three significant digits, in plain notation. */
export function formatMs(ms: number): string {
  if (Number.isNaN(ms)) return "";
  if (ms >= 100) return ms.toFixed(0);
  if (ms >= 1) return ms.toPrecision(3);
  return ms.toPrecision(3).replace(/e.*$/, "");
}

/** A ratio with a sensible number of digits. */
export function formatRatio(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (value >= 1000) return value.toExponential(1).replace("e+", "e");
  if (value >= 10) return value.toFixed(0);
  return value.toFixed(2);
}

function cell(text: string): string {
  return text.replaceAll("|", "\\|");
}

/** The rows as a Markdown table: suite, case, median ms, runs, ratio, target, met?, note. */
export function formatTable(rows: readonly BenchRow[]): string {
  const lines = ["| suite | case | median ms | runs | ratio | target | met? | note |", "| --- | --- | ---: | ---: | --- | --- | --- | --- |"];
  for (const row of rows) {
    const ratio = row.ratio === undefined ? "" : `${formatRatio(row.ratio.value)}x ${row.ratio.against}`;
    const met = row.ratio?.met === undefined ? "" : row.ratio.met ? "yes" : "**no**";
    const fields = [row.suite, row.name, formatMs(row.medianMs), String(row.runs), ratio, row.ratio?.target ?? "", met, row.note ?? ""];
    lines.push(`| ${fields.map(cell).join(" | ")} |`);
  }
  return lines.join("\n");
}
