import { settleExclusion } from "../elimination.js";
import { reachableWinners, type Stop, type Walker } from "../explore.js";
import { topContinuing } from "../first-preferences.js";
import { type HistoryRank, nextRank } from "../history-rank.js";
import { above, same, sum } from "../numbers.js";
import { groupByScore } from "../ranking-kit.js";
import { publishRound, type RoundDraft } from "../round-draft.js";
import { undecidableTie } from "../tally-error.js";
import type { Count, Counted } from "./count.js";
import { append } from "../../internal/append.js";

const HOPEFUL = 0;
const ELECTED = 1;
const EXCLUDED = 2;

/** Part of a ballot group's value held by one candidate. */
interface Parcel {
  readonly group: number;
  readonly value: number;
}

/** Everything the rest of an STV count depends on, and what it has done so far. */
interface StvState {
  readonly status: Uint8Array;
  readonly votes: Float64Array;
  readonly parcels: Parcel[][];
  exhausted: number;
  seated: number;
  rank: HistoryRank;
  /** The counts of the round the count is at, and who was in it. */
  snapshot: Float64Array;
  inRound: number[];
  readonly elected: number[][];
  readonly excluded: number[][];
  transfer: RoundDraft["transfer"];
  rounds: RoundDraft[] | undefined;
  done: boolean;
}

/** The quota: Droop, floor(valid / (seats + 1)) + 1, or Hare, valid / seats. */
export function quotaOf(kind: "droop" | "hare", valid: number, seats: number): number {
  return kind === "droop" ? Math.floor(valid / (seats + 1)) + 1 : valid / seats;
}

function hopefulsOf(state: StvState): number[] {
  return [...state.status.keys()].filter((c) => state.status[c] === HOPEFUL);
}

