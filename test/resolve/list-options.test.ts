import { describe, expect, it } from "vitest";
import { analyseScenario, matrixTimeline, parseScenario, representationMatrix, type MatrixQuery } from "../../src/index.js";
import { BASE } from "../fuzz/renamed-ids.js";

const scenario = parseScenario(BASE);

describe("list options", () => {
  it.each(["themes", "regions", "sectors"])("representationMatrix refuses a string for '%s', naming the option and what it got", (option) => {
    const query = { on: "2025-06-01", [option]: "Qs1Q" } as unknown as MatrixQuery;
    expect(() => representationMatrix(scenario, query)).toThrow(`representationMatrix: '${option}' must be a list of ids, received "Qs1Q"`);
  });

  it("analyseScenario and matrixTimeline refuse a non-list too", () => {
    expect(() => analyseScenario(scenario, { on: "2025-06-01", regions: 5 } as unknown as MatrixQuery)).toThrow("'regions' must be a list of ids, received 5");
    expect(() => matrixTimeline(scenario, { from: "2025-01-01", until: "2026-01-01", sectors: "Qs1Q" } as never)).toThrow("matrixTimeline: 'sectors' must be a list of ids");
  });
});
