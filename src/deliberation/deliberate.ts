import type { Ballot } from "./election.js";
import type { Council, CouncilBallot, CouncilGroup, Deliberation } from "./council.js";
import { explainCouncil } from "./council-explanation.js";
import type { LocaleOption } from "../locale/catalogue.js";
import { catalogueFor } from "../locale/registry.js";
import { groupSpecs } from "./council-groups.js";
import { preferenceValues } from "./preferences.js";
import { readCouncil } from "./read-council.js";
import { checkRequirement, outcomeOf } from "./support.js";
import { countElection } from "./tally.js";

const words = { context: "deliberate", noun: "an option" } as const;

/** A council ballot as a ballot of the election, weighted by its participant. */
function asBallot(ballot: CouncilBallot, weight: number): Ballot {
  if ("ranking" in ballot) return { ranking: ballot.ranking, count: weight };
  if ("approvals" in ballot) return { approvals: ballot.approvals, count: weight };
  if ("scores" in ballot) return { scores: ballot.scores, count: weight };
  return { grades: ballot.grades, count: weight };
}

/**
 * Options for {@link deliberate}.
 * @example
 * ```ts
 * const options: DeliberateOptions = { locale: "en" };
 * ```
 * @category Deliberation
 */
export interface DeliberateOptions {
  /** The language of the explanation: `en` (default), `nl` once `beroepsgroep/locale/nl` is imported, or a {@link index!Catalogue}. */
  readonly locale?: LocaleOption;
}

/**
 * Runs the teachers' council (lerarenberaad): counts the ballots by the council's method, the
 * same count again within every group (organised and unorganised teachers, each organisation,
 * sector and region), checks each support requirement with its figures, and explains the
 * outcome in the language asked for (English by default). One teacher, one vote, unless participants carry a `weight`.
 *
 * @param council - the options, participants, ballots, method and requirements ({@link Council})
 * @param language - the language of the explanation
 * @returns the overall result, the groups, the requirements checked, and the explanation
 * @throws {@link TallyError} naming every problem: unknown participants or options, a second
 *   ballot from one participant, a bad ballot, a bad method setting or requirement
 * @throws Error starting `deliberate:` for an unknown locale, or `nl` when `beroepsgroep/locale/nl` was not imported
 * @example
 * ```ts
 * const result = deliberate({
 *   options: [
 *     { kind: "scenario", id: "coordination", name: "Coordination" },
 *     { kind: "scenario", id: "oc2", name: "OC 2.0" },
 *   ],
 *   participants: [
 *     { id: "t1", organisation: "aob", sector: "po" },
 *     { id: "t2", organisation: null, sector: "vo" },
 *     { id: "t3", sector: "vo" },
 *   ],
 *   ballots: [
 *     { participant: "t1", ranking: ["coordination", "oc2"] },
 *     { participant: "t2", ranking: ["oc2", "coordination"] },
 *     { participant: "t3", ranking: ["oc2", "coordination"] },
 *   ],
 *   tally: { method: "irv" },
 *   requirements: [{ kind: "majority", group: "unorganised" }],
 * });
 * result.overall.winners; // => ["oc2"]
 * result.supported; // => true
 * ```
 * @category Deliberation
 */
export function deliberate(council: Council, language: DeliberateOptions = {}): Deliberation {
  const { council: c, settings } = readCouncil(council);
  const said = catalogueFor((language as Partial<DeliberateOptions> | null | undefined)?.locale, "deliberate").council;
  const options = c.options.map((o) => o.id);
  const participantAt = new Map(c.participants.map((p, i) => [p.id, i]));
  const weightOf = (i: number): number => c.participants[i]?.weight ?? 1;
  const ballotsOf = new Map<number, number>();
  c.ballots.forEach((b, i) => ballotsOf.set(participantAt.get(b.participant) as number, i));
  const electionOf = (ballotIndexes: readonly number[]) => ({
    candidates: options,
    ballots: ballotIndexes.map((i) => {
      const b = c.ballots[i] as CouncilBallot;
      return asBallot(b, weightOf(participantAt.get(b.participant) as number));
    }),
  });
  // The overall count first: its errors carry the council's own ballot indexes.
  const overall = countElection(electionOf(c.ballots.map((_, i) => i)), settings, words);
  const values = c.ballots.map((b) => preferenceValues(b, options));
  const ballotsByGroup = new Map<string, { values: Float64Array; weight: number }[]>();
  const groups: CouncilGroup[] = groupSpecs(c.participants).map((spec) => {
    const cast = spec.members.flatMap((m) => {
      const b = ballotsOf.get(m);
      return b === undefined ? [] : [b];
    });
    ballotsByGroup.set(
      spec.id,
      cast.map((b) => ({ values: values[b] as Float64Array, weight: weightOf(participantAt.get(c.ballots[b]?.participant ?? "") as number) })),
    );
    const participants = spec.members.reduce((s, m) => s + weightOf(m), 0);
    const voted = cast.reduce((s, b) => s + weightOf(participantAt.get(c.ballots[b]?.participant ?? "") as number), 0);
    return {
      id: spec.id,
      kind: spec.kind,
      key: spec.key,
      headcount: spec.members.length,
      participants,
      voted,
      turnout: participants > 0 ? voted / participants : null,
      result: spec.id === "all" ? overall : countElection(electionOf(cast), settings, words),
    };
  });
  const ctx = { options, overall, groups, ballots: ballotsByGroup };
  const requirements = (c.requirements ?? []).map((r) => checkRequirement(ctx, r));
  const supported = outcomeOf(overall).length > 0 && requirements.every((r) => r.met);
  return {
    overall,
    groups,
    requirements,
    supported,
    explanation: explainCouncil(c, overall, groups, requirements, supported, said),
  };
}
