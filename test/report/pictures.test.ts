import { describe, expect, it } from "vitest";
import { pictures, stalePictures } from "../../scripts/render-pictures.js";
import { wellFormed } from "./well-formed.js";

describe("the pictures in docs/images", () => {
  it("are drawn from the Dutch dataset: the matrix of each scenario and a comparison", () => {
    const all = pictures();
    expect(all.map((p) => p.path)).toEqual([
      "docs/images/matrix-coordination.svg",
      "docs/images/matrix-oc2.svg",
      "docs/images/matrix-alternative.svg",
      "docs/images/comparison.svg",
    ]);
    for (const picture of all) expect(wellFormed(picture.content)).toBe(true);
  });

  it("are up to date with the dataset (run `npm run pictures` after changing it)", () => {
    expect(stalePictures()).toEqual([]);
  });
});
