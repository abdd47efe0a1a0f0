import { type Catalogue, representationMatrix, type RepresentationMatrix, type Scenario } from "../../index.js";
import { displayNames, renderMatrix } from "../../report-entry.js";
import { day, known, list, locale, oneOf, parse, str } from "../args.js";
import { type Paint, paint } from "../colour.js";
import { type Context, emit } from "../context.js";
import { usageError } from "../errors.js";
import { EXIT, type ExitCode } from "../exit-codes.js";
import { loadScenario } from "../input.js";
import { textTable } from "../text-table.js";
import { answerText, isJoint } from "./answer-text.js";

export const FORMATS = ["text", "md", "markdown", "html", "svg", "json"] as const;
export type Format = (typeof FORMATS)[number];

/** The matrix as text tables for a terminal: ids on the axes, short names in the cells (a coalition's joined by `+`, its spokesperson marked `*`). */
export function matrixText(matrix: RepresentationMatrix, scenario: Scenario, p: Paint, lang: Catalogue): string {
  const names = displayNames(scenario).organisations ?? {};
  const name = (id: string): string => (Object.hasOwn(names, id) ? (names[id] ?? id) : id);
  const out: string[] = [];
  const words = lang.cli.matrix;
  let joint = false;
  for (const sector of matrix.sectors) {
    const rows: string[][] = [[words.theme, ...matrix.regions]];
    const status: string[][] = [[]];
    for (const theme of matrix.themes) {
      const row = [theme];
      const st = [""];
      for (const region of matrix.regions) {
        const cell = matrix.cells.find((c) => c.theme === theme && c.region === region && c.sector === sector);
        st.push(cell?.status ?? "");
        if (cell !== undefined && isJoint(cell)) joint = true;
        row.push(cell === undefined ? "?" : answerText(cell, name));
      }
      rows.push(row);
      status.push(st);
    }
    out.push(p.bold(`${words.sector} ${sector ?? words.whole} (${matrix.on})`));
    out.push(
      textTable(rows, (text, r, c) => {
        if (r === 0 || c === 0) return p.bold(text);
        const s = status[r]?.[c];
        return s === "contested" ? p.yellow(text) : s === "unrepresented" ? p.dim(text) : text;
      }),
      "",
    );
  }
  out.push(p.dim(joint ? `${words.key}, ${words.coalitionKey}` : words.key));
  return out.join("\n");
}

/** `matrix [FILE] --on [--format] [--out]`: every cell on a day. */
export function matrix(ctx: Context, argv: readonly string[], ): ExitCode {
  const { values, positionals } = parse(ctx.command, argv, {
    on: { type: "string" },
    format: { type: "string", short: "f" },
    out: { type: "string", short: "o" },
    theme: { type: "string", multiple: true },
    region: { type: "string", multiple: true },
    sector: { type: "string", multiple: true },
    scenario: { type: "string" },
  });
  const json = values["json"] === true;
  if (positionals.length > 1) throw usageError(`expected at most one FILE, received ${positionals.length}`, ctx.command);
  const format: Format = json ? "json" : oneOf(values, "format", FORMATS, "text", ctx.command);
  const on = day(values, ctx.command);
  const lang = locale(values, ctx.command);
  const { source, scenario } = loadScenario(positionals[0], str(values, "scenario"), ctx.io, ctx.command);
  const themes = list(values, "theme");
  const regions = list(values, "region");
  const sectors = list(values, "sector");
  known("theme", themes, scenario.themes.map((t) => t.id), ctx.command);
  known("region", regions, scenario.regions.map((r) => r.id), ctx.command);
  known("sector", sectors, scenario.sectors.map((s) => s.id), ctx.command);
  const m = representationMatrix(scenario, { on, ...(themes === undefined ? {} : { themes }), ...(regions === undefined ? {} : { regions }), ...(sectors === undefined ? {} : { sectors }) });
  const out = str(values, "out");
  const names = displayNames(scenario);
  const text =
    format === "json" ? JSON.stringify({ source, matrix: m }, null, 2)
    : format === "text" ? matrixText(m, scenario, out === undefined ? ctx.paint : paint(false), lang)
    : renderMatrix(m, { format: format === "md" ? "markdown" : format, locale: lang, names, standalone: true });
  emit(ctx, text, out);
  return EXIT.ok;
}
