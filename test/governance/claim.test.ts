import { describe, expect, it } from "vitest";
import { atLeastAsSpecific, moreSpecific, type Specificity } from "../../src/governance/claim.js";

// Specificity compares how closely two claims fit the same cell: theme, region and sector.

const spec = (theme: number, region: number, sectors: Specificity["sectors"] = "all"): Specificity => ({ theme, region, sectors });

describe("specificity", () => {
  it("orders themes: every theme, then a theme kind, then named themes by depth", () => {
    expect(moreSpecific(spec(-1, 0), spec(-2, 0))).toBe(true);
    expect(moreSpecific(spec(0, 0), spec(-1, 0))).toBe(true);
    expect(moreSpecific(spec(3, 0), spec(2, 0))).toBe(true);
    expect(moreSpecific(spec(-2, 0), spec(-1, 0))).toBe(false);
  });

  it("orders regions by depth below the root", () => {
    expect(moreSpecific(spec(0, 4), spec(0, 3))).toBe(true);
    expect(moreSpecific(spec(0, 0), spec(0, 1))).toBe(false);
  });

  it("treats all sectors as the widest, and a subset as narrower", () => {
    expect(moreSpecific(spec(0, 0, ["po"]), spec(0, 0))).toBe(true);
    expect(moreSpecific(spec(0, 0, ["po"]), spec(0, 0, ["po", "vo"]))).toBe(true);
    expect(moreSpecific(spec(0, 0, ["po", "vo"]), spec(0, 0, ["po"]))).toBe(false);
  });

  it("finds equal claims at least as specific as each other, but neither strictly more", () => {
    const a = spec(1, 2, ["vo", "po"]);
    const b = spec(1, 2, ["po", "vo"]);
    expect([atLeastAsSpecific(a, b), atLeastAsSpecific(b, a), moreSpecific(a, b), moreSpecific(b, a)]).toEqual([true, true, false, false]);
  });

  it.each([
    ["narrower in region against narrower in theme", spec(0, 2), spec(1, 1)],
    ["narrower in region against narrower in sector", spec(0, 2), spec(0, 1, ["mbo"])],
    ["overlapping sector lists", spec(0, 0, ["po", "vo"]), spec(0, 0, ["vo", "mbo"])],
  ])("cannot compare claims %s", (_, a, b) => {
    expect([moreSpecific(a, b), moreSpecific(b, a)]).toEqual([false, false]);
  });
});
