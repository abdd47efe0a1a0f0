// Whole outputs of the five renderers, as a reader receives them, kept in test/report/golden/:
// every format in both languages, with and without display names, over worlds that have
// represented, contested and unrepresented cells, differing and equal scenarios, each of the
// eleven counting methods with transfers, exhausted ballots and ties. Every word, every
// coordinate and every colour is part of what a renderer promises.
// After a deliberate change of output, `npx vitest run test/report/golden.test.ts -u` writes
// them again; read the diff before committing it.
import { describe, expect, it } from "vitest";
import { renderTally, tally, tallyMethods, type Election, type TallyMethod } from "../../src/council.js";
import {
  compareScenarios,
  matrixTimeline,
  representationMatrix,
  parseScenario,
  type Scenario,
} from "../../src/index.js";
import {
  displayNames,
  renderComparison,
  renderMatrix,
  renderStructure,
  renderTimeline,
  type RenderFormat,
  type RenderOptions,
} from "../../src/report-entry.js";
import { nl } from "../../src/nl/index.js";
import { fixture, fixtureJson } from "../fixtures/load.js";
import { wellFormed } from "./well-formed.js";
import { alternativeScenario, hostileScenario, workedMatrix } from "./fixtures.js";

const EXTENSION: Record<RenderFormat, string> = { markdown: "md", html: "html", svg: "svg" };

async function golden(name: string, format: RenderFormat | "mermaid", output: string): Promise<void> {
  // A whole page has a doctype and void tags that XML does not allow; its body must still be well-formed.
  const body = output.startsWith("<!doctype html>") ? (/<body[^>]*>(.*)<\/body>/s.exec(output)?.[1] ?? "") : output;
  if (format === "html" || format === "svg") expect(body !== "" && wellFormed(body), name).toBe(true);
  const extension = format === "mermaid" ? "mmd" : EXTENSION[format];
  await expect(output).toMatchFileSnapshot(`golden/${name}.${extension}`);
}

const FORMATS: readonly RenderFormat[] = ["markdown", "html", "svg"];

describe("renderMatrix, whole outputs", () => {
  const { scenario, matrix } = workedMatrix();
  const names = displayNames(scenario);

  for (const format of FORMATS) {
    it(`the worked example as ${format}, in English and in Dutch`, async () => {
      await golden(`matrix-en`, format, renderMatrix(matrix, { format, names }));
      await golden(`matrix-nl`, format, renderMatrix(matrix, { format, names, locale: "nl", colours: { aob: "#123456" }, idPrefix: "m1", headingLevel: 4 }));
    });
  }

  it("ids where no names are given, a whole HTML page, and hostile names", async () => {
    const one = representationMatrix(scenario, { on: matrix.on, themes: ["curriculum", "lerarenopleiding"], sectors: ["vo"] });
    await golden("matrix-ids", "svg", renderMatrix(one, { format: "svg", locale: "nl" }));
    await golden("matrix-page", "html", renderMatrix(one, { format: "html", standalone: true, headingLevel: 1 }));
    const hostile = hostileScenario();
    const hostileMatrix = representationMatrix(hostile, { on: "2025-06-01" });
    for (const format of FORMATS) await golden("matrix-hostile", format, renderMatrix(hostileMatrix, { format, names: displayNames(hostile) }));
  });
});

describe("renderMatrix, whole outputs of special cells", () => {
  it("an unrepresented cell with its reason, in each format", async () => {
    const alternative = alternativeScenario();
    const m = representationMatrix(alternative, { on: "2026-03-01", themes: ["curriculum"], sectors: ["mbo", "vo"] });
    expect(m.cells.some((c) => c.status === "unrepresented" && c.reason === "no chapter yet")).toBe(true);
    for (const format of FORMATS) await golden("matrix-reason-nl", format, renderMatrix(m, { format, locale: "nl", names: displayNames(alternative) }));
  });

  it("a legend where two organisations share a short name, ordered by id", async () => {
    const { scenario, matrix } = workedMatrix();
    const names = { ...displayNames(scenario), organisations: { aob: "Bond", cnvo: "Bond", fvov: "Bond" } };
    for (const format of FORMATS) await golden("matrix-same-short", format, renderMatrix(matrix, { format, names }));
  });
});

