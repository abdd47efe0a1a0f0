import { type CliWords, formatPath, safeParseScenario, type ScenarioIssue } from "../../index.js";
import { nl } from "../../nl/index.js";
import { locale, parse, str } from "../args.js";
import { type Context, print, printJson } from "../context.js";
import { CliError, usageError } from "../errors.js";
import { EXIT, type ExitCode } from "../exit-codes.js";
import { datasetNames, readJson, withoutPath } from "../input.js";

interface Checked {
  readonly source: string;
  readonly valid: boolean;
  readonly summary?: string;
  readonly issues: readonly { code: string; path: readonly (string | number)[]; location: string; message: string }[];
}

function check(source: string, read: () => unknown, words: CliWords["validate"]): Checked {
  let input: unknown;
  try {
    input = read();
  } catch (error) {
    if (error instanceof CliError) return { source, valid: false, issues: [{ code: "unreadable_file", path: [], location: "(file)", message: error.message }] };
    throw error;
  }
  const result = safeParseScenario(input);
  if (result.success) {
    const s = result.data;
    return { source, valid: true, summary: words.summary(s.name, s.model.kind, s.organisations.length, s.mandates.length), issues: [] };
  }
  const issues = result.error.issues.map((i: ScenarioIssue) => ({ code: i.code, path: i.path, location: formatPath(i.path), message: i.message }));
  return { source, valid: false, issues };
}

/** `validate [FILE...]`: every problem of each document, with its path. */
export function validate(ctx: Context, argv: readonly string[], ): ExitCode {
  const { values, positionals } = parse(ctx.command, argv, { scenario: { type: "string" } });
  const json = values["json"] === true;
  const words = locale(values, ctx.command).cli.validate;
  const name = str(values, "scenario");
  if (name !== undefined && positionals.length > 0) throw usageError("give FILEs or --scenario, not both", ctx.command);
  const names: readonly string[] = datasetNames();
  if (name !== undefined && !names.includes(name)) throw usageError(`unknown --scenario ${JSON.stringify(name)}; expected one of ${names.join(", ")}`, ctx.command);
  const results =
    positionals.length > 0
      ? positionals.map((file) => check(file, () => readJson(file, ctx.io), words))
      : (name === undefined ? nl.documentNames : nl.documentNames.filter((n) => n === name)).map((n) => check(`nl:${n}`, () => nl.document(n), words));
  const ok = results.every((r) => r.valid);
  if (json) {
    printJson(ctx, { valid: ok, results });
  } else {
    const p = ctx.paint;
    // The marks line up: each is padded to the longer one and two spaces.
    const width = Math.max(words.valid.length, words.invalid.length) + 2;
    const mark = (word: string, colour: (s: string) => string): string => `${colour(word)}${" ".repeat(width - word.length)}`;
    const lines: string[] = [];
    for (const r of results) {
      if (r.valid) {
        lines.push(`${mark(words.valid, p.green)}${r.source}: ${r.summary ?? ""}`);
      } else {
        lines.push(`${mark(words.invalid, p.red)}${r.source}: ${words.problems(r.issues.length)}`);
        for (const issue of r.issues) {
          lines.push(`  ${p.bold(issue.location)}: ${withoutPath(issue.message)} ${p.dim(`[${issue.code}]`)}`);
        }
      }
    }
    print(ctx, lines.join("\n"));
  }
  return ok ? EXIT.ok : EXIT.problems;
}
