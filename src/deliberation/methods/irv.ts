import { settleExclusion, votesOf } from "../elimination.js";
import { reachableWinners, type Run } from "../explore.js";
import { firstPreferences } from "../first-preferences.js";
import { above, same } from "../numbers.js";
import { groupByScore } from "../ranking-kit.js";
import { publishRound, type RoundDraft } from "../round-draft.js";
import type { Count, Counted } from "./count.js";

interface IrvRun extends Run {
  readonly rounds: RoundDraft[];
  readonly continuing: readonly number[];
  readonly finalVotes: Float64Array;
  readonly excluded: readonly (readonly number[])[];
}

/** One count that follows `forced` at its first unresolved ties and then the policy. */
function runIrv(count: Count, forced: readonly number[], policy: "stop" | "last"): IrvRun {
  const { profile, lot, breaks } = count;
  const n = profile.candidates.length;
  const inCount = new Uint8Array(n).fill(1);
  const rounds: RoundDraft[] = [];
  const history: Float64Array[] = [];
  const excluded: number[][] = [];
  let transfer: RoundDraft["transfer"];
  let choice = 0;
  for (;;) {
    const { votes, exhausted } = firstPreferences(profile.ranked, n, (c) => inCount[c] === 1);
    const continuing = [...inCount.keys()].filter((c) => inCount[c] === 1);
    const draft: RoundDraft = {
      counts: continuing.map((c) => [c, votes[c] as number] as const),
      exhausted,
      elected: [],
      eliminated: [],
      ...(transfer === undefined ? {} : { transfer }),
    };
    rounds.push(draft);
    const total = votesOf(votes, continuing);
    const leader = continuing.reduce((best, c) => ((votes[c] as number) > (votes[best] as number) ? c : best), continuing[0] as number);
    if (continuing.length === 1 || above(votes[leader] as number, total / 2)) {
      draft.elected.push(leader);
      return { rounds, continuing, finalVotes: votes, excluded, winners: [leader] };
    }
    const least = Math.min(...continuing.map((c) => votes[c] as number));
    const tied = continuing.filter((c) => same(votes[c] as number, least));
    const others = continuing.filter((c) => !tied.includes(c));
    const next = Math.min(...others.map((c) => votes[c] as number));
    const settled = settleExclusion({
      tied,
      // Excluding them all at once changes nothing when even their sum trails everyone else.
      together: others.length > 0 && above(next, votesOf(votes, tied)),
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
      return { rounds, continuing, finalVotes: votes, excluded, winners: [], stoppedAt: settled.stop };
    }
    if (settled.tie !== undefined) draft.tie = settled.tie;
    draft.eliminated.push(...settled.losers);
    excluded.push([...settled.losers]);
    for (const c of settled.losers) inCount[c] = 0;
    history.push(votes);
    transfer = { kind: "elimination", from: settled.losers };
  }
}

/**
 * Instant-runoff voting: count first preferences among the candidates still in; a candidate
 * with more than half of the ballots that still count wins; otherwise the candidate with the
 * fewest votes is excluded and its ballots pass to their next listed candidate still in.
 * Ties for exclusion: all together when their sum trails everyone else, else by earlier
 * rounds, else by the lot; without a lot, every way is tried, and if they elect different
 * candidates the count stops there and reports a tie between all of them.
 */
export function irv(count: Count): Counted {
  const { profile } = count;
  let run = runIrv(count, [], "stop");
  let tie = false;
  let winners: number[] = [...run.winners];
  if (run.stoppedAt !== undefined) {
    const reach = reachableWinners((forced) => runIrv(count, forced, "stop"));
    if (reach.complete && reach.sets.length === 1) {
      run = runIrv(count, [], "last");
      winners = [...run.winners];
    } else {
      tie = true;
      const union = new Set(reach.sets.flat());
      if (!reach.complete) for (const c of run.continuing) union.add(c);
      winners = [...union].sort((a, b) => a - b);
    }
  }
  const rest = run.continuing.filter((c) => !winners.includes(c));
  const ranking = [winners, ...groupByScore(rest, (c) => run.finalVotes[c] as number), ...[...run.excluded].reverse()].filter((g) => g.length > 0);
  return {
    ranking,
    decided: { winners, tie },
    rounds: run.rounds.map((draft, i) => publishRound(profile, draft, i)),
  };
}
