import { rulesOf } from "../../governance/models.js";
import { indexOf } from "../../model/scenario-index.js";
import type { Representation } from "../../resolve/representation.js";
import type { FindingFact } from "../finding.js";
import { type PitfallContext, hasDirectSay, teacherVoice } from "./context.js";

/** True when a represented cell was decided by a claim scoped below the national level, one organisation's or a coalition's: a regional presence. */
function decidedInRegion(cell: Representation): boolean {
  return (
    cell.status === "represented" &&
    cell.basis.some((step) => step.outcome.kind === "won" && step.claim.role === "lead" && (step.claim.holder !== null || step.claim.coalition !== undefined) && step.claim.specificity.region > 0)
  );
}

/**
 * The OC's lesson: a body far from teachers. It fires when all three kinds of
 * closeness are missing: no regional chapters or learning communities, no direct
 * say for teachers (elected board seats, an assembly open to them), and no presence
 * in the regions (cells decided by a claim scoped below the national level).
 * Coordination and alternative models have no board or assembly, so for them it
 * comes down to learning communities and regional mandates or rules.
 */
export function distanceToTeachers(context: PitfallContext): FindingFact | undefined {
  const { scenario, matrix, thresholds } = context;
  const index = indexOf(scenario);
  const model = scenario.model;
  const chapters = (rulesOf(model).facts(model, matrix.on).body?.chapters ?? []).filter((c) => index.exists(c.organisation, matrix.on));
  const voice = teacherVoice(context);
  const regionalCells = matrix.cells.filter(decidedInRegion).length;
  const close =
    chapters.length > 0 || voice.learningCommunities.length > 0 || hasDirectSay(voice, thresholds) || regionalCells >= thresholds.minRegionalCells;
  if (close) return undefined;
  const cells = matrix.cells.length;
  return {
    id: "distance-to-teachers",
    severity: "high",
    evidence: {
      model: model.kind,
      chapters,
      ...voice,
      regionalCells,
      cells,
      minRegionalCells: thresholds.minRegionalCells,
      minTeacherSeats: thresholds.minTeacherSeats,
    },
  };
}
