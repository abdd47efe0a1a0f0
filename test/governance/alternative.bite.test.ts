import { describe, expect, it } from "vitest";
import { resolve } from "../../src/resolve/resolve.js";
import { type Doc, world } from "../resolve/world.js";

// A condition that lists several themes or regions fits the cell as closely as the nearest one it lists.

function rules(...list: Doc[]) {
  return world((d) => {
    d["model"] = { kind: "alternative", name: "Test", rules: list };
  });
}

const cell = { theme: "bevoegdheden", region: "west", sector: "vo", on: "2025-06-01" } as const;

describe("rule conditions with several entries", () => {
  it("counts a theme list by its nearest theme, so it ties with a rule naming only that theme", () => {
    const listed = { id: "listed", when: { themes: ["bekwaamheid", "bevoegdheden"] }, then: { assign: { lead: "aob" } } };
    const single = { id: "single", when: { themes: ["bevoegdheden"] }, then: { assign: { lead: "cnvo" } } };
    expect(resolve(rules(listed, single), cell).lead).toBe("aob");
    expect(resolve(rules(single, listed), cell).lead).toBe("cnvo");
    expect(resolve(rules(listed), cell).basis[0]?.claim.specificity).toStrictEqual({ theme: 1, region: 0, sectors: "all" });
  });

  it("counts a region list by its nearest region", () => {
    const listed = { id: "listed", when: { regions: ["nl", "west"] }, then: { assign: { lead: "aob" } } };
    expect(resolve(rules(listed), cell).basis[0]?.claim.specificity).toStrictEqual({ theme: -2, region: 1, sectors: "all" });
  });

  it("takes the deepest listed entry wherever it stands in the list", () => {
    const themesFirst = { id: "r", when: { themes: ["bevoegdheden", "bekwaamheid"], regions: ["west", "nl"] }, then: { assign: { lead: "aob" } } };
    expect(resolve(rules(themesFirst), cell).basis[0]?.claim.specificity).toStrictEqual({ theme: 1, region: 1, sectors: "all" });
  });

  it("skips listed themes and regions that do not cover the cell", () => {
    const s = rules({ id: "r", when: { themes: ["curriculum", "bekwaamheid"], regions: ["noord", "nl"] }, then: { assign: { lead: "fvov" } } });
    expect(resolve(s, cell).basis[0]?.claim.specificity).toStrictEqual({ theme: 0, region: 0, sectors: "all" });
    expect(resolve(s, { ...cell, theme: "cao" }).status).toBe("unrepresented");
  });

  it("records the sectors of a sector condition, and a theme kind as -1", () => {
    const s = rules({ id: "r", when: { themeKind: "professional", sectors: ["vo", "mbo"] }, then: { assign: { lead: "fvov" } } });
    expect(resolve(s, cell).basis[0]?.claim.specificity).toStrictEqual({ theme: -1, region: 0, sectors: ["vo", "mbo"] });
    expect(resolve(s, { ...cell, theme: "cao" }).status).toBe("unrepresented");
  });
});
