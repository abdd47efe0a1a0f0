import { describe, expect, it } from "vitest";
import { formatPath, ScenarioError } from "../../src/index.js";
import type { ScenarioIssue } from "../../src/index.js";
import { fixtureJson, parseIssues } from "../fixtures/load.js";

// What a user reads when a document is wrong: each issue's code, path and message,
// naming the owner and the offending id or value.

function doc(name: "worked-coordination" | "worked-oc2" = "worked-coordination"): any {
  return structuredClone(fixtureJson(name));
}

const issues = parseIssues;

function alternative(rules: unknown[]): any {
  const d = doc();
  d.model = { kind: "alternative", name: "Rules", rules };
  return d;
}

describe("messages of meaning", () => {
  it("name the owner and the missing id of a reference, wherever it is", () => {
    const d = doc();
    d.sources = [{ id: "s1", title: "Source" }];
    d.sectors[0].sources = ["nope"];
    d.regions[1].parent = "atlantis";
    d.themes[3].parent = "nothing";
    d.organisations[2].memberOf = ["cmhf"];
    d.organisations[0].members.bySector = { wo: 5 };
    d.population = { teachers: 10, asOf: "2024-01-01", bySector: { hbo: 1 }, sources: ["gone"] };
    d.mandates[0].grant = { by: "delegation", from: "ghost" };
    d.model.parties.push("phantom");
    d.model.agreement.signatories[0] = "spook";
    d.model.sources = ["unsourced"];
    expect(issues(d)).toEqual([
      { code: "unknown_reference", path: ["sectors", 0, "sources", 0], message: 'sector "po": source "nope" does not exist' },
      { code: "unknown_reference", path: ["regions", 1, "parent"], message: 'region "noord": region "atlantis" does not exist' },
      { code: "unknown_reference", path: ["themes", 3, "parent"], message: 'theme "bevoegdheden": theme "nothing" does not exist' },
      { code: "unknown_reference", path: ["organisations", 0, "members", "bySector", "wo"], message: 'organisation "aob": sector "wo" does not exist' },
      { code: "unknown_reference", path: ["organisations", 2, "memberOf", 0], message: 'organisation "fvov": organisation "cmhf" does not exist' },
      { code: "unknown_reference", path: ["population", "bySector", "hbo"], message: 'population: sector "hbo" does not exist' },
      { code: "unknown_reference", path: ["population", "sources", 0], message: 'population: source "gone" does not exist' },
      { code: "unknown_reference", path: ["mandates", 0, "grant", "from"], message: 'mandate "m1": organisation "ghost" does not exist' },
      { code: "unknown_reference", path: ["model", "sources", 0], message: 'model: source "unsourced" does not exist' },
      { code: "unknown_reference", path: ["model", "parties", 4], message: 'coordination model: organisation "phantom" does not exist' },
      { code: "unknown_reference", path: ["model", "agreement", "signatories", 0], message: 'agreement "a1": organisation "spook" does not exist' },
    ]);
  });

  it("name the OC 2.0 body and the rule that refer to something missing", () => {
    const oc2 = doc("worked-oc2");
    oc2.model.body = "ghost";
    oc2.model.board.seats[0].organisation = "phantom";
    oc2.model.chapters[0].region = "mars";
    expect(issues(oc2).map((i) => i.message)).toEqual([
      'OC 2.0 model: organisation "ghost" does not exist',
      'OC 2.0 body "ghost": organisation "phantom" does not exist',
      'OC 2.0 body "ghost": region "mars" does not exist',
    ]);
    expect(issues(alternative([{ id: "r1", when: { regions: ["mars"] }, then: { assign: { lead: "aob", members: ["ghost"] } } }]))).toEqual([
      { code: "unknown_reference", path: ["model", "rules", 0, "when", "regions", 0], message: 'rule "r1": region "mars" does not exist' },
      { code: "unknown_reference", path: ["model", "rules", 0, "then", "assign", "members", 0], message: 'rule "r1": organisation "ghost" does not exist' },
    ]);
  });

  it("say which id appears twice, pointing at the second", () => {
    const d = doc();
    d.sources = [{ id: "s1", title: "One" }, { id: "s1", title: "Two" }];
    d.sectors.push({ id: "po", name: "Again" });
    d.themes.push({ id: "cao", name: "Again", kind: "labour" });
    d.model.parties.push("aob");
    d.model.agreement.signatories.push("cnvo");
    expect(issues(d).filter((i) => i.code === "duplicate_id")).toEqual([
      { code: "duplicate_id", path: ["sources", 1, "id"], message: 'source "s1" appears more than once' },
      { code: "duplicate_id", path: ["sectors", 3, "id"], message: 'sector "po" appears more than once' },
      { code: "duplicate_id", path: ["themes", 5, "id"], message: 'theme "cao" appears more than once' },
      { code: "duplicate_id", path: ["model", "parties", 4], message: 'party "aob" appears more than once' },
      { code: "duplicate_id", path: ["model", "agreement", "signatories", 4], message: 'signatory "cnvo" appears more than once' },
    ]);
    const oc2 = doc("worked-oc2");
    oc2.model.board.seats.push({ organisation: "aob", seats: 1 });
    oc2.model.chapters.push({ region: "noord", organisation: "aob" });
    expect(issues(oc2)).toEqual([
      { code: "duplicate_id", path: ["model", "board", "seats", 4], message: 'board seat holder "aob" appears more than once' },
      { code: "duplicate_id", path: ["model", "chapters", 1], message: 'chapter region "noord" appears more than once' },
    ]);
    const rules = [{ id: "r1", then: { mandates: {} } }, { id: "r1", then: { mandates: {} } }];
    expect(issues(alternative(rules))).toEqual([{ code: "duplicate_id", path: ["model", "rules", 1, "id"], message: 'rule "r1" appears more than once' }]);
  });

  it("explain empty lists, self-membership, reversed dates, too few parties and empty rotation periods", () => {
    const d = doc();
    d.mandates[0].scope.sectors = [];
    d.organisations[2].memberOf = ["fvov"];
    d.model.agreement.validUntil = "2024-12-31";
    d.model.parties = ["aob"];
    d.model.agreement.signatories = ["aob"];
    expect(issues(d)).toEqual([
      { code: "self_reference", path: ["organisations", 2, "memberOf"], message: 'organisation "fvov" cannot be a member of itself' },
      {
        code: "empty_list",
        path: ["mandates", 0, "scope", "sectors"],
        message: 'mandate "m1": an empty list matches nothing; leave it out (or write "all") to match everything',
      },
      { code: "too_few_parties", path: ["model", "parties"], message: "coordination model: needs at least two parties, found 1" },
      { code: "invalid_interval", path: ["model", "agreement", "validUntil"], message: 'agreement "a1": 2024-12-31 must be after signedOn 2025-01-01' },
    ]);
    const rules = [
      { id: "r1", when: { themes: [], regions: [], sectors: [] }, then: { largestMembership: { among: [] } } },
      { id: "r2", then: { rotate: { among: ["aob"], every: { years: 0, days: 0 }, startingOn: "2025-01-01" } } },
    ];
    expect(issues(alternative(rules)).map((i) => [i.code, i.path.join("."), i.message])).toEqual([
      ["empty_list", "model.rules.0.when.themes", expect.stringMatching(/^rule "r1": an empty list/)],
      ["empty_list", "model.rules.0.when.regions", expect.stringMatching(/^rule "r1": an empty list/)],
      ["empty_list", "model.rules.0.when.sectors", expect.stringMatching(/^rule "r1": an empty list/)],
      ["empty_list", "model.rules.0.then.largestMembership.among", expect.stringMatching(/^rule "r1": an empty list/)],
      ["invalid_period", "model.rules.1.then.rotate.every", 'rule "r2": a rotation period must be longer than zero'],
    ]);
  });
});

