// A TypeScript consumer, typechecked against the shipped declarations only.
import { explain, parseScenario, resolve, type Representation, type Scenario } from "beroepsgroep";
import { nl } from "beroepsgroep/nl";

const scenario: Scenario = nl.scenarios.alternative;
const answer: Representation = resolve(scenario, { theme: "curriculum", region: scenario.regions[0]?.id ?? "", on: "2026-06-01" });
const status: "represented" | "contested" | "unrepresented" = answer.status;
const text: string = explain(answer, { locale: "nl" });
// @ts-expect-error a scenario is readonly all the way down
scenario.mandates.push(scenario.mandates[0]);
const again: Scenario = parseScenario(JSON.parse(JSON.stringify(scenario)) as unknown);
export { again, status, text };
