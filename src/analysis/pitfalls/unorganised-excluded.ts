import { rulesOf } from "../../governance/models.js";
import type { FindingFact } from "../finding.js";
import { type PitfallContext, hasDirectSay, teacherVoice } from "./context.js";

/**
 * The letter wants every teacher heard, organised or not. It fires when
 * unorganised teachers have no way in: no directly elected board seats, no
 * assembly open to them, and no learning community (open to any teacher in its
 * region) in a delegation. Under coordination the parties are organisations, and
 * an alternative's rules name organisations, so for them only a learning
 * community in a delegation avoids it. Severity is medium: it is the letter's
 * demand for the future, not what sank an earlier body.
 */
export function unorganisedExcluded(context: PitfallContext): FindingFact | undefined {
  const { scenario, thresholds } = context;
  const voice = teacherVoice(context);
  if (hasDirectSay(voice, thresholds) || voice.learningCommunities.length > 0) return undefined;
  const population = scenario.population;
  const unorganised = population?.unorganised ?? null;
  const teachers = population?.teachers ?? null;
  return {
    id: "unorganised-excluded",
    severity: "medium",
    evidence: { model: scenario.model.kind, route: rulesOf(scenario.model).facts(scenario.model).voice, ...voice, unorganised, teachers, minTeacherSeats: thresholds.minTeacherSeats },
  };
}
