import { indexOf } from "../../model/scenario-index.js";
import type { Finding, InsufficientMembersEvidence } from "../finding.js";
import { countEn, countNl, percentEn, percentNl } from "../format.js";
import { reachOf } from "../reach.js";
import type { PitfallContext } from "./context.js";

/**
 * The LC's lesson: too few members to speak for the profession. It counts the
 * reach (by the reach rule) of the delegations on professional themes, since pay
 * and working conditions stay with the unions under every model; with no
 * professional theme among the cells it counts every cell. It fires when that
 * reach falls below `minMemberShare` of the teachers (when the population is known)
 * or below `minMembers`. Severity is high when every organisation counted has a
 * figure, medium when some have none (the reach may then be understated). It
 * reads only delegations, so it means the same for every model.
 */
export function insufficientMembers({ scenario, matrix, thresholds }: PitfallContext): Finding | undefined {
  const index = indexOf(scenario);
  const professional = matrix.cells.filter((cell) => index.themeKind(cell.theme) === "professional");
  const themes = professional.length > 0 ? "professional" : "all";
  const cells = themes === "professional" ? professional : matrix.cells;
  const reach = reachOf(scenario, matrix.on, cells);
  const below: InsufficientMembersEvidence["below"][number][] = [];
  if (reach.share !== null && reach.share < thresholds.minMemberShare) below.push("minMemberShare");
  if (reach.members < thresholds.minMembers) below.push("minMembers");
  if (below.length === 0) return undefined;
  const against = {
    en: below.map((b) => (b === "minMemberShare" ? `the minimum share of ${percentEn(thresholds.minMemberShare)}` : `the minimum of ${countEn(thresholds.minMembers)} members`)),
    nl: below.map((b) => (b === "minMemberShare" ? `het minimumaandeel van ${percentNl(thresholds.minMemberShare)}` : `het minimum van ${countNl(thresholds.minMembers)} leden`)),
  };
  const of = {
    en: reach.share === null || reach.teachers === null ? "" : `, ${percentEn(reach.share)} of ${countEn(reach.teachers)} teachers`,
    nl: reach.share === null || reach.teachers === null ? "" : `, ${percentNl(reach.share)} van ${countNl(reach.teachers)} leraren`,
  };
  const where = {
    en: themes === "professional" ? " on the professional themes" : "",
    nl: themes === "professional" ? " op de beroepsinhoudelijke thema's" : "",
  };
  const unknown = {
    en: reach.unknown.length === 0 ? "" : ` No member figure is known for ${reach.unknown.join(", ")}.`,
    nl: reach.unknown.length === 0 ? "" : ` Van ${reach.unknown.join(", ")} is geen ledental bekend.`,
  };
  return {
    id: "insufficient-members",
    severity: reach.unknown.length === 0 ? "high" : "medium",
    message: {
      en: `Too few members: the delegations${where.en} reach ${countEn(reach.members)} members${of.en}, below ${against.en.join(" and ")}.${unknown.en} The LC was dissolved for lack of (active) members.`,
      nl: `Te weinig leden: de delegaties${where.nl} bereiken ${countNl(reach.members)} leden${of.nl}, minder dan ${against.nl.join(" en ")}.${unknown.nl} Het LC werd opgeheven wegens een gebrek aan (actieve) leden.`,
    },
    evidence: {
      themes,
      cells: cells.length,
      reached: reach.members,
      teachers: reach.teachers,
      share: reach.share,
      below,
      minMemberShare: thresholds.minMemberShare,
      minMembers: thresholds.minMembers,
      counted: reach.counted.map((c) => c.organisation),
      unknown: reach.unknown,
    },
  };
}
