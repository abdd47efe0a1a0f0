import { describe, expect, it } from "vitest";
import { findPitfalls, representationMatrix, resolve, sectorsOn, type Oc2Model, type Scenario } from "../../src/index.js";
import { nl } from "../../src/nl/index.js";
import { past } from "./fixtures.js";
import { latest } from "../fixtures/in-force.js";

function oc2Model(scenario: Scenario): Oc2Model {
  if (scenario.model.kind !== "oc2") throw new Error(`expected an OC-style model in ${scenario.id}`);
  return scenario.model;
}

describe("nl.history.oc: the Onderwijscoöperatie", () => {
  const model = (): Oc2Model => oc2Model(past.oc());

  it("puts the lessons of the letter in the model's fields, not only in notes", () => {
    expect(latest(model().safeguards)?.mandatoryRegister).toBe(true);
    expect(latest(model().assembly)).toEqual({ openToUnorganised: false, delegatesPerOrganisation: 1 });
    expect(latest(model().board)?.teacherSeats).toBe(0);
    expect(model().advisoryCouncil).toEqual({ seats: 50, allocation: "membership" });
    expect(model().chapters).toEqual([]);
  });

  it("records its money as the ministry's, recurring throughout its life and never one-off", () => {
    // The library reads `structural: false` as one-off money; the OC was paid by OCW from 2011 to its end.
    const funding = past.oc().funding ?? [];
    expect(funding.map((f) => [f.by, f.kind, f.from, f.until, f.for])).toEqual([["OCW", "structural", "2011-03-01", undefined, "oc"]]);
    expect(funding[0]?.note).toMatch(/'met behulp van bekostiging door OCW'.*Wholly dependent on that one funder.*not one-off money/);
    expect(model().funding).toBeUndefined();
    expect(model().sources).toEqual(expect.arrayContaining(["letter", "bestuursakkoord-2012", "bon-leaves-oc"]));
    expect(model().note).toMatch(/Funding: paid by the ministry throughout its life .* wholly dependent on it .* not one-off money/);
    expect(model().note).not.toMatch(/Funding:[^.]*not structural/);
  });

  it("dates its register: voluntary until the act came into force on 1 August 2017, mandatory from then", () => {
    const ids = (on: string) => findPitfalls(past.oc(), { on }).map((f) => f.id);
    expect(ids("2015-06-01")).not.toContain("mandatory-register");
    expect(ids("2017-07-31")).not.toContain("mandatory-register");
    expect(ids("2017-08-01")).toContain("mandatory-register");
    expect(ids("2018-06-01")).toContain("mandatory-register");
    expect(nl.timeline.find((e) => e.id === "register-law")?.on).toBe("2017-08-01");
    expect(model().note).toMatch(/Register: voluntary from 2012 .* The model dates it: not mandatory from the body's founding .* mandatory from 1 August 2017/);
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

  it("records its fragile funding as periods: one-off subsidies from OCW that end", () => {
    expect(past.lc().funding?.map((f) => [f.id, f.by, f.kind, f.until])).toEqual([
      ["lc-start-subsidy", "OCW", "one-off", "2023-06-28"],
      ["lc-vo-subsidy", "OCW", "one-off", "2023-06-28"],
    ]);
  });

  it("records no member figure, since the only published figure is a target, not a count", () => {
    expect(lc()?.members).toBeUndefined();
    expect(lc()?.note).toMatch(/MEMBERS UNKNOWN: no count was published\. The only figure in the sources is a target, 15,000 po teachers by 1 August 2020 \(lc-start\), not a count/);
    expect(lc()?.sources).toContain("lc-start");
    expect(lc()?.sources).not.toContain("assumption");
  });

  it("is founded in 2019, starts as the body on 2 March 2020 and is dissolved on 28 June 2023, in the organisation, the model and the timeline alike", () => {
    expect(lc()?.founded?.slice(0, 4)).toBe("2019");
    expect(model().established).toBe("2020-03-02");
    expect(lc()?.dissolved).toBe("2023-06-28");
    expect(past.lc().name).toBe("Lerarencollectief (2019-2023)");
    const event = (id: string) => nl.timeline.find((e) => e.id === id)?.on;
    expect(event("lc-launched")).toBe(lc()?.founded);
    expect(event("lc-started")).toBe(model().established);
    expect(event("lc-dissolved")).toBe(lc()?.dissolved);
    const history = past.representation();
    const lead = history.mandates.find((m) => m.id === "lc-lead");
    expect([lead?.validFrom, lead?.validUntil]).toEqual([model().established, lc()?.dissolved]);
    expect(history.description).toContain("the Lerarencollectief (founded 2019) for primary education from 2 March 2020 to 28 June 2023");
  });

  it("serves po and vo, is open to any teacher, keeps no register and has no chapters", () => {
    expect(latest(lc()?.sectors)).toEqual(["po", "vo"]);
    expect(sectorsOn(lc() ?? { sectors: [] }, "2021-06-01")).toEqual(["po"]);
    expect(latest(model().assembly)?.openToUnorganised).toBe(true);
    expect(latest(model().safeguards)?.mandatoryRegister).toBe(false);
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
