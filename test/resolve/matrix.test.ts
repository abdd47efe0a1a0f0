import { describe, expect, it } from "vitest";
import { representationMatrix } from "../../src/resolve/matrix.js";
import { resolve } from "../../src/resolve/resolve.js";
import { fixture } from "../fixtures/load.js";
import { world } from "./fixtures.js";

const coordination = fixture("worked-coordination");

describe("representationMatrix", () => {
  it("walks every theme, region and sector, theme-major, in the scenario's order", () => {
    const matrix = representationMatrix(coordination, { on: "2025-06-01" });
    expect(matrix.themes).toEqual(["curriculum", "lerarenopleiding", "bekwaamheid", "bevoegdheden", "cao"]);
    expect(matrix.regions).toEqual(["nl", "noord", "oost", "zuid", "west"]);
    expect(matrix.sectors).toEqual(["po", "vo", "mbo"]);
    expect(matrix.cells).toHaveLength(5 * 5 * 3);
    expect(matrix.cells.slice(0, 4).map((c) => [c.theme, c.region, c.sector])).toEqual([
      ["curriculum", "nl", "po"],
      ["curriculum", "nl", "vo"],
      ["curriculum", "nl", "mbo"],
      ["curriculum", "noord", "po"],
    ]);
    expect(matrix.cells.at(-1)).toMatchObject({ theme: "cao", region: "west", sector: "mbo" });
  });

  it("equals resolve cell by cell", () => {
    const matrix = representationMatrix(coordination, { on: "2025-06-01" });
    for (const cell of matrix.cells) {
      expect(cell).toEqual(resolve(coordination, { theme: cell.theme, region: cell.region, sector: cell.sector, on: "2025-06-01" }));
    }
  });

  it("takes a subset of the axes, in the order asked, with null for the profession as a whole", () => {
    const matrix = representationMatrix(coordination, {
      on: new Date(2025, 5, 1),
      themes: ["lerarenopleiding", "curriculum"],
      regions: ["noord"],
      sectors: [null, "mbo"],
    });
    expect(matrix.on).toBe("2025-06-01");
    expect(matrix.cells.map((c) => [c.theme, c.sector, c.status, c.lead])).toEqual([
      ["lerarenopleiding", null, "contested", null],
      ["lerarenopleiding", "mbo", "contested", null],
      ["curriculum", null, "represented", "aob"],
      ["curriculum", "mbo", "represented", "bvmbo"],
    ]);
  });

  it("uses the sector null only when the scenario has no sectors", () => {
    const s = world((d) => {
      d["sectors"] = [];
      for (const o of d["organisations"]) o.sectors = [];
      d["mandates"] = d["mandates"].filter((m: { scope: { sectors: unknown } }) => m.scope.sectors === "all");
    });
    const matrix = representationMatrix(s, { on: "2025-06-01", themes: ["curriculum"], regions: ["west"] });
    expect(matrix.sectors).toEqual([null]);
    expect(matrix.cells.map((c) => [c.sector, c.lead])).toEqual([[null, "aob"]]);
  });

  it("is empty when an axis is empty", () => {
    expect(representationMatrix(coordination, { on: "2025-06-01", themes: [] }).cells).toEqual([]);
  });

  it.each([
    [{ on: "2025-06-01", themes: ["nope"] }, 'representationMatrix: unknown theme "nope"'],
    [{ on: "2025-06-01", regions: ["atlantis"] }, 'representationMatrix: unknown region "atlantis"'],
    [{ on: "2025-06-01", sectors: ["ho"] }, 'representationMatrix: unknown sector "ho"'],
    [{ on: "2025-02-30" }, "representationMatrix: 'on' must be a calendar date written YYYY-MM-DD or a Date, received \"2025-02-30\""],
    [undefined, "representationMatrix: expected a query object"],
  ])("names the function and the bad input: %j", (query, message) => {
    expect(() => representationMatrix(coordination, query as never)).toThrow(message);
  });
});
