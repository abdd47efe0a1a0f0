import { rulesOf } from "../governance/models.js";
import type { StructureWords } from "../locale/structure-words.js";
import { trustedScenario } from "../model/trusted-scenario.js";
import type { IsoDate, Scenario } from "../model/types.js";
import type { LocaleOption } from "../locale/catalogue.js";
import { checkArgument } from "../model/argument-schemas.js";
import { structureOptionsSchema } from "./option-schemas.js";
import { Flowchart } from "./mermaid.js";
import { agreementStructure, bodyStructure, coalitionsStructure, fundingStructure, OrganisationNodes, rulesStructure } from "./structure-models.js";

/** Options for {@link renderStructure}. @category Reports */
export interface StructureOptions {
  /** `en` (default), `nl` once `beroepsgroep/locale/nl` is imported, or a {@link index!Catalogue}. */
  readonly locale?: LocaleOption;
  /** `TB` (top to bottom, default) or `LR` (left to right). */
  readonly direction?: "TB" | "LR";
  /**
   * The day whose facts to draw, `YYYY-MM-DD` or a `Date`: an OC 2.0 body's board, assembly
   * and register written as dated lists are drawn as in force then. Left out, each is drawn
   * as at its latest change, and the chart says that periods exist.
   */
  readonly on?: IsoDate | Date;
}

/**
 * Draws the organs and parties of a scenario's governance model as a Mermaid
 * flowchart: for coordination the parties, who signed the agreement and its fallback;
 * for OC 2.0 the body, its board seats (per organisation and for teachers), assembly,
 * advisory council, regional chapters, register, funding and delegations; for an
 * alternative the rules in order and the organisations each names; under every model, every
 * mandate held by a coalition (one node, an edge from each holder, the spokesperson's marked), and the
 * scenario's funding periods and what each pays for. Node ids are
 * generated and every label is escaped, so ids and names cannot break the syntax.
 *
 * @param scenario - a scenario made by the library
 *   ({@link index!parseScenario}, {@link index!safeParseScenario}, `applyChange` or a history)
 * @param options - the locale and the direction of the chart
 * @returns Mermaid flowchart text, ending with a newline
 * @throws {@link index!ScenarioError} (context `renderStructure`, one issue with code `not_parsed`) when `scenario` was not
 *   made by the library; it is refused, never checked, copied, frozen or kept
 * @throws Error starting `renderStructure:` for options that are not an object, an unknown option, locale or direction
 * @example
 * ```ts
 * const mermaid = renderStructure(scenario);
 * mermaid.split("\n")[0]; // => "flowchart TB"
 * ```
 * @category Reports
 */
export function renderStructure(scenario: Scenario, options: StructureOptions = {}): string {
  const fn = "renderStructure";
  const trusted = trustedScenario(scenario, fn);
  const { locale, direction, on } = checkArgument(structureOptionsSchema, options, fn);
  const w = locale.structure;
  const model = trusted.model;
  // The model's name is a word of the catalogue; a model the catalogue does not name yet shows its kind.
  const chart = new Flowchart(direction, w.title(trusted.name, modelName(w, model.kind)));
  const orgs = new OrganisationNodes(chart, trusted);
  // Each part the model says it has is drawn; no part is drawn by the model's kind.
  const facts = rulesOf(model).facts(model, on);
  if (facts.agreement !== undefined) agreementStructure(chart, trusted, facts.agreement, w, orgs);
  if (facts.body !== undefined) bodyStructure(chart, trusted, facts.body, w, orgs, on);
  if (facts.rules !== undefined) rulesStructure(chart, trusted, facts.rules, w, orgs);
  coalitionsStructure(chart, trusted, facts.body?.body, w, orgs);
  fundingStructure(chart, trusted, facts.funded, w, orgs);
  return chart.toString();
}

function modelName(w: StructureWords, kind: string): string {
  return Object.hasOwn(w.models, kind) ? w.models[kind as keyof StructureWords["models"]] : kind;
}
