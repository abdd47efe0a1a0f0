import { describe, expect, it } from "vitest";
import { rulesOf } from "../../src/governance/models.js";
import { findPitfalls } from "../../src/index.js";
import { renderStructure } from "../../src/report/render-structure.js";
import { world } from "../fixtures/load.js";

/** The worked OC 2.0 world with a register voluntary until 1 August 2017 and mandatory from then on. */
const registered = () =>
  world((d) => {
    d.model.established = "2011-01-01";
    d.organisations.find((o: { id: string }) => o.id === "oc2").founded = "2011-01-01";
    d.model.safeguards = [
      { from: "2012-01-01", until: "2017-08-01", value: { mandatoryRegister: false } },
      { from: "2017-08-01", value: { mandatoryRegister: true } },
    ];
    d.model.assembly = [
      { from: "2011-01-01", until: "2016-01-01", value: { openToUnorganised: false } },
      { from: "2016-01-01", value: { openToUnorganised: true } },
    ];
  }, "worked-oc2");

const ids = (on: string) => findPitfalls(registered(), { on }).map((f) => f.id);

describe("an OC 2.0 body's dated facts, read on the day", () => {
  it("finds no mandatory-register while the register was voluntary, and finds it once it is mandatory", () => {
    expect(ids("2015-06-01")).not.toContain("mandatory-register");
    expect(ids("2018-06-01")).toContain("mandatory-register");
  });

  it("gives the model's facts on a day: the assembly as it was then, and which parts are dated", () => {
    const model = registered().model;
    expect(rulesOf(model).facts(model, "2015-06-01").body).toMatchObject({ assembly: { openToUnorganised: false }, dated: ["assembly", "safeguards"] });
    expect(rulesOf(model).facts(model, "2018-06-01").body?.assembly).toEqual({ openToUnorganised: true });
    expect(rulesOf(model).facts(model, "2011-06-01").body?.safeguards).toBeUndefined();
  });

  it("draws the structure as on a day, or as at the latest change, and says that periods exist", () => {
    expect(renderStructure(registered(), { on: "2015-06-01" })).toContain("Teacher register: not mandatory");
    expect(renderStructure(registered(), { on: "2015-06-01" })).toContain("Changed over time (assembly, register): shown as on 2015-06-01");
    const latest = renderStructure(registered());
    expect(latest).toContain("Teacher register: mandatory");
    expect(latest).toContain("shown as at the latest change");
  });

  it("draws no note of periods when nothing is dated", () => {
    expect(renderStructure(world(() => undefined, "worked-oc2"))).not.toContain("Changed over time");
  });
});