describe("renderComparison, whole outputs", () => {
  const coordination = fixture("worked-coordination");
  const oc2 = fixture("worked-oc2");
  const names = displayNames(coordination, oc2);
  const comparison = compareScenarios([coordination, oc2], { on: "2026-03-01", themes: ["curriculum", "cao", "lerarenopleiding"], sectors: ["vo", "mbo"] });

  for (const format of FORMATS) {
    it(`two worked examples as ${format}, in English and in Dutch, all rows and the first three`, async () => {
      await golden("comparison-en", format, renderComparison(comparison, { format, names }));
      await golden("comparison-nl", format, renderComparison(comparison, { format, names, locale: "nl", maxRows: 3, idPrefix: "c1", headingLevel: 3 }));
    });
  }

  it("every differing cell hidden by maxRows 0: a count of them, not a claim that none differs", async () => {
    for (const format of FORMATS) await golden("comparison-hidden-en", format, renderComparison(comparison, { format, names, maxRows: 0 }));
  });

  it("a scenario beside itself, where no cell differs", async () => {
    const same = compareScenarios([coordination, coordination], { on: "2026-03-01", themes: ["curriculum"] });
    for (const format of FORMATS) {
      await golden("comparison-same-en", format, renderComparison(same, { format, names }));
      await golden("comparison-same-nl", format, renderComparison(same, { format, locale: "nl", standalone: true }));
    }
  });
});

/** A worked example with its model (and perhaps its organisations and mandates) changed. */
function variant(name: "worked-coordination" | "worked-oc2", change: (doc: Record<string, any>) => void): Scenario {
  const doc = structuredClone(fixtureJson(name)) as Record<string, any>;
  change(doc);
  return parseScenario(doc);
}

/** OC 2.0 with only a body and a date: no board, assembly, advisory council, chapters, safeguards or funding. */
const oc2Bare = (): Scenario =>
  variant("worked-oc2", (doc) => {
    doc["model"] = { kind: "oc2", body: "oc2", established: "2026-01-01" };
  });

/** OC 2.0 with every optional part in its other form, delegations of whole and partial scopes, and full names only. */
const oc2Other = (): Scenario =>
  variant("worked-oc2", (doc) => {
    doc["model"] = {
      ...doc["model"],
      board: { seats: [{ organisation: "aob", seats: 1 }], teacherSeats: 0 },
      assembly: { openToUnorganised: false, delegatesPerOrganisation: 3 },
      advisoryCouncil: { seats: 12, allocation: "membership" },
      chapters: [
        { region: "noord", organisation: "lg-noord" },
        { region: "zuid", organisation: "aob" },
      ],
      safeguards: { mandatoryRegister: true },
      funding: { structural: false, until: "2028-01-01", source: "government" },
    };
    for (const org of doc["organisations"]) delete org.shortName;
    doc["organisations"][0].shortName = doc["organisations"][0].name;
    doc["mandates"].push(
      { id: "d-all", holder: "aob", role: "lead", scope: { themes: "all", regions: ["nl"], sectors: "all" }, validFrom: "2026-01-01", grant: { by: "delegation", from: "oc2" } },
      { id: "d-two", holder: "bvmbo", role: "lead", scope: { themes: ["curriculum", "cao"], regions: ["nl"], sectors: ["vo", "mbo"] }, validFrom: "2026-01-01", grant: { by: "delegation", from: "oc2" } },
    );
  });

/** Coordination under an agreement that ends, with a mandate granted outside it. */
const coordinationEnding = (): Scenario =>
  variant("worked-coordination", (doc) => {
    doc["model"].agreement.validUntil = "2027-01-01";
  });

