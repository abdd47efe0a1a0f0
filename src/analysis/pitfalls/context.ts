import { rulesOf } from "../../governance/models.js";
import { sortedUnique } from "../../internal/compare-ids.js";
import type { Scenario } from "../../model/types.js";
import type { RepresentationMatrix } from "../../resolve/matrix.js";
import type { ScenarioAnalysis } from "../analyse-scenario.js";
import type { FindingFact, TeacherVoice } from "../finding.js";
import type { PitfallThresholds } from "../thresholds.js";

/** What every pitfall check reads: the scenario, its resolved matrix and analysis, and the thresholds. */
export interface PitfallContext {
  readonly scenario: Scenario;
  readonly matrix: RepresentationMatrix;
  readonly analysis: ScenarioAnalysis;
  readonly thresholds: PitfallThresholds;
}

/** One pitfall check: a finding, or undefined when the scenario avoids the pitfall. */
export type PitfallCheck = (context: PitfallContext) => FindingFact | undefined;

/** The say teachers have themselves on the day: board seats and an open assembly as in force then, learning communities in delegations. */
export function teacherVoice(context: PitfallContext): TeacherVoice {
  const { scenario, analysis, matrix } = context;
  const kinds = new Map(scenario.organisations.map((o) => [o.id, o.kind]));
  const learningCommunities = sortedUnique(analysis.reach.delegations.filter((id) => kinds.get(id) === "learning-community"));
  const body = rulesOf(scenario.model).facts(scenario.model, matrix.on).body;
  if (body === undefined) return { teacherSeats: null, assemblyOpenToUnorganised: null, learningCommunities };
  return {
    teacherSeats: body.board === undefined ? null : (body.board.teacherSeats ?? 0),
    assemblyOpenToUnorganised: body.assembly?.openToUnorganised ?? null,
    learningCommunities,
  };
}

/** True when teachers can speak for themselves in the model's organs: enough elected seats, or an open assembly. */
export function hasDirectSay(voice: TeacherVoice, thresholds: PitfallThresholds): boolean {
  return (voice.teacherSeats ?? 0) >= thresholds.minTeacherSeats || voice.assemblyOpenToUnorganised === true;
}
