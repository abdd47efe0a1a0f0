import { trustedScenario } from "../model/parse.js";
import type { Scenario } from "../model/types.js";
import type { LocaleOption } from "../locale/catalogue.js";
import { catalogueFor } from "../locale/registry.js";
import { Flowchart } from "./mermaid.js";
import { alternativeStructure, coordinationStructure, oc2Structure, OrganisationNodes } from "./structure-models.js";
import { show } from "../internal/show.js";

/** Options for {@link renderStructure}. @category Reports */
export interface StructureOptions {
  /** `en` (default), `nl` once `beroepsgroep/locale/nl` is imported, or a {@link Catalogue}. */
  readonly locale?: LocaleOption;
  /** `TB` (top to bottom, default) or `LR` (left to right). */
  readonly direction?: "TB" | "LR";
}

/**
 * Draws the organs and parties of a scenario's governance model as a Mermaid
 * flowchart: for coordination the parties, who signed the agreement and its fallback;
 * for OC 2.0 the body, its board seats (per organisation and for teachers), assembly,
 * advisory council, regional chapters, register, funding and delegations; for an
 * alternative the rules in order and the organisations each names. Node ids are
 * generated and every label is escaped, so ids and names cannot break the syntax.
 *
 * @param scenario - a scenario from {@link parseScenario}
 * @param options - the locale and the direction of the chart
 * @returns Mermaid flowchart text, ending with a newline
 * @throws {@link ScenarioError} (context `renderStructure`) when `scenario` is not a valid scenario
 *   (one not from `parseScenario` is checked and copied as it would be, never frozen or kept)
 * @throws Error starting `renderStructure:` when an option is unknown
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
  const w = catalogueFor(options.locale, fn).structure;
  const direction: unknown = options.direction ?? "TB";
  if (direction !== "TB" && direction !== "LR") throw new Error(`${fn}: direction must be "TB" or "LR", received ${show(direction)}`);
  const model = trusted.model;
  const chart = new Flowchart(direction, w.title(trusted.name, w.models[model.kind]));
  const orgs = new OrganisationNodes(chart, trusted);
  switch (model.kind) {
    case "coordination":
      coordinationStructure(chart, trusted, model, w, orgs);
      break;
    case "oc2":
      oc2Structure(chart, trusted, model, w, orgs);
      break;
    case "alternative":
      alternativeStructure(chart, trusted, model, w, orgs);
      break;
  }
  return chart.toString();
}
