import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  analyseScenario,
  changePoints,
  compareOverPeriod,
  compareScenarios,
  explain,
  findPitfalls,
  matrixTimeline,
  parseScenario,
  representationMatrix,
  representationTimeline,
  resolve,
  type Scenario,
} from "../../src/index.js";
import {
  applyChange,
  createHistory,
  impactOf,
  replay,
  type Change,
} from "../../src/change-entry.js";
import {
  displayNames,
  renderComparison,
  renderMatrix,
  renderStructure,
  renderTimeline,
} from "../../src/report-entry.js";
import { escapeMermaid } from "../../src/report/escape.js";
import { budget, fuzzCase } from "./fuzz-kit.js";
import { ALTERNATIVE_MODEL, BASE, CHANGES, OC2_MODEL, PLACEHOLDERS, canonical, renamedJson, renamedLiteral, renamingArbitrary, withoutKeys } from "./renamed-ids.js";

const DAYS = ["2025-03-01", "2025-07-01", "2026-06-01"];
const TIMELINE_NAMES = Object.fromEntries(
  [...PLACEHOLDERS.sector, ...PLACEHOLDERS.region, ...PLACEHOLDERS.theme, ...PLACEHOLDERS.organisation].map((id, i) => [id, `Label ${String(i)}`]),
);
const COLOURS = Object.fromEntries(PLACEHOLDERS.organisation.map((id, i) => [id, `#00000${String(i)}`]));

/** What every function that takes ids answers on one world, or the message it refused with; never a TypeError. */
function answers(doc: unknown, names: ReadonlyMap<string, string>, rename: (value: unknown) => unknown): unknown[] {
  const out: unknown[] = [];
  const record = (label: string, work: () => unknown): void => {
    try {
      out.push([label, work()]);
    } catch (error) {
      expect(error, `${label}: ${String(error)}`).not.toBeInstanceOf(TypeError);
      out.push([label, "refused", (error as Error).message]);
    }
  };
  const id = (placeholder: string): string => names.get(placeholder) ?? placeholder;
  const worlds = [doc, rename({ ...BASE, model: OC2_MODEL }), rename({ ...BASE, model: ALTERNATIVE_MODEL })].map((d) => parseScenario(d));
  out.push(worlds);
  const [first, second, third] = worlds as [Scenario, Scenario, Scenario];
  // Tables a caller builds by id, with every id an own key (Object.fromEntries keeps `__proto__` one).
  const byId = (table: Record<string, string>): Record<string, string> => Object.fromEntries(Object.entries(table).map(([key, value]) => [id(key), value]));
  const colours = byId(COLOURS);
  for (const scenario of worlds) {
    const named = { names: displayNames(scenario), colours };
    for (const on of DAYS) {
      const cell = { theme: id("Qt3Q"), region: id("Qr3Q"), sector: id("Qs2Q"), on };
      record("resolve", () => {
        const answer = resolve(scenario, cell);
        return [answer, explain(answer), explain(answer, { locale: "nl", names: named.names.organisations ?? {} })];
      });
      record("matrix", () => representationMatrix(scenario, { on, themes: [id("Qt1Q"), id("Qt3Q")], regions: [id("Qr2Q")], sectors: [id("Qs1Q"), id("Qs2Q")] }));
      record("render", () => {
        const matrix = representationMatrix(scenario, { on });
        return (["markdown", "html", "svg"] as const).map((format) => renderMatrix(matrix, { format, ...named }));
      });
      record("analysis", () => analyseScenario(scenario, { on }));
      record("pitfalls", () => findPitfalls(scenario, { on }));
    }
    record("structure", () => renderStructure(scenario));
    record("change points", () => changePoints(scenario, { from: "2025-01-01", until: "2027-06-01" }));
    record("timeline", () => {
      const timeline = representationTimeline(scenario, { theme: id("Qt2Q"), region: id("Qr2Q"), sector: id("Qs2Q"), from: "2025-01-01", until: "2027-06-01" });
      return timeline;
    });
    record("matrix timeline", () => {
      const timeline = matrixTimeline(scenario, { from: "2025-01-01", until: "2027-06-01", regions: [id("Qr1Q"), id("Qr3Q")] });
      // Colours by id, as for the matrix: the default colours hash the ids, which are renamed here.
      return [timeline, renderTimeline(timeline, { names: byId(TIMELINE_NAMES), colours })];
    });
    for (const change of CHANGES.map(rename) as Change[]) {
      record(`apply ${change.type}`, () => applyChange(scenario, change));
      record(`impact ${change.type}`, () => impactOf(scenario, change, { on: "2026-06-01" }));
    }
    record("history", () => {
      let history = createHistory(scenario, { clock: () => "2026-01-01T00:00:00.000Z" });
      for (const change of CHANGES.map(rename) as Change[]) {
        try {
          history = history.apply(change);
        } catch (error) {
          expect(error).not.toBeInstanceOf(TypeError);
        }
      }
      const replayed = replay(scenario, history.log);
      const undone = history.canUndo ? history.undo().current : history.current;
      return [history.log, history.current, replayed, undone];
    });
  }
  record("compare", () => {
    const comparison = compareScenarios([first, second, third], { on: "2026-06-01" });
    return [comparison, renderComparison(comparison, { format: "markdown", names: displayNames(first, second, third), colours })];
  });
  record("compare over period", () => compareOverPeriod([first, second, third], { from: "2025-01-01", until: "2027-06-01", sectors: [id("Qs2Q")] }));
  return out;
}

