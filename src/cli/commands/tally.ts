import { displayNames } from "../../report-entry.js";
import { renderTally, tally as count, TallyError, tallyMethods, type TallyMethod, type TallyOptions, type TallyResult } from "../../council.js";
import { nl } from "../../nl/index.js";
import type { CliWords } from "../../index.js";
import { plainNumbers } from "../../locale/format.js";
import { locale, oneOf, parse, str } from "../args.js";
import { type Paint, paint } from "../colour.js";
import { type Context, emit } from "../context.js";
import { inputError, usageError } from "../errors.js";
import { EXIT, type ExitCode } from "../exit-codes.js";
import { councilExample } from "../council-example.js";
import { readJson } from "../input.js";
import { FORMATS, type Format } from "./matrix.js";

const FORMS: Readonly<Record<string, "ranking" | "approvals" | "scores" | "grades">> = { approval: "approvals", score: "scores", "majority-judgment": "grades" };

/** The result as text for a terminal: winners, ranking, rounds and the pairwise table. */
export function tallyText(result: TallyResult, name: (id: string) => string, p: Paint, words: CliWords["tally"]): string {
  const lines = [p.bold(`${result.method}: ${result.winners.map(name).join(", ") || "-"}${result.tie ? words.tie : ""}`)];
  lines.push(`${words.ranking}: ${result.ranking.map((g) => g.map(name).join(" = ")).join(" > ")}`);
  for (const round of result.rounds ?? []) {
    const counts = Object.entries(round.counts).sort(([, a], [, b]) => b - a).map(([id, v]) => `${name(id)} ${plainNumbers.rounded(v)}`);
    const marks = [...round.elected.map((id) => p.green(`+${name(id)}`)), ...round.eliminated.map((id) => p.dim(`-${name(id)}`))];
    lines.push(`${words.round(round.round)}: ${counts.join(", ")}${marks.length === 0 ? "" : `  ${marks.join(" ")}`}`);
  }
  if (result.totals !== undefined && (result.rounds ?? []).length === 0) {
    lines.push(`${words.totals}: ${Object.entries(result.totals).sort(([, a], [, b]) => b - a).map(([id, v]) => `${name(id)} ${plainNumbers.rounded(v)}`).join(", ")}`);
  }
  if (result.pairwise !== undefined) {
    const table = result.pairwise;
    const ids = Object.keys(table);
    lines.push(`${words.pairwise}:`);
    for (const a of ids) lines.push(`  ${name(a)}: ${ids.filter((b) => b !== a).map((b) => `${name(b)} ${table[a]?.[b] ?? 0}`).join(", ")}`);
  }
  return lines.join("\n");
}

/** `tally [FILE] --method`: counts an election. */
export function tally(ctx: Context, argv: readonly string[]): ExitCode {
  const { values, positionals } = parse(ctx.command, argv, {
    method: { type: "string", short: "m" },
    seats: { type: "string" },
    quota: { type: "string" },
    strength: { type: "string" },
    format: { type: "string", short: "f" },
    out: { type: "string", short: "o" },
  });
  const json = values["json"] === true;
  if (positionals.length > 1) throw usageError(`expected at most one FILE, received ${positionals.length}`, ctx.command);
  if (str(values, "method") === undefined) throw usageError(`--method is required: one of ${tallyMethods.join(", ")}`, ctx.command);
  const method: TallyMethod = oneOf(values, "method", tallyMethods, "plurality", ctx.command);
  const format: Format = json ? "json" : oneOf(values, "format", FORMATS, "text", ctx.command);
  const lang = locale(values, ctx.command);
  const seatsText = str(values, "seats");
  if (seatsText !== undefined && !/^[1-9]\d*$/.test(seatsText)) throw usageError(`--seats must be a whole number of at least 1, received ${JSON.stringify(seatsText)}`, ctx.command);
  const quota = str(values, "quota") === undefined ? undefined : oneOf(values, "quota", ["droop", "hare"] as const, "droop", ctx.command);
  const strength = str(values, "strength") === undefined ? undefined : oneOf(values, "strength", ["winning", "margin", "ratio"] as const, "winning", ctx.command);
  const options: TallyOptions = {
    method,
    ...(seatsText === undefined ? {} : { seats: Number(seatsText) }),
    ...(quota === undefined ? {} : { quota }),
    ...(strength === undefined ? {} : { strength }),
  };
  const file = positionals[0];
  const source = file ?? "nl:council-example";
  const election = file === undefined ? councilExample(FORMS[method] ?? "ranking") : readJson(file, ctx.io);
  let result: TallyResult;
  try {
    // The election is outside data: tally validates it and reports every problem.
    result = count(election as Parameters<typeof count>[0], options);
  } catch (error) {
    if (error instanceof TallyError) {
      const misplaced = error.issues.every((i) => i.path[0] === "options");
      const lines = error.issues.map((i) => `  ${i.message} [${i.code}]`);
      const message = [`${source}: ${error.issues.length} problem${error.issues.length === 1 ? "" : "s"}`, ...lines].join("\n");
      throw misplaced ? usageError(message, ctx.command) : inputError(message);
    }
    throw error;
  }
  const { coordination, oc2, alternative } = nl.scenarios;
  const candidates: Readonly<Record<string, string>> = { coordination: coordination.name, oc2: oc2.name, alternative: alternative.name };
  const names = { ...displayNames(coordination, oc2, alternative), candidates };
  const candidate = (id: string): string => (file === undefined && Object.hasOwn(candidates, id) ? (candidates[id] ?? id) : id);
  const out = str(values, "out");
  const text =
    format === "json" ? JSON.stringify({ source, result }, null, 2)
    : format === "text" ? tallyText(result, candidate, out === undefined ? ctx.paint : paint(false), lang.cli.tally)
    : renderTally(result, { format: format === "md" ? "markdown" : format, locale: lang, standalone: true, ...(file === undefined ? { names } : {}) });
  emit(ctx, text, out);
  return EXIT.ok;
}
