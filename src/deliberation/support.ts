import type { CouncilGroup, RequirementCheck, RequirementResult, SupportRequirement } from "./council.js";
import { groupId } from "./council-groups.js";
import { above } from "./numbers.js";
import type { TallyResult } from "./tally-result.js";

/** What checking a requirement needs: the groups with their ballots' preference values and weights. */
export interface SupportContext {
  readonly options: readonly string[];
  readonly overall: TallyResult;
  readonly groups: readonly CouncilGroup[];
  /** Per group id: each ballot's preference values and weight. */
  readonly ballots: ReadonlyMap<string, readonly { readonly values: Float64Array; readonly weight: number }[]>;
}

/** The winners of a count, or none when it has no clear outcome. */
export function outcomeOf(result: TallyResult): readonly string[] {
  return result.tie ? [] : result.winners;
}

function majorityCheck(ctx: SupportContext, group: string, threshold: number): RequirementCheck {
  const winners = outcomeOf(ctx.overall);
  const none = { group, figure: null, needed: threshold, met: false };
  if (winners.length === 0) return none;
  const at = (o: string): number => ctx.options.indexOf(o);
  const ballots = ctx.ballots.get(group) ?? [];
  let weakest: { share: number | null; against: string } | undefined;
  for (const w of winners) {
    for (const x of ctx.options.filter((o) => !winners.includes(o))) {
      let pro = 0;
      let con = 0;
      for (const b of ballots) {
        const d = (b.values[at(w)] as number) - (b.values[at(x)] as number);
        if (d > 0) pro += b.weight;
        else if (d < 0) con += b.weight;
      }
      const share = pro + con > 0 ? pro / (pro + con) : null;
      // No preference either way is the weakest of all: nobody showed a majority.
      const weaker = weakest === undefined || (weakest.share !== null && (share === null || share < weakest.share));
      if (weaker) weakest = { share, against: x };
    }
  }
  // A single option is unopposed.
  if (weakest === undefined) return { group, figure: 1, needed: threshold, met: true };
  const figure = weakest.share;
  return { group, figure, needed: threshold, met: figure !== null && above(figure, threshold), against: weakest.against };
}

function checkOne(ctx: SupportContext, requirement: SupportRequirement, id: string): RequirementCheck {
  const group = ctx.groups.find((g) => g.id === id);
  switch (requirement.kind) {
    case "majority":
      return majorityCheck(ctx, id, requirement.threshold ?? 0.5);
    case "same-winner": {
      const mine = group === undefined ? [] : outcomeOf(group.result);
      const theirs = outcomeOf(ctx.overall);
      const same = theirs.length > 0 && mine.length === theirs.length && mine.every((w) => theirs.includes(w));
      return { group: id, figure: same ? 1 : 0, needed: 1, met: same, winners: group?.result.winners ?? [] };
    }
    case "turnout": {
      const figure = group?.turnout ?? null;
      return { group: id, figure, needed: requirement.min, met: figure !== null && !above(requirement.min, figure) };
    }
    case "voters": {
      const figure = group?.voted ?? 0;
      return { group: id, figure, needed: requirement.min, met: !above(requirement.min, figure) };
    }
  }
}

/** Checks one requirement in the group it names, or in every group of the kind it names. */
export function checkRequirement(ctx: SupportContext, requirement: SupportRequirement): RequirementResult {
  const ids =
    requirement.per === undefined ? [groupId(requirement.group ?? "all")] : ctx.groups.filter((g) => g.kind === requirement.per).map((g) => g.id);
  const checks = ids.map((id) => checkOne(ctx, requirement, id));
  return { requirement, met: checks.length > 0 && checks.every((c) => c.met), checks };
}
