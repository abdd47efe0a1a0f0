import { renderStructure } from "../../report-entry.js";
import { locale, oneOf, parse, str } from "../args.js";
import { type Context, print, printJson } from "../context.js";
import { usageError } from "../errors.js";
import { EXIT, type ExitCode } from "../exit-codes.js";
import { loadScenario } from "../input.js";

/** `structure [FILE]`: the model's organs and parties as Mermaid. */
export function structure(ctx: Context, argv: readonly string[], ): ExitCode {
  const { values, positionals } = parse(ctx.command, argv, { direction: { type: "string" }, scenario: { type: "string" } });
  const json = values["json"] === true;
  if (positionals.length > 1) throw usageError(`expected at most one FILE, received ${positionals.length}`, ctx.command);
  const direction = oneOf(values, "direction", ["TB", "LR"] as const, "TB", ctx.command);
  const lang = locale(values, ctx.command);
  const { source, scenario } = loadScenario(positionals[0], str(values, "scenario"), ctx.io, ctx.command);
  const mermaid = renderStructure(scenario, { locale: lang, direction });
  if (json) printJson(ctx, { source, model: scenario.model.kind, mermaid });
  else print(ctx, mermaid);
  return EXIT.ok;
}
