import { describe, expect, it } from "vitest";
import { representationMatrix, resolve } from "../../src/index.js";
import { renderMatrix } from "../../src/report-entry.js";
import { nl } from "../../src/nl/index.js";

const scenario = nl.scenarios.coordination;
const matrix = representationMatrix(scenario, { on: "2026-06-01" });

describe("bad option values are named in the error, whatever their type", () => {
  it("names a BigInt format instead of failing to write it", () => {
    expect(() => renderMatrix(matrix, { format: 1n as never })).toThrow('renderMatrix: format must be "markdown", "html" or "svg", received 1n');
  });

  it("names a NaN heading level as NaN, not null", () => {
    expect(() => renderMatrix(matrix, { format: "markdown", headingLevel: Number.NaN })).toThrow("renderMatrix: headingLevel must be a whole number from 1 to 5, received NaN");
  });

  it("names a BigInt theme in a cell query", () => {
    expect(() => resolve(scenario, { theme: 1n as never, region: "x", sector: null, on: "2026-06-01" })).toThrow("resolve: unknown theme 1n");
  });
});
