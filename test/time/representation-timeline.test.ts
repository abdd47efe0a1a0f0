import { describe, expect, it } from "vitest";
import { representationTimeline, resolve } from "../../src/index.js";
import { fixture } from "../fixtures/load.js";
import { ruled, spans, world } from "./fixtures.js";

const coordination = fixture("worked-coordination");
const cell = { theme: "curriculum", region: "west", sector: "vo" } as const;

describe("representationTimeline", () => {
  it("gives the worked example's history: unrepresented until the agreement, then led by aob", () => {
    const history = representationTimeline(coordination, { ...cell, from: "2024-01-01", until: "2026-01-01" });
    expect(history).toMatchObject({ ...cell, from: "2024-01-01", until: "2026-01-01" });
    expect(spans(history.intervals)).toEqual([
      ["2024-01-01", "2025-01-01", "unrepresented", null],
      ["2025-01-01", "2026-01-01", "represented", "aob"],
    ]);
  });

  it("carries the whole representation of each interval's first day, basis included", () => {
    const history = representationTimeline(coordination, { ...cell, from: "2024-01-01", until: "2026-01-01" });
    for (const interval of history.intervals) {
      expect(interval.representation).toEqual(resolve(coordination, { ...cell, on: interval.from }));
    }
    expect(history.intervals[1]?.representation.delegation).toEqual(["aob", "fvov"]);
  });

  it("starts with the new answer when a mandate starts on `from`", () => {
    const history = representationTimeline(coordination, { ...cell, from: "2025-01-01", until: "2025-03-01" });
    expect(spans(history.intervals)).toEqual([["2025-01-01", "2025-03-01", "represented", "aob"]]);
  });

  it("keeps one interval when a mandate ends on `until`, and shows a last day when it ends the day before", () => {
    const ending = (validUntil: string) =>
      world((d) => {
        for (const m of d.mandates) m.validUntil = validUntil;
      });
    expect(spans(representationTimeline(ending("2025-03-01"), { ...cell, from: "2025-01-01", until: "2025-03-01" }).intervals)).toEqual([
      ["2025-01-01", "2025-03-01", "represented", "aob"],
    ]);
    expect(spans(representationTimeline(ending("2025-02-28"), { ...cell, from: "2025-01-01", until: "2025-03-01" }).intervals)).toEqual([
      ["2025-01-01", "2025-02-28", "represented", "aob"],
      ["2025-02-28", "2025-03-01", "unrepresented", null],
    ]);
  });

  it("finds a change on 29 February", () => {
    const leap = world((d) => {
      d.model.agreement.signedOn = "2024-01-01";
      for (const m of d.mandates) m.validFrom = "2024-02-29";
    });
    expect(spans(representationTimeline(leap, { ...cell, from: "2024-02-01", until: "2024-04-01" }).intervals)).toEqual([
      ["2024-02-01", "2024-02-29", "unrepresented", null],
      ["2024-02-29", "2024-04-01", "represented", "aob"],
    ]);
  });

  it("follows a rotation whose period is one month, across month ends: 31 January + 1 month is 29 February", () => {
    const rotation = ruled({ rotate: { among: ["aob", "cnvo"], every: { months: 1 }, startingOn: "2024-01-31" } });
    expect(spans(representationTimeline(rotation, { ...cell, from: "2024-01-01", until: "2024-06-01" }).intervals)).toEqual([
      ["2024-01-01", "2024-01-31", "unrepresented", null],
      ["2024-01-31", "2024-02-29", "represented", "aob"],
      ["2024-02-29", "2024-03-31", "represented", "cnvo"],
      ["2024-03-31", "2024-04-30", "represented", "aob"],
      ["2024-04-30", "2024-05-31", "represented", "cnvo"],
      ["2024-05-31", "2024-06-01", "represented", "aob"],
    ]);
  });

  it("merges turnovers that hand the chair to the same organisation: the answer stays the same", () => {
    const alone = ruled({ rotate: { among: ["aob"], every: { days: 1 }, startingOn: "2024-01-01" } });
    const history = representationTimeline(alone, { ...cell, from: "2024-01-01", until: "2024-02-01" });
    expect(spans(history.intervals)).toEqual([["2024-01-01", "2024-02-01", "represented", "aob"]]);
  });

  it("ends a lead when its holder is dissolved, and the delegation shrinks when a member's holder is", () => {
    const dissolved = world((d) => {
      d.organisations.find((o: any) => o.id === "fvov").dissolved = "2025-04-01";
      d.organisations.find((o: any) => o.id === "aob").dissolved = "2025-05-01";
    });
    const history = representationTimeline(dissolved, { ...cell, from: "2025-03-01", until: "2025-06-01" });
    expect(history.intervals.map((i) => [i.from, i.representation.status, i.representation.delegation])).toEqual([
      ["2025-03-01", "represented", ["aob", "fvov"]],
      ["2025-04-01", "represented", ["aob"]],
      ["2025-05-01", "unrepresented", []],
    ]);
  });

  it("shows when a cell became contested", () => {
    const contested = world((d) => {
      d.mandates.find((m: any) => m.id === "m4").validFrom = "2025-05-01";
    });
    const history = representationTimeline(contested, { theme: "lerarenopleiding", region: "noord", sector: "vo", from: "2025-01-01", until: "2025-07-01" });
    expect(history.intervals.map((i) => [i.from, i.representation.status, i.representation.contenders])).toEqual([
      ["2025-01-01", "represented", []],
      ["2025-05-01", "contested", ["cnvo", "fvov"]],
    ]);
  });

  it("asks for the profession as a whole when the sector is left out", () => {
    const history = representationTimeline(coordination, { theme: "curriculum", region: "west", from: "2025-01-01", until: "2025-02-01" });
    expect(history.sector).toBeNull();
    expect(history.intervals[0]?.representation.lead).toBe("aob");
  });

  it("rejects unknown ids and bad periods, naming itself", () => {
    const period = { from: "2025-01-01", until: "2026-01-01" };
    expect(() => representationTimeline(coordination, { ...cell, ...period, theme: "nope" })).toThrow('representationTimeline: unknown theme "nope"');
    expect(() => representationTimeline(coordination, { ...cell, ...period, sector: "ho" })).toThrow('representationTimeline: unknown sector "ho"');
    expect(() => representationTimeline(coordination, { ...cell, from: "2026-01-01", until: "2025-01-01" })).toThrow(/^representationTimeline: 'until'/);
  });
});

