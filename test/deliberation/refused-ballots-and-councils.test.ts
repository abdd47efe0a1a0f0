// What a count refuses, word for word: each issue's code, its path into the election and its
// message, in ballot order, for tally's candidates and for a council's options.
import { describe, expect, it } from "vitest";
import { deliberate, tally, TallyError, type Election, type TallyOptions } from "../../src/deliberation/public.js";

type Issue = { code: string; path: (string | number)[]; message: string };

function refusal(count: () => unknown): Issue[] {
  try {
    count();
  } catch (error) {
    if (error instanceof TallyError) return error.issues.map((i) => ({ code: i.code, path: [...i.path], message: i.message }));
    throw error;
  }
  throw new Error("expected a TallyError");
}

const issuesOf = (election: unknown, options: unknown): Issue[] => refusal(() => tally(election as Election, options as TallyOptions));
const ab = ["a", "b"];
const FORMS = '"ranking", "approvals", "scores" or "grades"';

describe("tally refuses bad ballots, word for word", () => {
  it("a ballot with no form, several forms, or that is not an object", () => {
    expect(issuesOf({ candidates: ab, ballots: [{ ranking: ["a"], approvals: ["a"] }] }, { method: "irv" })).toEqual([
      { code: "invalid_ballot", path: ["ballots", 0], message: `ballots[0]: a ballot is an object with exactly one of ${FORMS}, not several` },
    ]);
    for (const ballot of [{ count: 2 }, null, ["a"], "a"]) {
      expect(issuesOf({ candidates: ab, ballots: [{ ranking: ["a"] }, ballot] }, { method: "irv" })).toEqual([
        { code: "invalid_ballot", path: ["ballots", 1], message: `ballots[1]: a ballot is an object with exactly one of ${FORMS}` },
      ]);
    }
  });

  it("entries of the wrong type, and a negative count", () => {
    expect(issuesOf({ candidates: ab, ballots: [{ ranking: [1] }] }, { method: "irv" })).toEqual([
      { code: "invalid_union", path: ["ballots", 0, "ranking", 0], message: "ballots[0].ranking[0]: expected a candidate id or a non-empty list of tied ids" },
    ]);
    expect(issuesOf({ candidates: ab, ballots: [{ approvals: [1] }] }, { method: "approval" })).toEqual([
      { code: "invalid_type", path: ["ballots", 0, "approvals", 0], message: "ballots[0].approvals[0]: expected string, received number" },
    ]);
    expect(issuesOf({ candidates: ab, ballots: [{ ranking: ["a"], count: -2 }] }, { method: "irv" })).toEqual([
      { code: "negative_count", path: ["ballots", 0, "count"], message: "ballots[0].count: must be at least 0" },
    ]);
  });

  it("unknown and repeated candidates, once per distinct ballot with how often it occurs", () => {
    expect(issuesOf({ candidates: ab, ballots: [{ ranking: ["x"] }, { ranking: ["x"] }, { ranking: ["x"] }] }, { method: "irv" })).toEqual([
      { code: "unknown_candidate", path: ["ballots", 0, "ranking", 0], message: 'ballots[0].ranking[0]: "x" is not a candidate in this election (the same ballot occurs 3 times)' },
    ]);
    expect(issuesOf({ candidates: ab, ballots: [{ ranking: ["a", ["b", "a"]] }] }, { method: "irv" })).toEqual([
      { code: "duplicate_candidate", path: ["ballots", 0, "ranking", 1, 1], message: 'ballots[0].ranking[1][1]: ranks "a" more than once' },
    ]);
    expect(issuesOf({ candidates: ab, ballots: [{ approvals: ["a", "a"] }] }, { method: "approval" })).toEqual([
      { code: "duplicate_candidate", path: ["ballots", 0, "approvals", 1], message: 'ballots[0].approvals[1]: approves "a" more than once' },
    ]);
  });

  it("a ballot of another form than the method counts", () => {
    expect(issuesOf({ candidates: ab, ballots: [{ approvals: ["a"] }] }, { method: "irv" })).toEqual([
      { code: "wrong_ballot_form", path: ["ballots", 0], message: "ballots[0]: this ballot holds approvals, but irv counts rankings" },
    ]);
    expect(issuesOf({ candidates: ab, ballots: [{ grades: { a: 1 } }] }, { method: "score" })).toEqual([
      { code: "wrong_ballot_form", path: ["ballots", 0], message: "ballots[0]: this ballot holds grades, but score counts scores" },
    ]);
  });

  it("scores and grades outside their range, at both ends", () => {
    expect(issuesOf({ candidates: ab, ballots: [{ scores: { a: 11, b: -1 } }] }, { method: "score" })).toEqual([
      { code: "score_out_of_range", path: ["ballots", 0, "scores", "a"], message: 'ballots[0].scores.a: the score 11 for "a" is outside 0..10' },
      { code: "score_out_of_range", path: ["ballots", 0, "scores", "b"], message: 'ballots[0].scores.b: the score -1 for "b" is outside 0..10' },
    ]);
    expect(issuesOf({ candidates: ab, ballots: [{ grades: { a: 3, b: -1 } }] }, { method: "majority-judgment", gradeScale: 3 })).toEqual([
      { code: "grade_out_of_range", path: ["ballots", 0, "grades", "a"], message: 'ballots[0].grades.a: the grade 3 for "a" is outside 0..2' },
      { code: "grade_out_of_range", path: ["ballots", 0, "grades", "b"], message: 'ballots[0].grades.b: the grade -1 for "b" is outside 0..2' },
    ]);
    // The edges themselves are allowed.
    expect(tally({ candidates: ab, ballots: [{ grades: { a: 2, b: 0 } }] }, { method: "majority-judgment", gradeScale: 3 }).winners).toEqual(["a"]);
    expect(tally({ candidates: ab, ballots: [{ scores: { a: 10, b: 0 } }] }, { method: "score" }).winners).toEqual(["a"]);
  });

  it("an election that is not an object, without ballots, or whose ballots are not a list", () => {
    expect(issuesOf(null, { method: "irv" })).toEqual([{ code: "invalid_type", path: [], message: "(root): expected object, received null" }]);
    expect(issuesOf("x", { method: "irv" })).toEqual([{ code: "invalid_type", path: [], message: "(root): expected object, received string" }]);
    expect(issuesOf({ candidates: ab }, { method: "irv" })).toEqual([{ code: "missing_field", path: ["ballots"], message: "ballots: required, expected array" }]);
    expect(issuesOf({ candidates: ab, ballots: 3 }, { method: "irv" })).toEqual([{ code: "invalid_type", path: ["ballots"], message: "ballots: expected array, received number" }]);
    expect(issuesOf({ candidates: ab, ballots: {} }, { method: "irv" })).toEqual([{ code: "invalid_type", path: ["ballots"], message: "ballots: expected array, received an object" }]);
    expect(issuesOf({ candidates: ab, ballots: null }, { method: "irv" })).toEqual([{ code: "invalid_type", path: ["ballots"], message: "ballots: expected array, received null" }]);
  });

  it("a candidate listed twice", () => {
    expect(issuesOf({ candidates: ["a", "b", "a"], ballots: [] }, { method: "irv" })).toEqual([
      { code: "duplicate_candidate", path: ["candidates", 2], message: 'candidates[2]: "a" is listed more than once' },
    ]);
  });

  it("reports in ballot order whichever check found the problem", () => {
    const issues = issuesOf({ candidates: ab, ballots: [{ ranking: ["a", "a"] }, "bad", { ranking: ["x"] }, { ranking: ["a", "a"] }] }, { method: "irv" });
    expect(issues.map((i) => i.path)).toEqual([["ballots", 0, "ranking", 1], ["ballots", 1], ["ballots", 2, "ranking", 0]]);
    expect(issues[0]?.message).toBe('ballots[0].ranking[1]: ranks "a" more than once (the same ballot occurs 2 times)');
  });

  it("stops at 100 issues, and its message shows the first five and counts the rest", () => {
    const many = { candidates: ab, ballots: Array.from({ length: 150 }, (_, i) => ({ ranking: [`x${i}`] })) };
    const issues = issuesOf(many, { method: "irv" });
    expect(issues).toHaveLength(100);
    expect(issues.at(-1)?.path).toEqual(["ballots", 99, "ranking", 0]);
    const few = { candidates: ab, ballots: Array.from({ length: 99 }, (_, i) => ({ ranking: [`x${i}`] })) };
    expect(issuesOf(few, { method: "irv" })).toHaveLength(99);
    try {
      tally(many, { method: "irv" });
    } catch (error) {
      const lines = (error as Error).message.split("\n");
      expect(lines[0]).toBe("tally: 100 problems found");
      expect(lines.slice(1, 6)).toEqual(issues.slice(0, 5).map((i) => `- ${i.message} [${i.code}]`));
      expect(lines.at(-1)).toBe("- ... and 95 more");
    }
  });
});

