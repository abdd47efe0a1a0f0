import { describe, expect, it } from "vitest";
import { OKABE_ITO, organisationColours } from "../../src/report-entry.js";
import { contrastRatio, swatchOf } from "../../src/report/palette.js";

describe("the palette", () => {
  it("is Okabe-Ito: eight colours built for colour-vision deficiency", () => {
    expect(OKABE_ITO).toEqual(["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000"]);
    expect(Object.isFrozen(OKABE_ITO)).toBe(true);
  });

  it("gives every palette colour a text colour with at least the WCAG AA contrast of 4.5:1", () => {
    for (const fill of OKABE_ITO) {
      const swatch = swatchOf(fill);
      expect(contrastRatio(swatch.fill, swatch.text)).toBeGreaterThanOrEqual(4.5);
    }
    expect(swatchOf("#000000").text).toBe("#FFFFFF");
    expect(swatchOf("#F0E442").text).toBe("#000000");
  });

  it("computes WCAG contrast ratios", () => {
    expect(contrastRatio("#000000", "#FFFFFF")).toBeCloseTo(21, 5);
    expect(contrastRatio("#777777", "#777777")).toBe(1);
    expect(contrastRatio("#0072B2", "#FFFFFF")).toBeCloseTo(5.0, 0);
  });
});

describe("organisationColours", () => {
  it("gives distinct colours to up to eight organisations, whatever their order", () => {
    const ids = ["aob", "cnvo", "fvov", "bvmbo", "oc2", "lg-noord", "pvvvo", "bon"];
    const colours = organisationColours(ids);
    expect(new Set(Object.values(colours)).size).toBe(8);
    expect(organisationColours([...ids].reverse())).toEqual(colours);
  });

  it("repeats colours only past the palette's size", () => {
    const ids = Array.from({ length: 12 }, (_, i) => `org-${i}`);
    const colours = organisationColours(ids);
    expect(Object.keys(colours)).toHaveLength(12);
    expect(new Set(Object.values(colours)).size).toBe(8);
  });

  it("keeps an id such as __proto__ an ordinary key", () => {
    const colours = organisationColours(["__proto__", "constructor"]);
    expect(Object.keys(colours).sort()).toEqual(["__proto__", "constructor"]);
    expect(Object.getPrototypeOf(colours)).toBe(Object.prototype);
  });

  it("takes a palette of its own, and checks it", () => {
    expect(organisationColours(["a"], ["#123456"])).toEqual({ a: "#123456" });
    expect(() => organisationColours(["a"], [])).toThrow(/^organisationColours: the palette is empty$/);
    expect(() => organisationColours(["a"], ["blue"])).toThrow(/^organisationColours: "blue" is not a colour written #rrggbb$/);
  });
});
