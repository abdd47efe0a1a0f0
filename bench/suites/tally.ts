/**
 * Counting a large teachers' council: 150,000 ranked ballots over 6 options (seeded), for
 * every ranked method. Each method is timed three ways on the same ballots: this library's
 * `tally` (validation, grouping and the count), the npm package `votes` (v3; it has no STV),
 * and one pass that only groups identical ballots, the least any count must do. Rows carry
 * the ratio library / votes and the ratio library / grouping pass (lower is better).
 */
import { Borda, Copeland, FirstPastThePost, InstantRunoff, RankedPairs, Schulze, TwoRoundRunoff, utils, type Ballot as VotesBallot } from "votes";
import { type Ballot, tally, tallyMethods, type RankingBallot, type TallyMethod } from "../../src/council.js";
import { below, generator } from "../../src/deliberation/prng.js";
import { type BenchRow, type BenchSuite, measure } from "../lib.js";

const SUITE = "tally";
const OPTIONS = ["coordination", "oc2", "rotation", "regional", "federation", "status-quo"];

/** Seeded ballots: each voter follows one of four camps' orders, with a few swaps, and ranks 1 to 6 options. */
export function councilBallots(count: number, seed: number): RankingBallot[] {
  const next = generator(seed);
  const camps = [
    ["coordination", "federation", "oc2", "regional", "rotation", "status-quo"],
    ["oc2", "regional", "coordination", "federation", "status-quo", "rotation"],
    ["rotation", "regional", "oc2", "coordination", "status-quo", "federation"],
    ["status-quo", "coordination", "federation", "rotation", "oc2", "regional"],
  ];
  const ballots: RankingBallot[] = [];
  for (let i = 0; i < count; i++) {
    const order = [...(camps[below(next, camps.length)] as string[])];
    for (let s = below(next, 3); s > 0; s--) {
      const j = below(next, order.length - 1);
      [order[j], order[j + 1]] = [order[j + 1] as string, order[j] as string];
    }
    ballots.push({ ranking: order.slice(0, 1 + below(next, order.length)) });
  }
  return ballots;
}

/** The floor: one pass that groups identical ballots and sums their counts, nothing else. */
function groupOnly(ballots: readonly RankingBallot[]): Map<string, number> {
  const groups = new Map<string, number>();
  for (const ballot of ballots) {
    const key = ballot.ranking.join("\u0000");
    groups.set(key, (groups.get(key) ?? 0) + (ballot.count ?? 1));
  }
  return groups;
}

type Theirs = (candidates: string[], ballots: VotesBallot[]) => unknown;

const votesMethods: Partial<Record<TallyMethod, Theirs>> = {
  plurality: (candidates, ballots) => new FirstPastThePost({ candidates, ballots }).ranking(),
  "two-round": (candidates, ballots) => new TwoRoundRunoff({ candidates, ballots }).ranking(),
  irv: (candidates, ballots) => new InstantRunoff({ candidates, ballots }).ranking(),
  borda: (candidates, ballots) => new Borda({ candidates, ballots }).ranking(),
  copeland: (candidates, ballots) => new Copeland(utils.matrixFromBallots(ballots, candidates)).ranking(),
  schulze: (candidates, ballots) => new Schulze(utils.matrixFromBallots(ballots, candidates)).ranking(),
  "ranked-pairs": (candidates, ballots) => new RankedPairs(utils.matrixFromBallots(ballots, candidates)).ranking(),
};

const ranked: readonly TallyMethod[] = ["plurality", "two-round", "irv", "borda", "copeland", "schulze", "ranked-pairs", "stv"];

/** Seeded random ballots over `options` options: each ranks (approves, scores, grades) 20 of them. */
function wideBallots(options: readonly string[], count: number, seed: number, method: TallyMethod): Ballot[] {
  const next = generator(seed);
  const out: Ballot[] = [];
  for (let i = 0; i < count; i++) {
    const order = [...options];
    for (let j = 0; j < 20; j++) {
      const k = j + below(next, order.length - j);
      [order[j], order[k]] = [order[k] as string, order[j] as string];
    }
    const top = order.slice(0, 20);
    if (method === "approval") out.push({ approvals: top.slice(0, 5) });
    else if (method === "score") out.push({ scores: Object.fromEntries(top.map((c, r) => [c, 10 - (r % 11)])) });
    else if (method === "majority-judgment") out.push({ grades: Object.fromEntries(top.map((c, r) => [c, 5 - (r % 6)])) });
    else out.push({ ranking: top });
  }
  return out;
}

/** Many options: 300 and 1,000 options, 2,000 random ballots, every method once. */
function wideRows(quick: boolean): BenchRow[] {
  const rows: BenchRow[] = [];
  for (const size of quick ? [300] : [300, 1000]) {
    const options = Array.from({ length: size }, (_, i) => `o${i}`);
    for (const method of tallyMethods) {
      const election = { candidates: options, ballots: wideBallots(options, 2000, 2026, method) };
      const settings = method === "stv" || method === "approval" ? { method, seats: 3 } : { method };
      let note = "";
      const ours = measure(
        () => {
          try {
            const r = tally(election, settings);
            note = r.tie ? `tie among ${r.winners.length}` : `winners ${r.winners.join(", ")}`;
          } catch (error) {
            // A tie too large to decide is refused; the time to find that out is still the time of the count.
            note = error instanceof Error ? error.message.split("\n")[1] ?? error.message : String(error);
          }
        },
        { runs: 1, warmup: 0 },
      );
      rows.push({ suite: SUITE, name: `${size} options, 2,000 ballots / ${method}`, ...ours, note });
    }
  }
  return rows;
}

export const suite: BenchSuite = {
  name: SUITE,
  run({ quick, filter }) {
    if (filter !== undefined && filter.includes("options")) return wideRows(quick);
    const size = quick ? 15_000 : 150_000;
    const label = `${size.toLocaleString("en")} ballots`;
    const ballots = councilBallots(size, 2026);
    const election = { candidates: OPTIONS, ballots };
    const theirs: VotesBallot[] = ballots.map((b) => ({ ranking: b.ranking.map((c) => [c as string]), weight: 1 }));
    const runs = quick ? 3 : 5;
    const grouped = measure(() => groupOnly(ballots), { runs, minMs: 200 });
    const rows: BenchRow[] = [{ suite: SUITE, name: `${label} / group-only pass`, ...grouped, note: `${groupOnly(ballots).size} distinct ballots` }];
    for (const method of ranked) {
      const options = method === "stv" ? { method, seats: 2 } : { method };
      const ours = measure(() => tally(election, options), { runs });
      const theirsRun = votesMethods[method];
      const other = theirsRun === undefined ? undefined : measure(() => theirsRun(OPTIONS, theirs), { runs: quick ? 1 : 3, warmup: quick ? 0 : 1 });
      rows.push({
        suite: SUITE,
        name: `${label} / ${method} / library vs votes`,
        ...ours,
        ...(other === undefined
          ? { note: "votes has no STV" }
          : { ratio: { against: "votes", value: ours.medianMs / other.medianMs, target: "< 1", met: ours.medianMs < other.medianMs } }),
      });
      rows.push({
        suite: SUITE,
        name: `${label} / ${method} / library vs group-only`,
        ...ours,
        ratio: { against: "group-only pass", value: ours.medianMs / grouped.medianMs },
      });
      if (other !== undefined) rows.push({ suite: SUITE, name: `${label} / ${method} / votes`, ...other });
    }
    return [...rows, ...(filter === undefined || filter.includes("options") ? wideRows(quick) : [])];
  },
};
