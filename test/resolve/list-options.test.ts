import { describe, expect, it } from "vitest";
import {
  analyseScenario,
  compareOverPeriod,
  compareScenarios,
  findPitfalls,
  matrixTimeline,
  parseScenario,
  representationMatrix,
  type MatrixQuery,
} from "../../src/index.js";
import { organisationColours } from "../../src/report-entry.js";
import { BASE } from "../fuzz/renamed-ids.js";

const scenario = parseScenario(BASE);
const period = { from: "2025-01-01", until: "2026-01-01" } as const;

describe("list options", () => {
  it.each(["themes", "regions", "sectors"])("representationMatrix refuses a string for '%s', naming the option and what it got", (option) => {
    const query = { on: "2025-06-01", [option]: "Qs1Q" } as unknown as MatrixQuery;
    expect(() => representationMatrix(scenario, query)).toThrow(`representationMatrix: '${option}' must be a list of ids, received "Qs1Q"`);
  });

  it("analyseScenario and matrixTimeline refuse a non-list too", () => {
    expect(() => analyseScenario(scenario, { on: "2025-06-01", regions: 5 } as unknown as MatrixQuery)).toThrow("'regions' must be a list of ids, received 5");
    expect(() => matrixTimeline(scenario, { ...period, sectors: "Qs1Q" } as never)).toThrow("matrixTimeline: 'sectors' must be a list of ids");
  });

  it.each(["themes", "regions", "sectors"])("compareScenarios on a day refuses a string for '%s' with the same message", (option) => {
    const query = { on: "2025-06-01", [option]: "Qs1Q" } as unknown as MatrixQuery;
    expect(() => compareScenarios([scenario, scenario], query)).toThrow(`compareScenarios: '${option}' must be a list of ids, received "Qs1Q"`);
  });

  it.each(["themes", "regions", "sectors"])("compareOverPeriod and compareScenarios over a period refuse a string for '%s'", (option) => {
    const query = { ...period, [option]: "Qs1Q" } as never;
    expect(() => compareOverPeriod([scenario, scenario], query)).toThrow(`compareOverPeriod: '${option}' must be a list of ids, received "Qs1Q"`);
    expect(() => compareScenarios([scenario, scenario], query)).toThrow(`compareScenarios: '${option}' must be a list of ids, received "Qs1Q"`);
  });
});

describe("repeated ids in list options", () => {
  const repeats = [
    ["themes", "Qt2Q"],
    ["regions", "Qr1Q"],
    ["sectors", "Qs3Q"],
  ] as const;

  it.each(repeats)("the day queries refuse '%s' naming %s twice", (option, id) => {
    const query = { on: "2025-06-01", [option]: [id, id] } as MatrixQuery;
    const message = `'${option}' names "${id}" more than once`;
    expect(() => representationMatrix(scenario, query)).toThrow(`representationMatrix: ${message}`);
    expect(() => analyseScenario(scenario, query)).toThrow(`analyseScenario: ${message}`);
    expect(() => findPitfalls(scenario, query)).toThrow(`findPitfalls: ${message}`);
    expect(() => compareScenarios([scenario, scenario], query)).toThrow(`compareScenarios: ${message}`);
  });

  it.each(repeats)("the period queries refuse '%s' naming %s twice", (option, id) => {
    const query = { ...period, [option]: [id, id] } as never;
    const message = `'${option}' names "${id}" more than once`;
    expect(() => matrixTimeline(scenario, query)).toThrow(`matrixTimeline: ${message}`);
    expect(() => compareOverPeriod([scenario, scenario], query)).toThrow(`compareOverPeriod: ${message}`);
  });

  it("refuses the profession as a whole (null) asked for twice among the sectors", () => {
    expect(() => representationMatrix(scenario, { on: "2025-06-01", sectors: [null, "Qs1Q", null] })).toThrow(
      "representationMatrix: 'sectors' names null more than once",
    );
  });
});

describe("organisationColours ids", () => {
  it("refuses a string, which would be read letter by letter", () => {
    expect(() => organisationColours("aob")).toThrow('organisationColours: the ids must be a list (or other iterable) of ids, received "aob"');
  });

  it("refuses a value that is not iterable", () => {
    expect(() => organisationColours(5 as unknown as string[])).toThrow("organisationColours: the ids must be a list (or other iterable) of ids, received 5");
  });

  it("still takes any iterable of ids, such as a Set", () => {
    expect(Object.keys(organisationColours(new Set(["aob", "cnvo"])))).toEqual(["aob", "cnvo"]);
  });
});
