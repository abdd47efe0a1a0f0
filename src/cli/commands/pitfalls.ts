import { findPitfalls } from "../../index.js";
import { day, locale, parse, str } from "../args.js";
import { type Context, print, printJson } from "../context.js";
import { usageError } from "../errors.js";
import { EXIT, type ExitCode } from "../exit-codes.js";
import { loadScenario } from "../input.js";
import { guardQuery } from "./guard.js";

/** `pitfalls [FILE] --on`: the lessons of history a scenario repeats; exit 1 when there are any. */
export function pitfalls(ctx: Context, argv: readonly string[], ): ExitCode {
  const { values, positionals } = parse(ctx.command, argv, { on: { type: "string" }, scenario: { type: "string" } });
  const json = values["json"] === true;
  if (positionals.length > 1) throw usageError(`expected at most one FILE, received ${positionals.length}`, ctx.command);
  const on = day(values, ctx.command);
  const lang = locale(values, ctx.command);
  const { source, scenario } = loadScenario(positionals[0], str(values, "scenario"), ctx.io, ctx.command);
  const findings = guardQuery(ctx.command, () => findPitfalls(scenario, { on, locale: lang }));
  if (json) {
    printJson(ctx, { source, on, findings });
  } else if (findings.length === 0) {
    print(ctx, ctx.paint.green(lang.cli.noPitfalls(source, on)));
  } else {
    const p = ctx.paint;
    const lines = [p.bold(lang.cli.pitfalls(findings.length, source, on))];
    for (const f of findings) {
      const severity = f.severity === "high" ? p.red(f.severity) : f.severity === "medium" ? p.yellow(f.severity) : p.dim(f.severity);
      lines.push(`[${severity}] ${p.bold(f.id)}: ${f.message}`);
    }
    print(ctx, lines.join("\n"));
  }
  return findings.length === 0 ? EXIT.ok : EXIT.problems;
}
