import { above, sum } from "../numbers.js";
import { allPositions, recordOf } from "../ranking-kit.js";
import type { MeritProfile } from "../tally-result.js";
import type { Count, Counted } from "./count.js";
import { recordFrom } from "../../internal/own.js";

/** `atLeast[g]`: the weight of grades g or higher. */
function atLeastOf(distribution: Float64Array): Float64Array {
  const out = new Float64Array(distribution.length + 1);
  for (let g = distribution.length - 1; g >= 0; g--) out[g] = (out[g + 1] as number) + (distribution[g] as number);
  return out;
}

/** The grade held at position t (counted from the best grade down), just past t when `after`, else just before. */
function gradeAt(atLeast: Float64Array, t: number, after: boolean): number {
  for (let g = atLeast.length - 2; g >= 0; g--) {
    const c = atLeast[g] as number;
    if (after ? above(c, t) : !above(t, c)) return g;
  }
  return 0;
}

/**
 * Compares two candidates by Balinski and Laraki's majority value: the lower median grade, and
 * while those are equal the medians that follow when that grade is taken away, one voter at a
 * time. With weights this reads the grades outward from the middle of the weight, the lower
 * side first at each distance; the first difference decides. Positive when `a` is better.
 */
function compareMajorityValues(a: Float64Array, b: Float64Array, total: number): number {
  const half = total / 2;
  const distances = new Set<number>([0]);
  for (const atLeast of [a, b]) for (const c of atLeast) distances.add(Math.abs(c - half));
  for (const d of [...distances].sort((x, y) => x - y)) {
    if (above(total, half + d)) {
      const ga = gradeAt(a, half + d, true);
      const gb = gradeAt(b, half + d, true);
      if (ga !== gb) return ga - gb;
    }
    if (above(half - d, 0)) {
      const ga = gradeAt(a, half - d, false);
      const gb = gradeAt(b, half - d, false);
      if (ga !== gb) return ga - gb;
    }
  }
  return 0;
}

/**
 * Majority judgment: every candidate's majority grade is the lower median of its grades
 * (a missing grade is the lowest, 0); ties between equal majority grades are broken by the
 * majority value (the medians that follow as the median grade is taken away), as Balinski and
 * Laraki define it. Candidates with identical grade distributions stay tied.
 */
export function majorityJudgment({ profile, settings }: Count): Counted {
  const n = profile.candidates.length;
  const levels = settings.gradeScale;
  const distributions = Array.from({ length: n }, () => new Float64Array(levels));
  for (const group of profile.values) {
    group.values.forEach((grade, c) => {
      const row = distributions[c] as Float64Array;
      row[grade] = (row[grade] as number) + group.weight;
    });
  }
  const total = sum(profile.values.map((g) => g.weight));
  const atLeast = distributions.map(atLeastOf);
  const merit = (c: number): MeritProfile => {
    const dist = distributions[c] as Float64Array;
    const cum = atLeast[c] as Float64Array;
    const grade = gradeAt(cum, total / 2, true);
    return {
      distribution: [...dist],
      majorityGrade: grade,
      above: total === 0 ? 0 : (cum[grade + 1] as number) / total,
      below: total === 0 ? 0 : (total - (cum[grade] as number)) / total,
    };
  };
  const compare = (x: number, y: number): number => compareMajorityValues(atLeast[y] as Float64Array, atLeast[x] as Float64Array, total);
  const sorted = allPositions(profile).sort((x, y) => compare(x, y) || x - y);
  const ranking: number[][] = [];
  for (const c of sorted) {
    const last = ranking[ranking.length - 1];
    if (last !== undefined && compare(last[0] as number, c) === 0) last.push(c);
    else ranking.push([c]);
  }
  const merits = recordFrom(profile.candidates, merit);
  return { ranking, totals: recordOf(profile, (c) => merit(c).majorityGrade), merits };
}