// A timeline starts a new interval exactly when the answer changes: status, lead,
// delegation, contenders or reason. These cases change one of them while the others stay.

describe("a timeline splits when only part of the answer changes", () => {
  it("splits when only the reason for leaving a cell unrepresented changes", () => {
    // Before 1 March rule a (theme) beats rule b (region) on order. Once rotation x starts it is
    // more specific than a, but neither it nor b is more specific than the other, and b comes first.
    const reasons = world((d) => {
      d.model = {
        kind: "alternative",
        name: "Reasons",
        rules: [
          { id: "a", when: { themes: ["cao"] }, then: { unrepresented: { reason: "left to the sector councils" } } },
          { id: "b", when: { regions: ["noord"] }, then: { unrepresented: { reason: "left to the region" } } },
          { id: "x", when: { themes: ["cao"], sectors: ["po"] }, then: { rotate: { among: ["aob"], every: { years: 1 }, startingOn: "2025-03-01" } } },
        ],
      };
    });
    const history = representationTimeline(reasons, { theme: "cao", region: "noord", sector: "po", from: "2025-02-01", until: "2025-05-01" });
    expect(history.intervals.map((i) => [i.from, i.until, i.representation.status, i.representation.reason])).toEqual([
      ["2025-02-01", "2025-03-01", "unrepresented", "left to the sector councils"],
      ["2025-03-01", "2025-05-01", "unrepresented", "left to the region"],
    ]);
  });

  it("splits when a member joins the delegation under the same lead", () => {
    const joining = world((d) => {
      d.mandates.find((m: any) => m.id === "m5").validFrom = "2025-03-01";
    });
    const history = representationTimeline(joining, { theme: "curriculum", region: "west", sector: "vo", from: "2025-02-01", until: "2025-05-01" });
    expect(history.intervals.map((i) => [i.from, i.representation.lead, i.representation.delegation])).toEqual([
      ["2025-02-01", "aob", ["aob"]],
      ["2025-03-01", "aob", ["aob", "fvov"]],
    ]);
  });

  it("splits when a third organisation joins a contest", () => {
    const third = world((d) => {
      d.mandates.push({
        id: "m8",
        holder: "aob",
        role: "lead",
        scope: { themes: ["lerarenopleiding"], regions: ["noord"], sectors: "all" },
        validFrom: "2025-03-01",
        grant: { by: "agreement", agreement: "a1" },
      });
    });
    const history = representationTimeline(third, { theme: "lerarenopleiding", region: "noord", sector: "vo", from: "2025-02-01", until: "2025-05-01" });
    expect(history.intervals.map((i) => [i.from, i.representation.status, i.representation.contenders])).toEqual([
      ["2025-02-01", "contested", ["cnvo", "fvov"]],
      ["2025-03-01", "contested", ["aob", "cnvo", "fvov"]],
    ]);
  });

  it("splits when one contender gives way to another, the number of contenders staying the same", () => {
    const swapped = world((d) => {
      const m3 = d.mandates.find((m: any) => m.id === "m3");
      m3.validUntil = "2025-03-01";
      d.mandates.push({ ...m3, id: "m8", holder: "aob", validFrom: "2025-03-01", validUntil: undefined });
    });
    const history = representationTimeline(swapped, { theme: "lerarenopleiding", region: "noord", sector: "vo", from: "2025-02-01", until: "2025-05-01" });
    expect(history.intervals.map((i) => [i.from, i.representation.status, i.representation.contenders])).toEqual([
      ["2025-02-01", "contested", ["cnvo", "fvov"]],
      ["2025-03-01", "contested", ["aob", "fvov"]],
    ]);
  });

  it("starts the chair of a rotation among one on the day it starts, inside the period", () => {
    const alone = world((d) => {
      d.model = { kind: "alternative", name: "Alone", rules: [{ id: "r1", then: { rotate: { among: ["aob"], every: { days: 1 }, startingOn: "2024-01-10" } } }] };
    });
    const history = representationTimeline(alone, { theme: "curriculum", region: "west", sector: "vo", from: "2024-01-01", until: "2024-02-01" });
    expect(history.intervals.map((i) => [i.from, i.until, i.representation.lead])).toEqual([
      ["2024-01-01", "2024-01-10", null],
      ["2024-01-10", "2024-02-01", "aob"],
    ]);
  });
});
