import { describe, expect, it } from "vitest";
import { representationMatrix, resolve } from "../../src/index.js";
import { nl } from "../../src/nl/index.js";
import { proposal } from "./fixtures.js";
import { latest } from "../fixtures/in-force.js";

const on = "2026-09-01";

describe("nl.scenarios.coordination", () => {
  it("lets the agreement decide and sets the organisations' own statutes aside", () => {
    const answer = resolve(proposal.coordination(), { theme: "curriculum", region: "nl", sector: "vo", on });
    expect(answer.lead).toBe("fvov");
    expect(answer.delegation).toEqual(["fvov", "aob"]);
    const statute = answer.basis.find((step) => step.claim.id === "mandate:s-pvvvo-curriculum");
    expect(statute?.outcome).toEqual({ kind: "not-legitimate", reason: "not-granted-by-agreement" });
  });

  it("gives the mbo to the BVMBO, more specific in sector", () => {
    expect(resolve(proposal.coordination(), { theme: "curriculum", region: "gfd-mbo", sector: "mbo", on }).lead).toBe("bvmbo");
  });

  it("leaves the labour market in Oost-Nederland contested, and only there", () => {
    const matrix = representationMatrix(proposal.coordination(), { on });
    const contested = matrix.cells.filter((c) => c.status === "contested");
    expect(new Set(contested.map((c) => `${c.theme} ${c.region}`))).toEqual(
      new Set(["onderwijsarbeidsmarkt oost-nederland", "onderwijsarbeidsmarkt twente-achterhoek"]),
    );
    expect(contested[0]?.contenders).toEqual(["aob", "fvov"]);
  });

  it("represents nothing before the agreement is signed", () => {
    const cells = representationMatrix(proposal.coordination(), { on: "2025-12-31" }).cells;
    expect(cells.every((c) => c.status === "unrepresented")).toBe(true);
  });
});

describe("nl.scenarios.oc2", () => {
  it("answers the lessons of the OC and the LC in its fields", () => {
    const model = proposal.oc2().model;
    if (model.kind !== "oc2") throw new Error("expected the OC 2.0 model");
    expect(latest(model.safeguards)?.mandatoryRegister).toBe(false);
    expect(latest(model.assembly)?.openToUnorganised).toBe(true);
    expect(latest(model.board)?.teacherSeats).toBeGreaterThan(0);
    expect(proposal.oc2().funding?.find((f) => f.for === undefined)?.kind).toBe("structural");
    expect(model.chapters?.map((c) => c.region)).toEqual(["noord-nederland", "oost-nederland"]);
  });

  it("lets a learning community lead in its region, with the body as a member", () => {
    const answer = resolve(proposal.oc2(), { theme: "beroepsbeeld", region: "noorderwijzer", sector: "po", on });
    expect(answer.delegation).toEqual(["lg-noord", "oc2"]);
    expect(resolve(proposal.oc2(), { theme: "beroepsbeeld", region: "scope", sector: "po", on }).lead).toBe("oc2");
  });

  it("puts its own delegation to Platform VVVO above the chapters", () => {
    expect(resolve(proposal.oc2(), { theme: "curriculum", region: "twente-achterhoek", sector: "vo", on }).lead).toBe("pvvvo");
  });

  it("leaves pay with the AOb's statute and the other unions as members", () => {
    expect(resolve(proposal.oc2(), { theme: "arbeidsvoorwaarden", region: "gfd-po", sector: "po", on }).delegation).toEqual([
      "aob",
      "cnvo",
      "fvov",
    ]);
  });
});

describe("nl.scenarios.alternative", () => {
  it("rotates the po chair every year among AOb, CNV Onderwijs and FvOv", () => {
    const chair = (day: string) => resolve(proposal.alternative(), { theme: "curriculum", region: "nl", sector: "po", on: day }).lead;
    expect([chair("2026-09-01"), chair("2027-09-01"), chair("2028-09-01"), chair("2029-09-01")]).toEqual(["aob", "cnvo", "fvov", "aob"]);
  });

  it("gives the mbo chamber to the BVMBO with the unions as members", () => {
    expect(resolve(proposal.alternative(), { theme: "bevoegdheden", region: "nl", sector: "mbo", on }).delegation).toEqual([
      "bvmbo",
      "aob",
      "cnvo",
      "fvov",
    ]);
  });

  it("keeps labour with statutes even in the mbo, because the earlier rule wins an incomparable tie", () => {
    expect(resolve(proposal.alternative(), { theme: "arbeidsvoorwaarden", region: "nl", sector: "mbo", on }).lead).toBe("aob");
  });

  it("defers the vo curriculum to Platform VVVO's own mandate", () => {
    expect(resolve(proposal.alternative(), { theme: "curriculum", region: "nl", sector: "vo", on }).lead).toBe("pvvvo");
  });

  it("lets the largest organisation lead ho jointly with the others that serve it", () => {
    expect(resolve(proposal.alternative(), { theme: "curriculum", region: "nl", sector: "ho", on }).delegation).toEqual(["aob", "cnvo", "fvov"]);
  });
});

describe("the three proposals", () => {
  it("leave out the historical register themes, which the histories keep", () => {
    for (const scenario of [proposal.coordination(), proposal.oc2(), proposal.alternative()]) {
      expect(scenario.themes.some((t) => t.id === "lerarenregister")).toBe(false);
      expect(scenario.regions.length).toBe(nl.regions.length);
    }
  });
});
