import { joinNames } from "../internal/join-names.js";
import type { CouncilWords } from "../locale/council-words.js";
import type { Council, CouncilGroup, RequirementResult, SupportRequirement } from "./council.js";
import { outcomeOf } from "./support.js";
import type { TallyResult } from "./tally-result.js";

function list(items: readonly string[], w: CouncilWords): string {
  return joinNames(items, w.and);
}

function groupName(id: string, w: CouncilWords): string {
  const colon = id.indexOf(":");
  const [kind, key] = colon === -1 ? [id, ""] : [id.slice(0, colon), id.slice(colon + 1)];
  switch (kind) {
    case "all":
    case "organised":
    case "unorganised":
      return w.groups[kind];
    case "organisation":
    case "sector":
    case "region":
      return w.groups[kind](key);
    default:
      return id;
  }
}

function scope(r: SupportRequirement, w: CouncilWords): string {
  if (r.per !== undefined) return w.per[r.per];
  const g = r.group ?? "all";
  const id = typeof g === "string" ? g : "organisation" in g ? `organisation:${g.organisation}` : "sector" in g ? `sector:${g.sector}` : `region:${g.region}`;
  return groupName(id, w);
}

function describe(r: SupportRequirement, w: CouncilWords): string {
  const where = scope(r, w);
  switch (r.kind) {
    case "majority": {
      const t = r.threshold ?? 0.5;
      return w.majority(where, t === 0.5 ? undefined : t);
    }
    case "same-winner":
      return w.sameWinner(where);
    case "turnout":
      return w.turnout(r.min, where);
    case "voters":
      return w.voters(r.min, where);
  }
}

function figures(result: RequirementResult, w: CouncilWords, name: (id: string) => string): string {
  const parts = result.checks.map((c) => {
    const who = groupName(c.group, w);
    if (c.figure === null) return `${who}: ${w.nothingToMeasure}`;
    switch (result.requirement.kind) {
      case "majority":
        return `${who}: ${w.share(c.figure)}${c.against === undefined ? "" : w.against(name(c.against))}`;
      case "same-winner":
        return `${who}: ${list((c.winners ?? []).map(name), w) || "-"}`;
      case "turnout":
        return `${who}: ${w.share(c.figure)}`;
      case "voters":
        return `${who}: ${w.count(c.figure)}`;
    }
  });
  return parts.length === 0 ? w.noGroupToCheck : parts.join("; ");
}

function outcome(result: TallyResult, w: CouncilWords, name: (id: string) => string): string {
  if (result.winners.length === 0) return w.noVotes;
  const winners = list(result.winners.map(name), w);
  return result.tie ? w.tie(winners) : w.outcome(winners);
}

function choice(group: CouncilGroup | undefined, w: CouncilWords, name: (id: string) => string): string | undefined {
  if (group === undefined || group.headcount === 0) return undefined;
  const who = groupName(group.id, w);
  const ballots = w.votes(group.voted);
  const winners = outcomeOf(group.result);
  return winners.length === 0 ? w.reachedNoOutcome(who, ballots) : w.chose(who, ballots, list(winners.map(name), w));
}

function capitalise(text: string): string {
  return text.replace(/^./, (c) => c.toUpperCase());
}

/** The council's outcome and its support in one paragraph, in the words given. */
export function explainCouncil(
  council: Council,
  overall: TallyResult,
  groups: readonly CouncilGroup[],
  requirements: readonly RequirementResult[],
  supported: boolean,
  w: CouncilWords,
): string {
  const names = new Map(council.options.map((o) => [o.id, o.name]));
  const name = (id: string): string => names.get(id) ?? id;
  const all = groups.find((g) => g.id === "all");
  const headcount = all?.headcount ?? 0;
  const sentences = [
    w.header(council.name ?? w.title, w.votes(overall.voters), headcount, all?.turnout ?? null, w.methods[overall.method]),
    outcome(overall, w, name),
  ];
  const split = [choice(groups.find((g) => g.id === "organised"), w, name), choice(groups.find((g) => g.id === "unorganised"), w, name)].filter(
    (s): s is string => s !== undefined,
  );
  if (split.length > 0) sentences.push(capitalise(`${split.join("; ")}.`));
  for (const r of requirements) {
    sentences.push(capitalise(`${describe(r.requirement, w)}: ${r.met ? w.met : w.notMet} (${figures(r, w, name)}).`));
  }
  if (requirements.length === 0) sentences.push(w.noRequirements);
  else sentences.push(supported ? w.supported : w.notSupported);
  return sentences.join(" ");
}