/** The alternative model with conditions on one and on several themes, regions and sectors, without a description. */
const alternativeOther = (): Scenario =>
  variant("worked-coordination", (doc) => {
    doc["model"] = {
      kind: "alternative",
      name: "Sector chambers",
      rules: [
        { id: "one", when: { themes: ["curriculum"] }, then: { assign: { lead: "aob" } } },
        { id: "many", when: { themes: ["curriculum", "cao"], regions: ["noord", "zuid"], sectors: ["vo", "mbo"] }, then: { largestMembership: { among: ["aob", "cnvo"], joint: false } } },
        { id: "kind", when: { themeKind: "professional", sectors: ["po"] }, then: { largestMembership: { among: "all" } } },
        { id: "open", when: {}, then: { mandates: { grants: ["statute", "agreement"] } } },
        { id: "any", when: { regions: ["west"] }, then: { mandates: {} } },
        { id: "rest", then: { rotate: { among: ["aob", "cnvo"], every: { years: 1, months: 2, weeks: 1, days: 3 }, startingOn: "2026-01-01" } } },
        { id: "last", then: { rotate: { among: ["cnvo"], every: { years: 2, weeks: 3 }, startingOn: "2026-01-01" } } },
      ],
    };
  });

describe("renderStructure, whole outputs", () => {
  const scenarios = {
    "oc2-bare": oc2Bare(),
    "oc2-other": oc2Other(),
    "coordination-ending": coordinationEnding(),
    "alternative-other": alternativeOther(),
    "alternative-reason": alternativeScenario(),
    "worked-coordination": fixture("worked-coordination"),
    "worked-oc2": fixture("worked-oc2"),
    "nl-coordination": nl.scenarios.coordination,
    "nl-oc2": nl.scenarios.oc2,
    "nl-alternative": nl.scenarios.alternative,
    "nl-history-oc": nl.history.oc,
    "nl-history-lc": nl.history.lc,
  };
  for (const [name, scenario] of Object.entries(scenarios)) {
    it(`${name} in English and in Dutch`, async () => {
      await golden(`structure-${name}-en`, "mermaid", renderStructure(scenario));
      await golden(`structure-${name}-nl`, "mermaid", renderStructure(scenario, { locale: "nl", direction: "LR" }));
    });
  }
});

/** Four groups of voters over four candidates; one group ranks only the status quo, so its ballots run out. */
const GROUPS = [
  { ranking: ["coordination", "oc2", "alternative"], count: 40 },
  { ranking: ["oc2", "coordination"], count: 35 },
  { ranking: ["alternative", "oc2"], count: 20 },
  { ranking: ["status-quo"], count: 8 },
] as const;
const CANDIDATES = ["coordination", "oc2", "alternative", "status-quo"];

function electionFor(method: TallyMethod): Election {
  const ballots = GROUPS.map(({ ranking, count }) => {
    switch (method) {
      case "approval":
        return { approvals: ranking.slice(0, 2), count };
      case "score":
        return { scores: Object.fromEntries(ranking.map((id, i) => [id, [9, 5, 2][i] ?? 0])), count };
      case "majority-judgment":
        return { grades: Object.fromEntries(ranking.map((id, i) => [id, [5, 3, 1][i] ?? 0])), count };
      default:
        return { ranking, count };
    }
  });
  return { candidates: CANDIDATES, ballots };
}

const candidateNames = { candidates: { coordination: "Coordination", oc2: "OC 2.0", alternative: "Alternative", "status-quo": "Status quo" } };
const DUTCH: ReadonlySet<TallyMethod> = new Set(["irv", "stv", "schulze", "approval", "majority-judgment", "two-round"]);

