import { settleExclusion } from "../elimination.js";
import { reachableWinners, type Run } from "../explore.js";
import { topContinuing } from "../first-preferences.js";
import { above, same, sum } from "../numbers.js";
import { groupByScore } from "../ranking-kit.js";
import { publishRound, type RoundDraft } from "../round-draft.js";
import type { Count, Counted } from "./count.js";

const HOPEFUL = 0;
const ELECTED = 1;
const EXCLUDED = 2;

/** Part of a ballot group's value held by one candidate. */
interface Parcel {
  readonly group: number;
  readonly value: number;
}

interface StvRun extends Run {
  readonly rounds: RoundDraft[];
  readonly elected: readonly (readonly number[])[];
  readonly hopefuls: readonly number[];
  readonly votes: Float64Array;
  readonly excluded: readonly (readonly number[])[];
  readonly quota: number;
}

/** The quota: Droop, floor(valid / (seats + 1)) + 1, or Hare, valid / seats. */
export function quotaOf(kind: "droop" | "hare", valid: number, seats: number): number {
  return kind === "droop" ? Math.floor(valid / (seats + 1)) + 1 : valid / seats;
}

function runStv(count: Count, forced: readonly number[], policy: "stop" | "last"): StvRun {
  const { profile, settings, lot, breaks } = count;
  const n = profile.candidates.length;
  const groups = profile.ranked;
  const seats = settings.seats;
  const quota = quotaOf(settings.quota, sum(groups.map((g) => g.weight)), seats);
  const status = new Uint8Array(n);
  const votes = new Float64Array(n);
  const parcels: Parcel[][] = Array.from({ length: n }, () => []);
  let exhausted = 0;
  const give = (group: number, value: number): void => {
    const top = topContinuing(groups[group] as (typeof groups)[number], (c) => status[c] === HOPEFUL);
    if (top.length === 0) {
      exhausted += value;
      return;
    }
    const share = value / top.length;
    for (const c of top) {
      (parcels[c] as Parcel[]).push({ group, value: share });
      votes[c] = (votes[c] as number) + share;
    }
  };
  groups.forEach((g, i) => {
    give(i, g.weight);
  });

  const rounds: RoundDraft[] = [];
  const history: Float64Array[] = [];
  const elected: number[][] = [];
  const excluded: number[][] = [];
  let seated = 0;
  let transfer: RoundDraft["transfer"];
  let choice = 0;
  const hopefuls = (): number[] => [...status.keys()].filter((c) => status[c] === HOPEFUL);
  const finish = (stoppedAt?: readonly number[]): StvRun => ({
    rounds,
    elected,
    hopefuls: hopefuls(),
    votes,
    excluded,
    quota,
    winners: elected.flat(),
    ...(stoppedAt === undefined ? {} : { stoppedAt }),
  });
  // Elects every hopeful when no more than the open seats remain, best first.
  const electRest = (draft: RoundDraft): boolean => {
    const rest = hopefuls();
    if (rest.length > seats - seated) return false;
    for (const group of groupByScore(rest, (c) => votes[c] as number)) {
      for (const c of group) status[c] = ELECTED;
      elected.push(group);
      draft.elected.push(...group);
      seated += group.length;
    }
    return true;
  };

  for (;;) {
    const draft: RoundDraft = {
      counts: [...status.keys()].filter((c) => status[c] !== EXCLUDED).map((c) => [c, votes[c] as number] as const),
      exhausted,
      elected: [],
      eliminated: [],
      ...(transfer === undefined ? {} : { transfer }),
    };
    rounds.push(draft);
    const snapshot = Float64Array.from(votes);
    const reached = hopefuls().filter((c) => !above(quota, votes[c] as number));
    if (reached.length > 0) {
      for (const group of groupByScore(reached, (c) => votes[c] as number)) {
        for (const c of group) status[c] = ELECTED;
        elected.push(group);
        draft.elected.push(...group);
        seated += group.length;
      }
      if (seated >= seats || electRest(draft)) return finish();
      // Every new surplus moves at once, each ballot at its own candidate's transfer value.
      const surplus = reached.filter((c) => above(votes[c] as number, quota));
      const factors = surplus.map((c) => ((votes[c] as number) - quota) / (votes[c] as number));
      const moving = surplus.map((c) => parcels[c] as Parcel[]);
      surplus.forEach((c, i) => {
        parcels[c] = (moving[i] as Parcel[]).map((p) => ({ group: p.group, value: p.value * (1 - (factors[i] as number)) }));
        votes[c] = quota;
      });
      surplus.forEach((_, i) => {
        for (const p of moving[i] as Parcel[]) give(p.group, p.value * (factors[i] as number));
      });
      transfer = surplus.length > 0 ? { kind: "surplus", from: surplus, factors } : undefined;
      history.push(snapshot);
      continue;
    }
    if (electRest(draft)) return finish();
    const inCount = hopefuls();
    const least = Math.min(...inCount.map((c) => votes[c] as number));
    const tied = inCount.filter((c) => same(votes[c] as number, least));
    const settled = settleExclusion({
      tied,
      // Candidates without a single vote can go together: nothing moves, as long as enough stay for the seats.
      together: least === 0 && inCount.length - tied.length >= seats - seated,
      history,
      lot,
      round: rounds.length,
      names: profile.candidates,
      breaks,
      forced: () => (choice < forced.length ? forced[choice++] : undefined),
      policy,
    });
    if ("stop" in settled) {
      draft.tie = { among: settled.stop, resolvedBy: "unresolved" };
      return finish(settled.stop);
    }
    if (settled.tie !== undefined) draft.tie = settled.tie;
    for (const c of settled.losers) status[c] = EXCLUDED;
    draft.eliminated.push(...settled.losers);
    excluded.push([...settled.losers]);
    if (electRest(draft)) return finish();
    for (const c of settled.losers) {
      const moving = parcels[c] as Parcel[];
      parcels[c] = [];
      votes[c] = 0;
      for (const p of moving) give(p.group, p.value);
    }
    transfer = { kind: "elimination", from: settled.losers };
    history.push(snapshot);
  }
}