describe("messages about trees", () => {
  it("draw a region cycle from the node where it closes, even when the walk enters it from outside", () => {
    const d = doc();
    d.regions.push({ id: "c", name: "C", level: "x", parent: "a" }, { id: "a", name: "A", level: "x", parent: "b" }, { id: "b", name: "B", level: "x", parent: "a" });
    expect(issues(d)).toEqual([{ code: "region_cycle", path: ["regions", 6, "parent"], message: "regions form a cycle: a -> b -> a" }]);
  });

  it("shorten a long cycle to its first eight ids", () => {
    const ring = (n: number) => {
      const d = doc();
      for (let i = 0; i < n; i++) d.themes.push({ id: `t${i}`, name: `T${i}`, parent: `t${(i + 1) % n}` });
      return issues(d).map((i) => i.message);
    };
    expect(ring(8)).toEqual(["themes form a cycle: t0 -> t1 -> t2 -> t3 -> t4 -> t5 -> t6 -> t7 -> t0"]);
    expect(ring(9)).toEqual(["themes form a cycle: t0 -> t1 -> t2 -> t3 -> t4 -> t5 -> t6 -> t7 -> ... (9 in all)"]);
  });

  it("name the roots that compete and the theme that lacks a kind", () => {
    const d = doc();
    delete d.regions[2].parent;
    delete d.themes[0].kind;
    expect(issues(d)).toEqual([
      { code: "multiple_root_regions", path: ["regions", 2], message: 'region "oost" has no parent, but "nl" is already the root; regions form one tree' },
      { code: "theme_kind_missing", path: ["themes", 0, "kind"], message: 'theme "curriculum" has no parent, so it must state its kind ("professional" or "labour")' },
    ]);
    const noRoot = doc();
    noRoot.regions[0].parent = "noord";
    expect(issues(noRoot)).toContainEqual({
      code: "no_root_region",
      path: ["regions"],
      message: "regions: no region without a parent; exactly one root (the national level) is needed",
    });
  });
});

