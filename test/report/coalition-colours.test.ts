import { describe, expect, it } from "vitest";
import { coloursFor, OKABE_ITO } from "../../src/report/palette.js";
import { partyOf } from "../../src/report/party-view.js";

/** The colours of one picture's parties, by colour key (the parties' colour keys differ here). */
function colours(keys: { ids: string[] }[], given?: Record<string, string>): Map<string, string> {
  const parties = keys.map(({ ids }) => partyOf(ids));
  const fills = coloursFor(parties, given, "test");
  return new Map(parties.map((party) => [party.colourKey, fills.get(party.key)?.fill ?? ""]));
}

describe("a coalition's colour", () => {
  it("follows from its members' colours, whatever their ids are called", () => {
    const one = colours([{ ids: ["aob"] }, { ids: ["aob", "fvov"] }], { aob: "#0072B2", fvov: "#E69F00" });
    const renamed = colours([{ ids: ["x"] }, { ids: ["x", "__proto__"] }], { x: "#0072B2", ["__proto__"]: "#E69F00" });
    expect(renamed.get("x + __proto__")).toBe(one.get("aob + fvov"));
  });

  it("differs from its members' colours while the palette has others", () => {
    const fills = colours([{ ids: ["a"] }, { ids: ["b"] }, { ids: ["a", "b"] }]);
    expect(fills.get("a + b")).not.toBe(fills.get("a"));
    expect(fills.get("a + b")).not.toBe(fills.get("b"));
    expect(OKABE_ITO).toContain(fills.get("a + b"));
  });

  it("is the one given for the coalition's key when there is one", () => {
    expect(colours([{ ids: ["a", "b"] }], { "a + b": "#123456" }).get("a + b")).toBe("#123456");
  });

  it("does not change the colours of organisations in the same picture", () => {
    const alone = colours([{ ids: ["a"] }, { ids: ["c"] }]);
    const beside = colours([{ ids: ["a"] }, { ids: ["c"] }, { ids: ["b", "d"] }]);
    expect(beside.get("a")).toBe(alone.get("a"));
    expect(beside.get("c")).toBe(alone.get("c"));
  });
});
