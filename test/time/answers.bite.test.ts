import { describe, expect, it } from "vitest";
import { representationTimeline } from "../../src/index.js";
import { world } from "./world.js";

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
