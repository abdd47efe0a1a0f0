// Checked by `npm run typecheck`: the written-out model types say what their zod schemas accept.
// The other model types are derived from their schemas (src/model/types.ts) and cannot drift.
import { expectTypeOf } from "vitest";
import { parseScenario, resolve } from "../../src/index.js";
import type { AlternativeModel, GovernanceModel, Organisation, Rule, Scenario, ScenarioDocument } from "../../src/index.js";
import type { DocumentOf } from "../../src/model/document-type.js";
import type { alternativeModelSchema, governanceModelSchema, ruleSchema } from "../../src/model/schema/governance-model.js";
import type { scenarioSchema } from "../../src/model/schema/scenario.js";

expectTypeOf<DocumentOf<typeof scenarioSchema>>().toEqualTypeOf<ScenarioDocument>();
// A parsed scenario is a document; a document is not a parsed scenario, so it cannot be resolved without parsing.
expectTypeOf<Scenario>().toExtend<ScenarioDocument>();
expectTypeOf<ScenarioDocument>().not.toExtend<Scenario>();
declare const doc: ScenarioDocument;
// @ts-expect-error: resolve takes what parseScenario made, not a document
resolve(doc, { theme: "t", region: "r", on: "2025-01-01" });
resolve(parseScenario(doc), { theme: "t", region: "r", on: "2025-01-01" });
expectTypeOf<DocumentOf<typeof governanceModelSchema>>().toEqualTypeOf<GovernanceModel>();
expectTypeOf<DocumentOf<typeof alternativeModelSchema>>().toEqualTypeOf<AlternativeModel>();
expectTypeOf<DocumentOf<typeof ruleSchema>>().toEqualTypeOf<Rule>();

// Derived types stay deeply readonly and keep optional fields without `| undefined`.
declare const organisation: Organisation;
// @ts-expect-error: a model value is readonly
organisation.name = "x";
// @ts-expect-error: its lists are readonly too
organisation.sectors.push("po");
// @ts-expect-error: an optional field holds a value when present (exactOptionalPropertyTypes)
const cleared: Organisation = { ...organisation, shortName: undefined };
expectTypeOf(cleared).toEqualTypeOf<Organisation>();
