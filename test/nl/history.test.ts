import { describe, expect, it } from "vitest";
import { representationMatrix, resolve, type Oc2Model, type Scenario } from "../../src/index.js";
import { past } from "./fixtures.js";

function oc2Model(scenario: Scenario): Oc2Model {
  if (scenario.model.kind !== "oc2") throw new Error(`expected an OC-style model in ${scenario.id}`);
  return scenario.model;
}

describe("nl.history.oc: the Onderwijscoöperatie", () => {
  const model = (): Oc2Model => oc2Model(past.oc());

  it("puts the lessons of the letter in the model's fields, not only in notes", () => {
    expect(model().safeguards?.mandatoryRegister).toBe(true);
    expect(model().assembly).toEqual({ openToUnorganised: false, delegatesPerOrganisation: 1 });
    expect(model().board?.teacherSeats).toBe(0);
    expect(model().advisoryCouncil).toEqual({ seats: 50, allocation: "membership" });
    expect(model().chapters).toEqual([]);
    expect(model().funding).toEqual({ structural: false, source: "government" });
  });

  it("is national only: no region below the root", () => {
    expect(past.oc().regions.map((r) => r.id)).toEqual(["nl"]);
  });

  it("records its member organisations, so its reach is theirs", () => {
    const members = past.oc().organisations.filter((o) => o.memberOf?.includes("oc") === true).map((o) => o.id);
    expect(members).toEqual(["aob", "cnvo", "fvov", "pvvvo", "bon"]);
    expect(past.oc().organisations.find((o) => o.id === "oc")?.members).toBeUndefined();
  });

  it("leads every professional theme in 2015, while pay stays with the unions' statutes", () => {
    const matrix = representationMatrix(past.oc(), { on: "2015-06-01", sectors: [null] });
    for (const cell of matrix.cells) {
      expect(cell.lead, cell.theme).toBe(cell.theme === "arbeidsvoorwaarden" ? "aob" : "oc");
    }
    expect(resolve(past.oc(), { theme: "arbeidsvoorwaarden", region: "nl", sector: "vo", on: "2015-06-01" }).delegation).toEqual([
      "aob",
      "cnvo",
      "fvov",
    ]);
  });

  it("includes the historical register and professional standard themes", () => {
    expect(past.oc().themes.map((t) => t.id)).toEqual(expect.arrayContaining(["lerarenregister", "professionele-standaard"]));
  });

  it("holds nothing before it was founded", () => {
    expect(resolve(past.oc(), { theme: "curriculum", region: "nl", on: "2011-02-28" }).status).toBe("unrepresented");
  });
});

describe("nl.history.lc: the Lerarencollectief", () => {
  const model = (): Oc2Model => oc2Model(past.lc());
  const lc = () => past.lc().organisations.find((o) => o.id === "lc");

  it("puts its fragile funding in the model's fields: a one-off government subsidy that ends", () => {
    expect(model().funding).toEqual({ structural: false, source: "government", until: "2023-06-28" });
  });

  it("records few members, marked as an assumption resting on the only published figure, a target", () => {
    expect(lc()?.members).toEqual({ total: 15_000, asOf: "2020-08-01" });
    expect(lc()?.note).toMatch(/MEMBERS ARE AN ASSUMPTION: 15,000 is the target/);
    expect(lc()?.sources).toContain("assumption");
  });

  it("serves po and vo, is open to any teacher, keeps no register and has no chapters", () => {
    expect(lc()?.sectors).toEqual(["po", "vo"]);
    expect(model().assembly?.openToUnorganised).toBe(true);
    expect(model().safeguards?.mandatoryRegister).toBe(false);
    expect(model().chapters).toEqual([]);
  });

  it("leaves out the labour theme, which stayed with the unions", () => {
    expect(past.lc().themes.some((t) => t.kind === "labour")).toBe(false);
    expect(past.lc().mandates).toEqual([]);
  });

  it("leads from its official start until the members dissolved it", () => {
    const on = (day: string) => resolve(past.lc(), { theme: "professionalisering", region: "nl", sector: "po", on: day });
    expect(on("2020-03-01").status).toBe("unrepresented");
    expect(on("2020-03-02").lead).toBe("lc");
    expect(on("2023-06-27").lead).toBe("lc");
    expect(on("2023-06-28").status).toBe("unrepresented");
  });
});
