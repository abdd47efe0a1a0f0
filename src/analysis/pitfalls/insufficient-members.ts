import { indexOf } from "../../model/scenario-index.js";
import type { FindingFact, InsufficientMembersEvidence } from "../finding.js";
import { reachWithFigures } from "../reach.js";
import type { PitfallContext } from "./context.js";

/**
 * The LC's lesson: too few members to speak for the profession. It counts the teachers
 * reached (by the reach rule, each once) by the delegations on professional themes, since
 * pay and working conditions stay with the unions under every model; with no professional
 * theme among the cells it counts every cell. It judges by the upper bound of the teachers
 * the counted figures allow: it fires when even that falls below `minMemberShare` of the
 * teachers (when the population is known) or below `minMembers`, so that a missing teacher
 * figure or an unknown overlap never makes it fire by itself. Severity is high when every
 * organisation reached has a figure, medium when some have none (the reach may then be
 * understated). It reads only delegations, so it means the same for every model.
 */
export function insufficientMembers({ scenario, matrix, thresholds }: PitfallContext): FindingFact | undefined {
  const index = indexOf(scenario);
  const professional = matrix.cells.filter((cell) => index.themeKind(cell.theme) === "professional");
  const themes = professional.length > 0 ? "professional" : "all";
  const cells = themes === "professional" ? professional : matrix.cells;
  const { reach, upperOfFigures: judged } = reachWithFigures(scenario, matrix.on, cells);
  const share = reach.teachers === null || reach.teachers === 0 ? null : judged / reach.teachers;
  const below: InsufficientMembersEvidence["below"][number][] = [];
  if (share !== null && share < thresholds.minMemberShare) below.push("minMemberShare");
  if (judged < thresholds.minMembers) below.push("minMembers");
  if (below.length === 0) return undefined;
  return {
    id: "insufficient-members",
    severity: reach.unknown.length === 0 ? "high" : "medium",
    evidence: {
      themes,
      cells: cells.length,
      reached: reach.members,
      teachers: reach.teachers,
      teachersReached: reach.teachersReached,
      judged,
      share,
      unseparated: reach.unseparated,
      below,
      minMemberShare: thresholds.minMemberShare,
      minMembers: thresholds.minMembers,
      counted: reach.counted.map((c) => c.organisation),
      unknown: reach.unknown,
    },
  };
}
