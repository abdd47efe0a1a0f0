// Checked by `npm run typecheck`: the unions the locale layer restates (it imports nothing from
// the layers above it, docs/architecture.md) equal their sources both ways, so a reason or method
// added on one side only fails the typecheck.
import { expectTypeOf } from "vitest";
import type { FundingReason } from "../../src/analysis/finding.js";
import type { TallyMethod } from "../../src/deliberation/tally-options.js";
import type { Exclusion } from "../../src/governance/claim.js";
import type { TallyMethodName } from "../../src/locale/council-words.js";
import type { IllegitimateReason, InactiveReason } from "../../src/locale/explain-words.js";
import type { FindingWords } from "../../src/locale/finding-words.js";

/** A kebab-case reason as the catalogue's camelCase key: "no-funding" -> "noFunding". */
type CamelCase<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<CamelCase<Tail>>}` : S;

/** The words of the funding catalogue that are not one reason's: variants and what is missing. */
type FundingExtras = "oneOffUntil" | "projectUntil" | "unknownAmount" | "unknownFte";

// The council's method names, as the deliberation layer counts them.
expectTypeOf<TallyMethodName>().toEqualTypeOf<TallyMethod>();

// Why a model set a claim aside, as the governance layer's exclusions say.
expectTypeOf<InactiveReason>().toEqualTypeOf<Extract<Exclusion, { kind: "model-inactive" }>["reason"]>();
expectTypeOf<IllegitimateReason>().toEqualTypeOf<Extract<Exclusion, { kind: "not-legitimate" }>["reason"]>();

// Why funding is fragile: one catalogue entry per reason of the analysis, and no other.
expectTypeOf<Exclude<keyof FindingWords["funding"], FundingExtras>>().toEqualTypeOf<CamelCase<FundingReason>>();
