import { rulesOf } from "../../governance/models.js";
import type { Finding } from "../finding.js";
import { countEn, countNl } from "../format.js";
import { type PitfallContext, hasDirectSay, teacherVoice } from "./context.js";
import { voiceWords } from "./voice-words.js";

/**
 * The letter wants every teacher heard, organised or not. It fires when
 * unorganised teachers have no way in: no directly elected board seats, no
 * assembly open to them, and no learning community (open to any teacher in its
 * region) in a delegation. Under coordination the parties are organisations, and
 * an alternative's rules name organisations, so for them only a learning
 * community in a delegation avoids it. Severity is medium: it is the letter's
 * demand for the future, not what sank an earlier body.
 */
export function unorganisedExcluded(context: PitfallContext): Finding | undefined {
  const { scenario, thresholds } = context;
  const voice = teacherVoice(context);
  if (hasDirectSay(voice, thresholds) || voice.learningCommunities.length > 0) return undefined;
  const population = scenario.population;
  const unorganised = population?.unorganised ?? null;
  const teachers = population?.teachers ?? null;
  const how = {
    parties: { en: "the parties to the agreement are organisations", nl: "de partijen bij het convenant zijn organisaties" },
    rules: { en: "the rules name only organisations", nl: "de regels noemen alleen organisaties" },
    organs: voiceWords(voice),
  }[rulesOf(scenario.model).facts(scenario.model).voice];
  const count = {
    en: unorganised === null || teachers === null ? "" : ` ${countEn(unorganised)} of ${countEn(teachers)} teachers belong to no organisation.`,
    nl: unorganised === null || teachers === null ? "" : ` ${countNl(unorganised)} van ${countNl(teachers)} leraren zijn bij geen organisatie aangesloten.`,
  };
  return {
    id: "unorganised-excluded",
    severity: "medium",
    message: {
      en: `Unorganised teachers have no say: ${how.en}, and no learning community takes part.${count.en} The letter wants all teachers, organised or not, to be heard.`,
      nl: `Ongeorganiseerde leraren hebben geen stem: ${how.nl}, en er doet geen leergemeenschap mee.${count.nl} De brief wil dat alle leraren, georganiseerd of niet, gehoord worden.`,
    },
    evidence: { model: scenario.model.kind, ...voice, unorganised, teachers, minTeacherSeats: thresholds.minTeacherSeats },
  };
}