/**
 * Single transferable vote with the weighted inclusive Gregory method: a candidate reaching
 * the quota is elected; in the next round all of its ballots move on to their next hopeful at
 * a transfer value of surplus / votes (several new surpluses move together). When no one
 * reaches the quota the candidate with the fewest votes is excluded and its ballots move on at
 * their current value. When the hopefuls are no more than the open seats, they are all elected.
 * Ties for exclusion are settled as in IRV (candidates without votes go together).
 */
export function stv(count: Count): Counted {
  const { profile } = count;
  let run = runStv(count, [], "stop");
  let tie = false;
  let winners: number[] = [...run.winners];
  let top: readonly (readonly number[])[] = run.elected;
  if (run.stoppedAt !== undefined) {
    const reach = reachableWinners((forced) => runStv(count, forced, "stop"));
    if (reach.complete && reach.sets.length === 1) {
      run = runStv(count, [], "last");
      winners = [...run.winners];
      top = run.elected;
    } else {
      tie = true;
      const union = new Set(reach.sets.flat());
      if (!reach.complete) for (const c of [...run.winners, ...run.hopefuls]) union.add(c);
      winners = [...union].sort((a, b) => a - b);
      top = [winners];
    }
  }
  const rest = run.hopefuls.filter((c) => !winners.includes(c));
  const ranking = [...top, ...groupByScore(rest, (c) => run.votes[c] as number), ...[...run.excluded].reverse()].filter((g) => g.length > 0);
  return {
    ranking,
    decided: { winners, tie },
    rounds: run.rounds.map((draft, i) => publishRound(profile, draft, i)),
    quota: run.quota,
  };
}
