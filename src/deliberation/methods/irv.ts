import { settleExclusion, votesOf } from "../elimination.js";
import { reachableWinners, type Stop, type Walker } from "../explore.js";
import { firstPreferences } from "../first-preferences.js";
import { type HistoryRank, nextRank } from "../history-rank.js";
import { above, same } from "../numbers.js";
import { groupByScore } from "../ranking-kit.js";
import { publishRound, type RoundDraft } from "../round-draft.js";
import { undecidableTie } from "../tally-error.js";
import type { Count, Counted } from "./count.js";
import { append } from "../../internal/append.js";

/** Everything the rest of an IRV count depends on: who is still in, and what the earlier rounds say about them. */
interface IrvState {
  readonly inCount: Uint8Array;
  rank: HistoryRank;
  /** The votes of the round the count is at. */
  votes: Float64Array;
  continuing: number[];
  readonly rounds: RoundDraft[] | undefined;
  readonly excluded: number[][];
  winners: number[];
}

function start(n: number, record: boolean): IrvState {
  return { inCount: new Uint8Array(n).fill(1), rank: new Int32Array(n), votes: new Float64Array(n), continuing: [], rounds: record ? [] : undefined, excluded: [], winners: [] };
}

/** Takes `losers` out of the count at the round the state is at. */
function exclude(state: IrvState, losers: readonly number[]): void {
  state.excluded.push([...losers]);
  for (const c of losers) state.inCount[c] = 0;
  state.rank = nextRank(state.votes, state.rank, state.continuing);
}

/** Counts on from `state` until a winner or an unresolved tie; `policy` says what to do at such a tie. */
function runIrv(count: Count, state: IrvState, policy: "stop" | "last", work?: { rounds: number }): Stop {
  const { profile, lot, breaks } = count;
  const n = profile.candidates.length;
  const { inCount } = state;
  for (;;) {
    if (work !== undefined) work.rounds++;
    const { votes, exhausted } = firstPreferences(profile.ranked, n, (c) => inCount[c] === 1);
    const continuing = [...inCount.keys()].filter((c) => inCount[c] === 1);
    state.votes = votes;
    state.continuing = continuing;
    const last = state.excluded[state.excluded.length - 1];
    const draft: RoundDraft = {
      counts: continuing.map((c) => [c, votes[c] as number] as const),
      exhausted,
      elected: [],
      eliminated: [],
      ...(last === undefined ? {} : { transfer: { kind: "elimination" as const, from: last } }),
    };
    state.rounds?.push(draft);
    const total = votesOf(votes, continuing);
    const leader = continuing.reduce((best, c) => ((votes[c] as number) > (votes[best] as number) ? c : best), continuing[0] as number);
    if (continuing.length === 1 || above(votes[leader] as number, total / 2)) {
      draft.elected.push(leader);
      state.winners = [leader];
      return { winners: [leader] };
    }
    let least = Number.POSITIVE_INFINITY;
    for (const c of continuing) least = Math.min(least, votes[c] as number);
    const tied = continuing.filter((c) => same(votes[c] as number, least));
    const others = continuing.filter((c) => !same(votes[c] as number, least));
    let next = Number.POSITIVE_INFINITY;
    for (const c of others) next = Math.min(next, votes[c] as number);
    const settled = settleExclusion({
      tied,
      // Excluding them all at once changes nothing when even their sum trails everyone else.
      together: others.length > 0 && above(next, votesOf(votes, tied)),
      rank: state.rank,
      lot,
      round: state.excluded.length + 1,
      names: profile.candidates,
      breaks,
      policy,
    });
    if ("stop" in settled) {
      draft.tie = { among: settled.stop, resolvedBy: "unresolved" };
      return { tied: settled.stop };
    }
    if (settled.tie !== undefined) draft.tie = settled.tie;
    append(draft.eliminated, settled.losers);
    exclude(state, settled.losers);
  }
}

/** IRV as the tie search sees it: states stopped at ties, continued along each way out. */
function walker(count: Count): Walker<IrvState> {
  const work = { rounds: 0 };
  // The weight of the ballots that list each candidate: the most it can ever hold.
  const n = count.profile.candidates.length;
  const reach = new Float64Array(n);
  for (const group of count.profile.ranked) for (const level of group.levels) for (const c of level) reach[c] = (reach[c] as number) + group.weight;
  return {
    run: (state) => runIrv(count, state, "stop", work),
    spent: () => work.rounds,
    scale: n,
    roundCost: n + count.profile.ranked.length,
    branch: (state, loser) => {
      const copy: IrvState = { ...state, inCount: Uint8Array.from(state.inCount), excluded: [], rounds: undefined };
      exclude(copy, [loser]);
      return copy;
    },
    // The votes follow from who is in; the earlier rounds matter only within groups of equal votes.
    key: (state) => {
      const rank = nextRank(state.votes, state.rank, state.continuing);
      return state.continuing.map((c) => `${c}:${rank[c] as number}`).join(",");
    },
    // A candidate that can never hold as many votes as some other holds now is excluded before it, and cannot win.
    electable: (state) => {
      let strongest = 0;
      for (const c of state.continuing) strongest = Math.max(strongest, state.votes[c] as number);
      return state.continuing.filter((c) => !above(strongest, reach[c] as number));
    },
  };
}

/**
 * Instant-runoff voting: count first preferences among the candidates still in; a candidate
 * with more than half of the ballots that still count wins; otherwise the candidate with the
 * fewest votes is excluded and its ballots pass to their next listed candidate still in.
 * Ties for exclusion: all together when their sum trails everyone else, else by earlier
 * rounds, else by the lot; without a lot, every way is followed (each state once), and if they
 * elect different candidates the count stops there and reports a tie between all of them.
 */
export function irv(count: Count): Counted {
  const { profile } = count;
  const n = profile.candidates.length;
  let run = start(n, true);
  let stop = runIrv(count, run, "stop");
  let tie = false;
  let winners: number[] = [...run.winners];
  if ("tied" in stop) {
    const search = start(n, false);
    const at = runIrv(count, search, "stop");
    const walk = walker(count);
    const reach = reachableWinners(walk, search, "tied" in at ? at.tied : []);
    if (reach.undecided) throw undecidableTie(run.excluded.length + 1, stop.tied.map((c) => profile.candidates[c] as string));
    if (reach.complete && reach.sets.length === 1) {
      run = start(n, true);
      stop = runIrv(count, run, "last");
      winners = [...run.winners];
    } else {
      tie = true;
      const union = new Set(reach.sets.flat());
      if (!reach.complete) for (const c of walk.electable(search)) union.add(c);
      winners = [...union].sort((a, b) => a - b);
    }
  }
  const finalVotes = run.votes;
  const rest = run.continuing.filter((c) => !winners.includes(c));
  const ranking = [winners, ...groupByScore(rest, (c) => finalVotes[c] as number), ...[...run.excluded].reverse()].filter((g) => g.length > 0);
  return {
    ranking,
    decided: { winners, tie },
    rounds: (run.rounds ?? []).map((draft, i) => publishRound(profile, draft, i)),
  };
}
