import { indexOf } from "../../model/scenario-index.js";
import type { FindingFact, InsufficientMembersEvidence } from "../finding.js";
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
export function insufficientMembers({ scenario, matrix, thresholds }: PitfallContext): FindingFact | undefined {
  const index = indexOf(scenario);
  const professional = matrix.cells.filter((cell) => index.themeKind(cell.theme) === "professional");
  const themes = professional.length > 0 ? "professional" : "all";
  const cells = themes === "professional" ? professional : matrix.cells;
  const reach = reachOf(scenario, matrix.on, cells);
  const below: InsufficientMembersEvidence["below"][number][] = [];
  if (reach.share !== null && reach.share < thresholds.minMemberShare) below.push("minMemberShare");
  if (reach.members < thresholds.minMembers) below.push("minMembers");
  if (below.length === 0) return undefined;
  return {
    id: "insufficient-members",
    severity: reach.unknown.length === 0 ? "high" : "medium",
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
