import fc from "fast-check";
import { applyPatches, enablePatches } from "immer";
import { describe, expect, it } from "vitest";
import { type Scenario, ScenarioError } from "../../src/index.js";
import { applyChange, createHistory, type History, loadHistory, replay } from "../../src/change-entry.js";
import { checkScenario } from "../../src/governance/parse-scenario.js";
import { applyAll, changeArbitrary, worldName } from "./fixtures.js";
import { world } from "./fixtures.js";

const clock = (): string => "2026-01-01T09:00:00.000Z";
const histories: fc.Arbitrary<History> = fc
  .tuple(worldName, fc.array(changeArbitrary(), { maxLength: 12 }))
  .map(([name, changes]) => applyAll(createHistory(world(name), { clock }), changes));
const runs = { numRuns: 60 };

describe("histories of random valid changes", () => {
  it("undoing every change gives back the original, both by undo and by the inverse patches", () => {
    enablePatches();
    fc.assert(
      fc.property(histories, (history) => {
        let h = history;
        while (h.canUndo) h = h.undo();
        expect(h.current).toBe(history.base);
        let state: Scenario = history.current;
        for (const entry of [...history.log].reverse()) state = applyPatches(state, entry.inversePatches as never);
        expect(state).toEqual(history.base);
      }),
      runs,
    );
  });

  it("redo after undo gives back the same state and the same log", () => {
    fc.assert(
      fc.property(histories, fc.nat(12), (history, k) => {
        const steps = Math.min(k, history.log.length);
        let h = history;
        for (let i = 0; i < steps; i++) h = h.undo();
        expect(h.current).toBe(history.at(history.log.length - steps));
        for (let i = 0; i < steps; i++) h = h.redo();
        expect(h.current).toBe(history.current);
        expect(h.log).toEqual(history.log);
        expect(h.canRedo).toBe(false);
      }),
      runs,
    );
  });

  it("replaying the log equals the current scenario, and so do the forward patches", () => {
    enablePatches();
    fc.assert(
      fc.property(histories, (history) => {
        expect(replay(history.base, history.log)).toEqual(history.current);
        let state: Scenario = history.base;
        for (const entry of history.log) state = applyPatches(state, entry.patches as never);
        expect(state).toEqual(history.current);
      }),
      runs,
    );
  });

  it("a serialised history loads back to an equal history", () => {
    fc.assert(
      fc.property(histories, fc.nat(3), (history, undos) => {
        let h = history;
        for (let i = 0; i < undos; i++) h = h.undo();
        const json: unknown = JSON.parse(JSON.stringify(h));
        const loaded = loadHistory(json, { clock });
        expect(loaded.toJSON()).toEqual(json);
        expect(loaded.current).toEqual(h.current);
        expect(loaded.base).toEqual(h.base);
        expect(loaded.undone).toEqual(h.undone);
      }),
      runs,
    );
  });

  it("unchanged parts keep their identity: every list, item and field no patch touches is the same object", () => {
    fc.assert(
      fc.property(histories, (history) => {
        history.log.forEach((entry, i) => {
          const before = history.at(i) as unknown as Record<string, unknown>;
          const after = history.at(i + 1) as unknown as Record<string, unknown>;
          const touched = new Map<string, Set<unknown>>();
          for (const { path } of entry.patches) {
            const key = String(path[0]);
            const items = touched.get(key) ?? new Set<unknown>();
            // A patch on the list itself (path length 1) touches every item.
            items.add(path.length > 1 ? path[1] : "*");
            touched.set(key, items);
          }
          for (const key of Object.keys(after)) {
            const items = touched.get(key);
            if (items === undefined) {
              expect(after[key]).toBe(before[key]);
            } else if (Array.isArray(after[key]) && !items.has("*")) {
              const old = before[key] as unknown[];
              (after[key] as unknown[]).forEach((item, j) => {
                if (!items.has(j) && j < old.length && !items.has("length")) expect(item).toBe(old[j]);
              });
            }
          }
        });
      }),
      runs,
    );
  });

  it("every scenario in a history passes the full validation of parseScenario, and is deeply frozen", () => {
    const frozen = (value: unknown): boolean =>
      value === null || typeof value !== "object" || (Object.isFrozen(value) && Object.values(value).every(frozen));
    fc.assert(
      fc.property(histories, (history) => {
        for (let n = 0; n <= history.log.length; n++) {
          expect(checkScenario(history.at(n)).ok).toBe(true);
          expect(frozen(history.at(n))).toBe(true);
        }
        expect(frozen(history.log)).toBe(true);
      }),
      runs,
    );
  });

  it("every change but remove-rule is idempotent: applying it again alters nothing", () => {
    fc.assert(
      fc.property(worldName, changeArbitrary(), (name, change) => {
        let once: Scenario;
        try {
          once = applyChange(world(name), change).scenario;
        } catch (error) {
          if (error instanceof ScenarioError) return;
          throw error;
        }
        if (change.type === "remove-rule") return;
        expect(applyChange(once, change).scenario).toBe(once);
      }),
      { numRuns: 300 },
    );
  });
});