/** The STV count of one election: its quota, and the steps that move a state on. */
function stvCount(count: Count) {
  const { profile, settings } = count;
  const n = profile.candidates.length;
  const groups = profile.ranked;
  const seats = settings.seats;
  const quota = quotaOf(settings.quota, sum(groups.map((g) => g.weight)), seats);

  const give = (state: StvState, group: number, value: number): void => {
    const top = topContinuing(groups[group] as (typeof groups)[number], (c) => state.status[c] === HOPEFUL);
    if (top.length === 0) {
      state.exhausted += value;
      return;
    }
    const share = value / top.length;
    for (const c of top) {
      (state.parcels[c] as Parcel[]).push({ group, value: share });
      state.votes[c] = (state.votes[c] as number) + share;
    }
  };

  const start = (record: boolean): StvState => {
    const state: StvState = {
      status: new Uint8Array(n),
      votes: new Float64Array(n),
      parcels: Array.from({ length: n }, () => []),
      exhausted: 0,
      seated: 0,
      rank: new Int32Array(n),
      snapshot: new Float64Array(n),
      inRound: [],
      elected: [],
      excluded: [],
      transfer: undefined,
      rounds: record ? [] : undefined,
      done: false,
    };
    groups.forEach((g, i) => {
      give(state, i, g.weight);
    });
    return state;
  };

  const elect = (state: StvState, group: readonly number[], draft: RoundDraft | undefined): void => {
    for (const c of group) state.status[c] = ELECTED;
    state.elected.push([...group]);
    if (draft !== undefined) append(draft.elected, group);
    state.seated += group.length;
  };

  // Elects every hopeful when no more than the open seats remain, best first.
  const electRest = (state: StvState, draft: RoundDraft | undefined): boolean => {
    const rest = hopefulsOf(state);
    if (rest.length > seats - state.seated) return false;
    for (const group of groupByScore(rest, (c) => state.votes[c] as number)) elect(state, group, draft);
    state.done = true;
    return true;
  };

  /** Excludes `losers` at the round the state is at and moves their ballots on. */
  const exclude = (state: StvState, losers: readonly number[], draft: RoundDraft | undefined): void => {
    for (const c of losers) state.status[c] = EXCLUDED;
    if (draft !== undefined) append(draft.eliminated, losers);
    state.excluded.push([...losers]);
    if (electRest(state, draft)) return;
    for (const c of losers) {
      const moving = state.parcels[c] as Parcel[];
      state.parcels[c] = [];
      state.votes[c] = 0;
      for (const p of moving) give(state, p.group, p.value);
    }
    state.transfer = { kind: "elimination", from: losers };
    state.rank = nextRank(state.snapshot, state.rank, state.inRound);
  };

  /** Counts on from `state` until the seats are filled or an unresolved tie; `policy` says what to do at such a tie. */
  const work = { rounds: 0 };
  const run = (state: StvState, policy: "stop" | "last"): Stop => {
    const { status, votes } = state;
    for (;;) {
      work.rounds++;
      if (state.done) return { winners: state.elected.flat() };
      const draft: RoundDraft | undefined =
        state.rounds === undefined
          ? undefined
          : {
              counts: [...status.keys()].filter((c) => status[c] !== EXCLUDED).map((c) => [c, votes[c] as number] as const),
              exhausted: state.exhausted,
              elected: [],
              eliminated: [],
              ...(state.transfer === undefined ? {} : { transfer: state.transfer }),
            };
      if (draft !== undefined) state.rounds?.push(draft);
      state.snapshot = Float64Array.from(votes);
      state.inRound = [...status.keys()].filter((c) => status[c] !== EXCLUDED);
      const reached = hopefulsOf(state).filter((c) => !above(quota, votes[c] as number));
      if (reached.length > 0) {
        for (const group of groupByScore(reached, (c) => votes[c] as number)) elect(state, group, draft);
        if (state.seated >= seats) state.done = true;
        if (state.done || electRest(state, draft)) continue;
        // Every new surplus moves at once, each ballot at its own candidate's transfer value.
        const surplus = reached.filter((c) => above(votes[c] as number, quota));
        const factors = surplus.map((c) => ((votes[c] as number) - quota) / (votes[c] as number));
        const moving = surplus.map((c) => state.parcels[c] as Parcel[]);
        surplus.forEach((c, i) => {
          state.parcels[c] = (moving[i] as Parcel[]).map((p) => ({ group: p.group, value: p.value * (1 - (factors[i] as number)) }));
          votes[c] = quota;
        });
        surplus.forEach((_, i) => {
          for (const p of moving[i] as Parcel[]) give(state, p.group, p.value * (factors[i] as number));
        });
        state.transfer = surplus.length > 0 ? { kind: "surplus", from: surplus, factors } : undefined;
        state.rank = nextRank(state.snapshot, state.rank, state.inRound);
        continue;
      }
      if (electRest(state, draft)) continue;
      const inCount = hopefulsOf(state);
      let least = Number.POSITIVE_INFINITY;
      for (const c of inCount) least = Math.min(least, votes[c] as number);
      const tied = inCount.filter((c) => same(votes[c] as number, least));
      const settled = settleExclusion({
        tied,
        // Candidates without a single vote can go together: nothing moves, as long as enough stay for the seats.
        together: least === 0 && inCount.length - tied.length >= seats - state.seated,
        rank: state.rank,
        lot: count.lot,
        round: state.rounds?.length ?? 0,
        names: profile.candidates,
        breaks: count.breaks,
        policy,
      });
      if ("stop" in settled) {
        if (draft !== undefined) draft.tie = { among: settled.stop, resolvedBy: "unresolved" };
        return { tied: settled.stop };
      }
      if (draft !== undefined && settled.tie !== undefined) draft.tie = settled.tie;
      exclude(state, settled.losers, draft);
    }
  };

  // The weight of the ballots that list each candidate: the most it can ever hold.
  const reach = new Float64Array(n);
  for (const group of groups) for (const level of group.levels) for (const c of level) reach[c] = (reach[c] as number) + group.weight;
  const walker: Walker<StvState> = {
    run: (state) => run(state, "stop"),
    spent: () => work.rounds,
    scale: n,
    roundCost: n + groups.length,
    branch: (state, loser) => {
      const copy: StvState = {
        ...state,
        status: Uint8Array.from(state.status),
        votes: Float64Array.from(state.votes),
        parcels: state.parcels.map((list) => [...list]),
        elected: state.elected.map((g) => [...g]),
        excluded: [],
        rounds: undefined,
      };
      exclude(copy, [loser], undefined);
      return copy;
    },
    // Who is elected, and what every hopeful holds, ballot by ballot; the earlier rounds within groups of equal votes.
    key: (state) => {
      const hopefuls = hopefulsOf(state);
      const rank = nextRank(state.votes, state.rank, hopefuls);
      const holdings = hopefuls.map((c) => `${c}:${rank[c] as number}:${(state.parcels[c] as Parcel[]).map((p) => `${p.group}/${p.value}`).join(" ")}`);
      return `${[...state.status].join("")}|${holdings.join(",")}`;
    },
    // A hopeful that can never reach the quota, while as many hopefuls as seats are open already hold more than it ever can, is never elected.
    electable: (state) => {
      const hopefuls = hopefulsOf(state);
      const open = seats - state.seated;
      const hopeless = (c: number): boolean =>
        above(quota, reach[c] as number) && hopefuls.filter((x) => x !== c && above(state.votes[x] as number, reach[c] as number)).length >= open;
      return [...state.status.keys()].filter((c) => state.status[c] === ELECTED || (state.status[c] === HOPEFUL && !hopeless(c)));
    },
  };
  return { quota, start, run, walker };
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
  const machine = stvCount(count);
  let run = machine.start(true);
  const stop = machine.run(run, "stop");
  let tie = false;
  let winners: number[] = run.elected.flat();
  let top: readonly (readonly number[])[] = run.elected;
  if ("tied" in stop) {
    const search = machine.start(false);
    const at = machine.run(search, "stop");
    const reach = reachableWinners(machine.walker, search, "tied" in at ? at.tied : []);
    if (reach.undecided) throw undecidableTie(run.rounds?.length ?? 0, stop.tied.map((c) => profile.candidates[c] as string));
    if (reach.complete && reach.sets.length === 1) {
      run = machine.start(true);
      machine.run(run, "last");
      winners = run.elected.flat();
      top = run.elected;
    } else {
      tie = true;
      const union = new Set(reach.sets.flat());
      if (!reach.complete) for (const c of machine.walker.electable(search)) union.add(c);
      winners = [...union].sort((a, b) => a - b);
      top = [winners];
    }
  }
  const rest = hopefulsOf(run).filter((c) => !winners.includes(c));
  const votes = run.votes;
  const ranking = [...top, ...groupByScore(rest, (c) => votes[c] as number), ...[...run.excluded].reverse()].filter((g) => g.length > 0);
  return {
    ranking,
    decided: { winners, tie },
    rounds: (run.rounds ?? []).map((draft, i) => publishRound(profile, draft, i)),
    quota: machine.quota,
  };
}
