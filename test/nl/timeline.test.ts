import { describe, expect, it } from "vitest";
import { nl } from "../../src/nl/index.js";

describe("nl.timeline", () => {
  it("is in date order and has unique ids", () => {
    const days = nl.timeline.map((e) => e.on);
    expect(days).toEqual([...days].sort());
    expect(new Set(nl.timeline.map((e) => e.id)).size).toBe(nl.timeline.length);
  });

  it("runs from the 2008 action plan, through the OC and the LC, to the onderwijsregio's", () => {
    const ids = nl.timeline.map((e) => e.id);
    const order = ["leerkracht", "oc-founded", "oc-dissolved", "lc-launched", "lc-dissolved", "forerunners", "regions-coverage"];
    const positions = order.map((id) => ids.indexOf(id));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(nl.timeline.at(-1)?.title).toMatch(/onderwijsregio/);
  });

  it("fills the day with the 1st exactly where the sources give only a month or year", () => {
    for (const event of nl.timeline) {
      if (event.precision === "month") expect(event.on.slice(8), event.id).toBe("01");
      if (event.precision === "year") expect(event.on.slice(5), event.id).toBe("01-01");
    }
  });

  it("gives every event an English and a Dutch title", () => {
    for (const event of nl.timeline) {
      expect(event.title.length, event.id).toBeGreaterThan(0);
      expect(event.titleNl.length, event.id).toBeGreaterThan(0);
      expect(event.titleNl, event.id).not.toBe(event.title);
    }
  });
});
