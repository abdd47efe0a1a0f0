// Checked by `npm run typecheck`: the analysis types narrow and refuse misuse as documented.
import { expectTypeOf } from "vitest";
import type {
  ComparisonQuery,
  DistanceEvidence,
  Finding,
  FragileFundingEvidence,
  OnDayComparisonQuery,
  PitfallId,
  PitfallQuery,
  PitfallThresholds,
  Severity,
} from "../../src/index.js";
import { compareScenarios, DEFAULT_THRESHOLDS, findPitfalls, PITFALL_IDS } from "../../src/index.js";
import type { Scenario } from "../../src/model/types.js";

declare const scenario: Scenario;
declare const finding: Finding;

// A finding's id narrows its evidence.
if (finding.id === "fragile-funding") expectTypeOf(finding.evidence).toEqualTypeOf<FragileFundingEvidence>();
if (finding.id === "distance-to-teachers") expectTypeOf(finding.evidence).toEqualTypeOf<DistanceEvidence>();
expectTypeOf(finding.severity).toEqualTypeOf<Severity>();
expectTypeOf(PITFALL_IDS).toEqualTypeOf<readonly PitfallId[]>();
expectTypeOf(findPitfalls(scenario, { on: "2026-01-01" })).toEqualTypeOf<Finding[]>();

// Thresholds are all numbers; a query may override any of them, and only them.
expectTypeOf(DEFAULT_THRESHOLDS).toEqualTypeOf<PitfallThresholds>();
expectTypeOf<PitfallQuery["thresholds"]>().toEqualTypeOf<Partial<PitfallThresholds> | undefined>();
// @ts-expect-error: an unknown threshold
findPitfalls(scenario, { on: "2026-01-01", thresholds: { maxGaps: 1 } });
// @ts-expect-error: a threshold is a number
findPitfalls(scenario, { on: "2026-01-01", thresholds: { minFte: "1" } });

// The comparison query is a union whose day form stands on its own.
expectTypeOf<OnDayComparisonQuery>().toExtend<ComparisonQuery>();
compareScenarios([scenario], { on: new Date() });
// @ts-expect-error: the day form needs a day
compareScenarios([scenario], { themes: ["curriculum"] });
