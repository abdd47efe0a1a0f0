// A TypeScript consumer, typechecked against the shipped declarations only: every subpath.
import { explain, parseScenario, resolve, ScenarioError, type Representation, type Scenario } from "beroepsgroep";
import { nl, type NlDocumentName } from "beroepsgroep/nl";
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
export { again, dialect, failure, names, same, status, text };