describe("ScenarioError", () => {
  it("says how many problems it found, shows the first five and counts the rest", () => {
    const issue = (n: number): ScenarioIssue => ({ code: "c", path: ["mandates", n, "holder"], message: `problem ${n}` });
    const seven = new ScenarioError([0, 1, 2, 3, 4, 5, 6].map(issue), "parseScenario");
    expect(seven.message).toBe(
      [
        "parseScenario: 7 problems found",
        "- mandates[0].holder: problem 0 [c]",
        "- mandates[1].holder: problem 1 [c]",
        "- mandates[2].holder: problem 2 [c]",
        "- mandates[3].holder: problem 3 [c]",
        "- mandates[4].holder: problem 4 [c]",
        "- ... and 2 more",
      ].join("\n"),
    );
    expect(new ScenarioError([issue(0)]).message).toBe("scenario: 1 problem found\n- mandates[0].holder: problem 0 [c]");
    expect(new ScenarioError([0, 1, 2, 3, 4].map(issue)).message).not.toContain("more");
  });

  it("does not say a path twice when the message already starts with it", () => {
    const shaped: ScenarioIssue = { code: "invalid_type", path: ["themes", 0, "name"], message: "themes[0].name: expected string, received number" };
    expect(new ScenarioError([shaped]).message).toBe("scenario: 1 problem found\n- themes[0].name: expected string, received number [invalid_type]");
    // Only the path followed by a colon counts: a message about a longer path keeps the prefix.
    const longer: ScenarioIssue = { code: "c", path: ["themes", 0], message: "themes[0].name is odd" };
    expect(new ScenarioError([longer]).message).toBe("scenario: 1 problem found\n- themes[0]: themes[0].name is odd [c]");
  });

  it("keeps frozen copies of the issues it was given", () => {
    const given = [{ code: "c", path: ["a", 1], message: "m" }];
    const error = new ScenarioError(given);
    given[0]!.path.push("b");
    expect(error.issues).toEqual([{ code: "c", path: ["a", 1], message: "m" }]);
    expect(Object.isFrozen(error.issues)).toBe(true);
    expect(Object.isFrozen(error.issues[0])).toBe(true);
    expect(Object.isFrozen(error.issues[0]?.path)).toBe(true);
  });

  it("formats paths with dots and brackets, and the empty path as the root", () => {
    expect(formatPath([])).toBe("(root)");
    expect(formatPath([0])).toBe("[0]");
    expect(formatPath(["model", "rules", 2, "then"])).toBe("model.rules[2].then");
  });
});
