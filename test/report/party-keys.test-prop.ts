import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { en } from "../../src/locale/en/labels.js";
import { namerOf } from "../../src/report/display-names.js";
import { legendOf } from "../../src/report/matrix-view.js";
import { coloursFor } from "../../src/report/palette.js";
import { partyOf } from "../../src/report/party-view.js";

// Ids built from the pieces that break keys made by joining or by object lookup.
const piece = fc.constantFrom("a", "b", " + ", "+", " ", '"', "'", ",", "[", "]", "__proto__", "constructor", "1:");
const id = fc.array(piece, { minLength: 1, maxLength: 4 }).map((pieces) => pieces.join(""));
const party = fc.uniqueArray(id, { minLength: 1, maxLength: 3 });

describe("party keys", () => {
  it("distinct parties never share a key", () => {
    fc.assert(
      fc.property(party, party, (a, b) => {
        fc.pre(JSON.stringify(a) !== JSON.stringify(b));
        expect(partyOf(a).key).not.toBe(partyOf(b).key);
      }),
    );
  });

  it("distinct parties get distinct legend entries, told apart by their data attributes, each coloured", () => {
    fc.assert(
      fc.property(fc.uniqueArray(party, { maxLength: 6, selector: (ids) => JSON.stringify(ids) }), (lists) => {
        const parties = lists.map((ids) => partyOf(ids));
        const colours = coloursFor(parties, undefined, "test");
        const legend = legendOf(parties, namerOf(), en, colours);
        expect(legend).toHaveLength(parties.length);
        expect(new Set(legend.map((e) => JSON.stringify([e.id, e.party ?? null]))).size).toBe(parties.length);
        for (const p of parties) expect(colours.has(p.key)).toBe(true);
      }),
    );
  });
});