describe("renderTally, whole outputs", () => {
  for (const method of tallyMethods) {
    it(`${method}${DUTCH.has(method) ? ", also in Dutch" : ""}`, async () => {
      const options = method === "stv" || method === "approval" ? { method, seats: 2 } : { method };
      const result = tally(electionFor(method), options);
      for (const format of FORMATS) {
        await golden(`tally-${method}-en`, format, renderTally(result, { format, names: candidateNames }));
        if (DUTCH.has(method)) await golden(`tally-${method}-nl`, format, renderTally(result, { format, locale: "nl", idPrefix: "t1", headingLevel: 3, standalone: true } satisfies RenderOptions));
      }
    });
  }

  it("a tie the method cannot separate, and a tie broken by lot within a round", async () => {
    const even: Election = { candidates: ["a", "b", "c"], ballots: [{ ranking: ["a", "c"], count: 3 }, { ranking: ["b", "c"], count: 3 }, { ranking: ["c"], count: 1 }] };
    for (const format of FORMATS) {
      await golden("tally-tie-en", format, renderTally(tally(even, { method: "plurality" }), { format }));
      await golden("tally-tie-nl", format, renderTally(tally(even, { method: "plurality" }), { format, locale: "nl" }));
    }
    const level: Election = { candidates: ["a", "b", "c", "d"], ballots: [{ ranking: ["a"], count: 5 }, { ranking: ["b", "a"], count: 2 }, { ranking: ["c", "a"], count: 2 }, { ranking: ["d"], count: 4 }] };
    for (const format of FORMATS) {
      await golden("tally-round-tie-en", format, renderTally(tally(level, { method: "irv", tieBreak: { seed: 7 } }), { format }));
      await golden("tally-round-tie-nl", format, renderTally(tally(level, { method: "irv", tieBreak: { seed: 7 } }), { format, locale: "nl" }));
    }
  });

  it("a count without ballots, which has no winners", async () => {
    const empty = tally({ candidates: ["a", "b"], ballots: [] }, { method: "irv" });
    expect(empty.winners).toEqual([]);
    for (const format of FORMATS) await golden("tally-no-ballots-en", format, renderTally(empty, { format }));
  });

  it("a single transferable vote with a surplus, an elimination and ballots that run out", async () => {
    const surplus: Election = {
      candidates: ["a", "b", "c", "d", "e"],
      ballots: [{ ranking: ["a", "b"], count: 50 }, { ranking: ["c"], count: 20 }, { ranking: ["d", "b"], count: 15 }, { ranking: ["b"], count: 10 }, { ranking: ["e"], count: 5 }],
    };
    const result = tally(surplus, { method: "stv", seats: 2 });
    for (const format of FORMATS) {
      await golden("tally-stv-surplus-en", format, renderTally(result, { format }));
      await golden("tally-stv-surplus-nl", format, renderTally(result, { format, locale: "nl" }));
    }
  });
});

describe("renderTimeline, whole outputs", () => {
  const { scenario } = workedMatrix();
  const timeline = matrixTimeline(scenario, { from: "2024-01-01", until: "2027-01-01", themes: ["curriculum", "lerarenopleiding"], regions: ["nl", "noord"] });

  it("the worked example over three years, in English and in Dutch", async () => {
    await golden("timeline-en", "svg", renderTimeline(timeline, { names: displayNames(scenario) }));
    await golden("timeline-nl", "svg", renderTimeline(timeline, { names: displayNames(scenario), locale: "nl", colours: { aob: "#123456" }, idPrefix: "t1", width: 720 }));
  });

  it("ids where no names are given, and hostile names", async () => {
    await golden("timeline-ids", "svg", renderTimeline(matrixTimeline(scenario, { from: "2025-01-01", until: "2025-06-01", themes: ["lerarenopleiding"], regions: ["noord"] }), { locale: "nl" }));
    const hostile = hostileScenario();
    await golden("timeline-hostile", "svg", renderTimeline(matrixTimeline(hostile, { from: "2024-06-01", until: "2026-01-01" }), { names: displayNames(hostile), title: "<Hostile> & \u0001" }));
  });
});
