// A TypeScript consumer, typechecked against the shipped declarations only: every subpath.
import { explain, parseScenario, representationMatrix as representationMatrixOf, resolve, ScenarioError, type Representation, type Scenario } from "beroepsgroep";
import { createHistory, impactOf, type History, type Impact } from "beroepsgroep/change";
import { deliberate, renderTally, type Deliberation, type TallyMethod } from "beroepsgroep/council";
import { nl, type NlDocumentName } from "beroepsgroep/nl";
import { displayNames, renderMatrix, type RenderOptions } from "beroepsgroep/report";
import { scenarioJsonSchema, type Cell } from "beroepsgroep/internal";
import { dutch } from "beroepsgroep/locale/nl";
// No import attribute: TypeScript accepts them only from module node18 on (the Node consumers use one).
import schema from "beroepsgroep/scenario.schema.json";

const scenario: Scenario = nl.scenarios.alternative;
const answer: Representation = resolve(scenario, { theme: "curriculum", region: scenario.regions[0]?.id ?? "", on: "2026-06-01" });
const status: "represented" | "contested" | "unrepresented" = answer.status;
const text: string = explain(answer, { locale: "nl" });
const same: string = explain(answer, { locale: dutch });
// @ts-expect-error a scenario is readonly all the way down
scenario.mandates.push(scenario.mandates[0]);
// @ts-expect-error the locale is "en" or "nl"
explain(answer, { locale: "de" });
const again: Scenario = parseScenario(JSON.parse(JSON.stringify(scenario)) as unknown);
const names: readonly NlDocumentName[] = nl.documentNames;
const dialect: string = schema.$schema;
const failure: ScenarioError | undefined = undefined;
const cell: Cell = { theme: answer.theme, region: answer.region, sector: answer.sector, on: answer.on };
const built: Record<string, unknown> = scenarioJsonSchema();
const council: Deliberation = deliberate({
  options: [
    { kind: "scenario", id: "coordination", name: "Coordination" },
    { kind: "scenario", id: "oc2", name: "OC 2.0" },
  ],
  participants: [{ id: "t1" }, { id: "t2", organisation: null }],
  ballots: [{ participant: "t1", ranking: ["oc2", "coordination"] }],
  tally: { method: "irv" },
});
const method: TallyMethod = "stv";
const drawn: string = renderTally(council.overall, { format: "markdown", locale: "nl" });
const pictureOptions: RenderOptions = { format: "svg", names: displayNames(scenario) };
const matrix = representationMatrixOf(scenario, { on: "2026-06-01" });
const picture: string = renderMatrix(matrix, pictureOptions);
// @ts-expect-error there is no format "png"
renderMatrix(matrix, { format: "png" });
const history: History = createHistory(scenario).apply({ type: "revoke-mandate", id: scenario.mandates[0]?.id ?? "", on: "2026-03-01" }, { author: "aob" });
const undone: Scenario = history.undo().current;
const impact: Impact = impactOf(scenario, { type: "revoke-mandate", id: scenario.mandates[0]?.id ?? "", on: "2026-03-01" }, { on: "2026-06-01" });
// @ts-expect-error a revocation needs the day it takes effect
createHistory(scenario).apply({ type: "revoke-mandate", id: "m1" });
export { again, built, cell, council, dialect, drawn, failure, history, impact, method, names, picture, same, status, text, undone };