describe("a council's ballots are refused in the words of options", () => {
  const council = (ballots: unknown) => ({
    options: [
      { kind: "scenario" as const, id: "a", name: "A" },
      { kind: "scenario" as const, id: "b", name: "B" },
    ],
    participants: [{ id: "t1" }, { id: "t2" }],
    tally: { method: "irv" as const },
    ballots: ballots as never,
  });

  it("names an option, with its article", () => {
    expect(refusal(() => deliberate(council([{ participant: "t1", ranking: [1] }])))).toEqual([
      { code: "invalid_union", path: ["ballots", 0, "ranking", 0], message: "ballots[0].ranking[0]: expected an option id or a non-empty list of tied ids" },
    ]);
    expect(refusal(() => deliberate(council([{ participant: "t1", ranking: ["x"] }])))).toEqual([
      { code: "unknown_candidate", path: ["ballots", 0, "ranking", 0], message: 'ballots[0].ranking[0]: "x" is not an option in this election' },
    ]);
  });
});

describe("deliberate refuses a bad council, word for word", () => {
  const options = [
    { kind: "scenario", id: "a", name: "A" },
    { kind: "alternative", id: "b", name: "B", proposer: "t1" },
  ];
  const base = { options, participants: [{ id: "t1", organisation: "aob" }, { id: "t2" }], ballots: [], tally: { method: "irv" } };
  const refused = (council: unknown): Issue[] => refusal(() => deliberate(council as never));

  it("ids used twice, and a proposer who is neither a participant nor one of their organisations", () => {
    expect(refused({ ...base, options: [...options, { kind: "scenario", id: "a", name: "A2" }], participants: [...base.participants, { id: "t1" }] })).toEqual([
      { code: "duplicate_id", path: ["options", 2, "id"], message: 'options[2].id: "a" is used more than once' },
      { code: "duplicate_id", path: ["participants", 2, "id"], message: 'participants[2].id: "t1" is used more than once' },
    ]);
    expect(refused({ ...base, options: [options[0], { ...options[1], proposer: "zz" }] })).toEqual([
      { code: "unknown_proposer", path: ["options", 1, "proposer"], message: 'options[1].proposer: "zz" is neither a participant nor an organisation a participant belongs to' },
    ]);
    // An organisation a participant belongs to may propose; an unorganised participant's null is not an organisation.
    expect(deliberate({ ...base, options: [options[0], { ...options[1], proposer: "aob" }] } as never).overall.method).toBe("irv");
  });

  it("ballots of strangers, second ballots, weights on ballots, and ballots with no or several forms", () => {
    const ballots = [
      { participant: "t9", ranking: ["a"] },
      { participant: "t1", ranking: ["a"] },
      { participant: "t1", ranking: ["b"] },
      { participant: "t2", ranking: ["a"], weight: 2 },
    ];
    expect(refused({ ...base, ballots })).toEqual([
      { code: "unknown_participant", path: ["ballots", 0, "participant"], message: 'ballots[0].participant: "t9" is not a participant' },
      { code: "duplicate_ballot", path: ["ballots", 2, "participant"], message: 'ballots[2].participant: "t1" already cast ballots[1]' },
      { code: "unknown_key", path: ["ballots", 3, "weight"], message: `ballots[3].weight: unknown key "weight" (a council ballot's weight is its participant's)` },
    ]);
    for (const ballot of [{ participant: "t1" }, { participant: "t1", ranking: ["a"], approvals: ["a"] }]) {
      expect(refused({ ...base, ballots: [ballot] })).toEqual([
        { code: "invalid_ballot", path: ["ballots", 0], message: `ballots[0]: a council ballot has "participant" and exactly one of ${FORMS}` },
      ]);
    }
    expect(refused({ ...base, ballots: [{ ranking: ["a"] }] })).toEqual([
      { code: "missing_field", path: ["ballots", 0, "participant"], message: "ballots[0].participant: required, expected string" },
    ]);
  });

  it("requirements out of range, naming a group and per at once, or of an unknown kind or group", () => {
    expect(
      refused({ ...base, requirements: [{ kind: "majority", threshold: 1.5 }, { kind: "majority", threshold: -0.1 }, { kind: "turnout", min: 2 }, { kind: "voters", min: -1 }] }),
    ).toEqual([
      { code: "too_big", path: ["requirements", 0, "threshold"], message: "requirements[0].threshold: must be at most 1" },
      { code: "negative_number", path: ["requirements", 1, "threshold"], message: "requirements[1].threshold: must be at least 0" },
      { code: "too_big", path: ["requirements", 2, "min"], message: "requirements[2].min: must be at most 1" },
      { code: "negative_number", path: ["requirements", 3, "min"], message: "requirements[3].min: must be at least 0" },
    ]);
    expect(refused({ ...base, requirements: [{ kind: "same-winner", group: "all", per: "sector" }] })).toEqual([
      { code: "group_and_per", path: ["requirements", 0], message: 'requirements[0]: a requirement names either one group or "per", not both' },
    ]);
    expect(refused({ ...base, requirements: [{ kind: "majority", group: { sector: "" } }, { kind: "majority", group: { nope: "x" } }, { kind: "x" }] })).toEqual([
      { code: "too_small", path: ["requirements", 0, "group", "sector"], message: "requirements[0].group.sector: must have at least 1 character" },
      { code: "invalid_union", path: ["requirements", 1, "group"], message: "requirements[1].group: does not match any allowed form (received nope)" },
      { code: "invalid_value", path: ["requirements", 2, "kind"], message: 'requirements[2].kind: "x" is not an allowed "kind"' },
    ]);
  });

  it("options of an unknown kind or without id and name, counting settings that do not apply, and what is not a council", () => {
    expect(refused({ ...base, options: [{ kind: "other", id: "q", name: "Q" }, { kind: "scenario", id: "", name: "" }] })).toEqual([
      { code: "invalid_value", path: ["options", 0, "kind"], message: 'options[0].kind: "other" is not an allowed "kind"' },
      { code: "too_small", path: ["options", 1, "id"], message: "options[1].id: must have at least 1 character" },
      { code: "too_small", path: ["options", 1, "name"], message: "options[1].name: must have at least 1 character" },
    ]);
    expect(refused({ ...base, tally: { method: "irv", seats: 2 } })).toEqual([
      { code: "option_not_applicable", path: ["tally", "seats"], message: 'tally.seats: the option "seats" applies to approval and stv only, not to irv' },
    ]);
    expect(refused(3)).toEqual([{ code: "invalid_type", path: [], message: "(root): expected object, received number" }]);
  });
});

