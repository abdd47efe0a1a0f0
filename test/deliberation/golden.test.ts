// The explanation a teachers' council receives, word for word in both languages, and the
// figures behind it, kept in test/deliberation/golden/: every counting method's name, every
// kind of support requirement and group, figures that cannot be measured, weighted and
// single voters, ties and councils without votes. After a deliberate change of wording,
// `npx vitest run test/deliberation/golden.test.ts -u` writes them again; read the diff.
import { describe, expect, it } from "vitest";
import { tallyMethods, type Council, type CouncilBallot, type TallyMethod } from "../../src/deliberation/public.js";
import { deliberateInBoth } from "../fixtures/both-languages.js";

const PARTICIPANTS: Council["participants"] = [
  { id: "t1", organisation: "aob", sector: "po", region: "noord" },
  { id: "t2", organisation: "aob", sector: "vo", region: "west" },
  { id: "t3", organisation: "cnvo", sector: "vo", region: "west" },
  { id: "t4", organisation: null, sector: "po", region: "noord" },
  { id: "t5", sector: "mbo", region: "west" },
  { id: "t6", sector: "vo", region: "noord" },
];

const OPTIONS: Council["options"] = [
  { kind: "scenario", id: "coordination", name: "Coordination" },
  { kind: "scenario", id: "oc2", name: "OC 2.0", scenario: "oc2-2026" },
  { kind: "alternative", id: "rotation", name: "Rotating chair", proposer: "t5" },
];

const RANKINGS: Record<string, readonly string[]> = {
  t1: ["coordination", "oc2", "rotation"],
  t2: ["coordination", "rotation"],
  t3: ["oc2", "coordination"],
  t4: ["oc2", "rotation", "coordination"],
  t5: ["rotation", "oc2"],
};

/** The five ballots in the form a method counts. */
function ballotsFor(method: TallyMethod): CouncilBallot[] {
  return Object.entries(RANKINGS).map(([participant, ranking]): CouncilBallot => {
    switch (method) {
      case "approval":
        return { participant, approvals: ranking.slice(0, 2) };
      case "score":
        return { participant, scores: Object.fromEntries(ranking.map((id, i) => [id, [10, 4, 1][i] ?? 0])) };
      case "majority-judgment":
        return { participant, grades: Object.fromEntries(ranking.map((id, i) => [id, [5, 3, 1][i] ?? 0])) };
      default:
        return { participant, ranking };
    }
  });
}

function council(overrides: Partial<Council> = {}): Council {
  return { name: "Lerarenberaad Utrecht", options: OPTIONS, participants: PARTICIPANTS, ballots: ballotsFor("irv"), tally: { method: "irv" }, ...overrides };
}

/** The explanation in both languages, then the figures it is rendered from: each group and each requirement's checks. */
async function golden(name: string, c: Council): Promise<void> {
  const { explanation, groups, requirements, supported } = deliberateInBoth(c);
  const figures = {
    supported,
    groups: groups.map((g) => ({ id: g.id, headcount: g.headcount, participants: g.participants, voted: g.voted, turnout: g.turnout, winners: g.result.winners, tie: g.result.tie })),
    requirements,
  };
  await expect(`${explanation.en}\n\n${explanation.nl}\n\n${JSON.stringify(figures, null, 1)}\n`).toMatchFileSnapshot(`golden/${name}.txt`);
}

describe("the explanation of a council, whole", () => {
  for (const method of tallyMethods) {
    it(`names ${method} in both languages, and says when no requirement was set`, async () => {
      await golden(`method-${method}`, council({ ballots: ballotsFor(method), tally: method === "stv" || method === "approval" ? { method, seats: 2 } : { method } }));
    });
  }

  it("describes each kind of requirement and group, with its figures", async () => {
    await golden(
      "requirements",
      council({
        requirements: [
          { kind: "majority", group: "organised" },
          { kind: "majority", group: "unorganised", threshold: 0.6 },
          { kind: "majority", per: "organisation", threshold: 0.75 },
          { kind: "same-winner", per: "region" },
          { kind: "same-winner", group: { sector: "vo" } },
          { kind: "turnout", min: 0.75 },
          { kind: "turnout", group: { region: "noord" }, min: 0.5 },
          { kind: "voters", per: "sector", min: 1 },
          { kind: "voters", group: { organisation: "aob" }, min: 3 },
        ],
      }),
    );
  });

  it("says the outcome has the support asked for when every requirement is met", async () => {
    await golden("supported", council({ requirements: [{ kind: "voters", min: 2 }, { kind: "turnout", group: "organised", min: 0.5 }] }));
  });

  it("says there is nothing to measure in a group without ballots, and names no council when it has no name", async () => {
    const { name, ...unnamed } = council({
      participants: [...PARTICIPANTS, { id: "t7", organisation: "bvmbo", sector: "mbo", region: "oost" }],
      requirements: [{ kind: "majority", group: { organisation: "bvmbo" } }, { kind: "same-winner", group: { region: "oost" } }, { kind: "majority", per: "region" }],
    });
    expect(name).toBe("Lerarenberaad Utrecht");
    await golden("unmeasured", unnamed);
  });

  it("weighs delegates, and writes one vote from one participant in the singular", async () => {
    await golden(
      "weights",
      council({
        options: OPTIONS.slice(0, 2),
        participants: [
          { id: "d1", organisation: "aob", sector: "po", weight: 2.5 },
          { id: "d2", sector: "vo", weight: 1 },
        ],
        ballots: [
          { participant: "d1", ranking: ["oc2"] },
          { participant: "d2", ranking: ["coordination"] },
        ],
        requirements: [{ kind: "voters", group: "unorganised", min: 1 }, { kind: "majority", group: "unorganised" }],
      }),
    );
    await golden("single", council({ options: OPTIONS.slice(0, 2), participants: [{ id: "t1", organisation: "aob" }], ballots: [{ participant: "t1", ranking: ["oc2"] }] }));
  });

  it("reports a tie and a council where no one voted", async () => {
    await golden(
      "tie",
      council({
        ballots: [
          { participant: "t1", ranking: ["coordination"] },
          { participant: "t4", ranking: ["oc2"] },
        ],
        requirements: [{ kind: "same-winner", per: "organisation" }],
      }),
    );
    await golden("no-votes", council({ ballots: [], requirements: [{ kind: "turnout", min: 0.1 }] }));
  });
});
