import { describe, expect, it } from "vitest";
import { representationMatrix } from "../../src/resolve/matrix.js";
import { explain } from "../../src/resolve/explain.js";
import { resolve } from "../../src/resolve/resolve.js";
import { fixture } from "../fixtures/load.js";
import { world } from "./fixtures.js";

// Plain JavaScript callers can pass anything: each wrong shape gets the function's own message.

const coordination = fixture("worked-coordination");

describe("queries from plain JavaScript", () => {
  it.each([null, "curriculum", 42])("resolve names itself for the query %j", (query) => {
    expect(() => resolve(coordination, query as never)).toThrow("resolve: expected a query object { theme, region, sector?, on }");
  });

  it.each([null, undefined, "2025-06-01", 42])("representationMatrix names itself for the query %j", (query) => {
    expect(() => representationMatrix(coordination, query as never)).toThrow(
      "representationMatrix: expected a query object { on, themes?, regions?, sectors? }",
    );
  });

  it("takes a null sector as the profession as a whole, like a missing one", () => {
    const on = "2025-06-01";
    const withNull = resolve(coordination, { theme: "curriculum", region: "west", sector: null, on });
    expect(withNull.sector).toBeNull();
    expect(withNull).toEqual(resolve(coordination, { theme: "curriculum", region: "west", on }));
  });

  it("checks every sector asked for, not only the first", () => {
    expect(() => representationMatrix(coordination, { on: "2025-06-01", sectors: ["po", null, "ho"] })).toThrow(
      'representationMatrix: unknown sector "ho"',
    );
    expect(() => representationMatrix(coordination, { on: "2025-06-01", themes: ["curriculum", "x"] })).toThrow('representationMatrix: unknown theme "x"');
  });

  it("keeps the scenario's sectors by default, and the day as given", () => {
    const m = representationMatrix(coordination, { on: "2025-06-01", themes: ["cao"], regions: ["nl"] });
    expect([m.on, m.themes, m.regions, m.sectors]).toStrictEqual(["2025-06-01", ["cao"], ["nl"], ["po", "vo", "mbo"]]);
    expect(m.cells.map((c) => [c.sector, c.on, c.model])).toStrictEqual([
      ["po", "2025-06-01", "coordination"],
      ["vo", "2025-06-01", "coordination"],
      ["mbo", "2025-06-01", "coordination"],
    ]);
  });

  it("passes a decision's reason on to the answer, and adds none otherwise", () => {
    const s = world((d) => {
      d["model"] = { kind: "alternative", name: "Test", rules: [{ id: "r", when: { themes: ["cao"] }, then: { unrepresented: { reason: "left to the unions" } } }] };
    });
    expect(resolve(s, { theme: "cao", region: "west", on: "2025-06-01" }).reason).toBe("left to the unions");
    expect("reason" in resolve(s, { theme: "curriculum", region: "west", on: "2025-06-01" })).toBe(false);
    expect(explain(resolve(s, { theme: "cao", region: "west", on: "2025-06-01" }), { names: {} }).split("\n")[0]).toBe(
      "cao in west (all sectors) on 2025-06-01: unrepresented (left to the unions).",
    );
  });
});