describe("tally refuses counting settings, word for word", () => {
  const empty = { candidates: ["a", "b"], ballots: [] };

  it("an option given to a method it does not apply to, naming the methods it does apply to", () => {
    expect(issuesOf(empty, { method: "irv", strength: "margin" })).toEqual([
      { code: "option_not_applicable", path: ["options", "strength"], message: 'options.strength: the option "strength" applies to schulze and ranked-pairs only, not to irv' },
    ]);
    expect(issuesOf(empty, { method: "plurality", quota: "hare" })).toEqual([
      { code: "option_not_applicable", path: ["options", "quota"], message: 'options.quota: the option "quota" applies to stv only, not to plurality' },
    ]);
    expect(issuesOf(empty, { method: "irv", scoreRange: { min: 0, max: 3 } })).toEqual([
      { code: "option_not_applicable", path: ["options", "scoreRange"], message: 'options.scoreRange: the option "scoreRange" applies to score only, not to irv' },
    ]);
  });

  it("a score range that does not run from low to high through 0; its edges may be 0", () => {
    for (const [min, max] of [
      [1, 5],
      [-5, -1],
      [0, 0],
      [2, -2],
    ] as const) {
      expect(issuesOf(empty, { method: "score", scoreRange: { min, max } })).toEqual([
        {
          code: "invalid_score_range",
          path: ["options", "scoreRange"],
          message: `options.scoreRange: the score range ${min}..${max} must run from low to high and include 0, the score of a candidate left out`,
        },
      ]);
    }
    expect(tally({ candidates: ["a", "b"], ballots: [{ scores: { a: -2 } }] }, { method: "score", scoreRange: { min: -2, max: 0 } }).winners).toEqual(["b"]);
    expect(tally({ candidates: ["a", "b"], ballots: [{ scores: { a: 1 } }] }, { method: "score", scoreRange: { min: 0, max: 1 } }).winners).toEqual(["a"]);
  });

  it("every misplaced option, then a bad score range, in one refusal; a shape error alone, before them", () => {
    expect(issuesOf(empty, { method: "irv", seats: 2, strength: "margin", scoreRange: { min: 1, max: 3 } })).toEqual([
      { code: "option_not_applicable", path: ["options", "seats"], message: 'options.seats: the option "seats" applies to approval and stv only, not to irv' },
      { code: "option_not_applicable", path: ["options", "strength"], message: 'options.strength: the option "strength" applies to schulze and ranked-pairs only, not to irv' },
      { code: "option_not_applicable", path: ["options", "scoreRange"], message: 'options.scoreRange: the option "scoreRange" applies to score only, not to irv' },
      {
        code: "invalid_score_range",
        path: ["options", "scoreRange"],
        message: "options.scoreRange: the score range 1..3 must run from low to high and include 0, the score of a candidate left out",
      },
    ]);
    expect(issuesOf(empty, { method: "irv", seats: 0, strength: "margin" }).map((i) => i.code)).toEqual(["too_small"]);
  });

  it("a TallyError names itself and lists each issue with its code", () => {
    const error = (() => {
      try {
        tally(empty, { method: "irv", quota: "droop" });
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(TallyError);
    expect((error as TallyError).name).toBe("TallyError");
    expect((error as TallyError).message).toBe('tally: 1 problem found\n- options.quota: the option "quota" applies to stv only, not to irv [option_not_applicable]');
  });
});
