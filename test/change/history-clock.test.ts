import { describe, expect, it } from "vitest";
import { createHistory, loadHistory } from "../../src/change-entry.js";
import { world } from "./fixtures.js";

const revoke = { type: "revoke-mandate", id: "m1", on: "2026-01-01" } as const;

describe("a history's clock", () => {
  it("logs a Date from the clock of createHistory as its ISO timestamp", () => {
    const history = createHistory(world("coordination"), { clock: () => new Date("2026-01-01T00:00:00.000Z") }).apply(revoke);
    expect(history.log[0]?.timestamp).toBe("2026-01-01T00:00:00.000Z");
  });

  it("logs a Date from the clock of loadHistory as its ISO timestamp", () => {
    const saved = JSON.parse(JSON.stringify(createHistory(world("coordination"))));
    const loaded = loadHistory(saved, { clock: () => new Date(Date.UTC(2031, 4, 6, 7, 8, 9)) });
    expect(loaded.apply(revoke).log[0]?.timestamp).toBe("2031-05-06T07:08:09.000Z");
  });

  it("refuses an invalid Date from the clock, saying it is an invalid Date", () => {
    const fromCreate = createHistory(world("coordination"), { clock: () => new Date("not a day") });
    expect(() => fromCreate.apply(revoke)).toThrow(/^History\.apply: the clock returned an invalid Date/);
    const fromLoad = loadHistory(JSON.parse(JSON.stringify(createHistory(world("coordination")))), { clock: () => new Date(Number.NaN) });
    expect(() => fromLoad.apply(revoke)).toThrow(/^History\.apply: the clock returned an invalid Date/);
  });

  it("refuses a Date after year 9999 from the clock, which has no ISO 8601 timestamp", () => {
    const history = createHistory(world("coordination"), { clock: () => new Date(Date.UTC(10_000, 0, 1)) });
    expect(() => history.apply(revoke)).toThrow(/^History\.apply: the clock returned a Date \(\+010000-01-01T00:00:00\.000Z\) outside the years 0000 to 9999/);
  });

  it("logs nothing and keeps the history when the clock's Date is refused", () => {
    const history = createHistory(world("coordination"), { clock: () => new Date(Number.NaN) });
    expect(() => history.apply(revoke)).toThrow();
    expect(history.log).toEqual([]);
  });
});