/** Compares two lists of answers entry by entry, naming the first that differs and showing where. */
function expectSameAnswers(actual: readonly unknown[], expected: readonly unknown[], names: ReadonlyMap<string, string>): void {
  expect(actual.length).toBe(expected.length);
  // A Mermaid chart shows ids escaped as #code; entities.
  const escaped = new Map([...names].map(([placeholder, name]) => [placeholder, escapeMermaid(name)]));
  actual.forEach((entry, i) => {
    const got = canonical(entry);
    const want = canonical(expected[i], Array.isArray(entry) && entry[0] === "structure" ? escaped : names);
    if (got === want) return;
    let at = 0;
    while (got[at] === want[at]) at++;
    const label = Array.isArray(entry) ? String(entry[0]) : `entry ${String(i)}`;
    expect.fail(`${label} differs at ${String(at)}:\n  got  ...${got.slice(Math.max(0, at - 200), at + 200)}\n  want ...${want.slice(Math.max(0, at - 200), at + 200)}`);
  });
}

describe("ids are only names", () => {
  const plain = answers(BASE, new Map(), (value) => value);

  it("gives every function the same answers whatever the ids are called, in a document built in code", async () => {
    await fc.assert(
      fc.asyncProperty(
        renamingArbitrary,
        fuzzCase((names) => {
          const renamed = answers(renamedLiteral(BASE, names), names, (value) => renamedLiteral(value, names));
          // A `__proto__` key in an object literal is no key: the plain world loses that figure too.
          const lost = new Set([...names].flatMap(([placeholder, name]) => (name === "__proto__" ? [placeholder] : [])));
          const expected = lost.size === 0 ? plain : answers(withoutKeys(BASE, lost), new Map(), (value) => withoutKeys(value, lost));
          expectSameAnswers(renamed, expected, names);
        }),
      ),
      budget(15, 20_000, 100_000),
    );
  });

  it("gives every function the same answers whatever the ids are called, in a document read from JSON", async () => {
    await fc.assert(
      fc.asyncProperty(
        renamingArbitrary,
        fuzzCase((names) => {
          const renamed = answers(renamedJson(BASE, names), names, (value) => renamedJson(value, names));
          expectSameAnswers(renamed, plain, names);
        }),
      ),
      budget(15, 20_000, 100_000),
    );
  });
});
