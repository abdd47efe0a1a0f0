import { describe, expect, it } from "vitest";
import { changePoints, representationTimeline } from "../../src/index.js";
import { world } from "./fixtures.js";
import type { Doc } from "../fixtures/load.js";

// A coalition's composition changes when one of its holders is founded or dissolved: those days
// are change points of the cells its mandate covers, and a timeline shows the new composition.

function withCoalition(edit: (d: Doc) => void = () => undefined) {
  return world((d) => {
    d["mandates"].push({
      id: "c1",
      holders: ["aob", "cnvo", "fvov"],
      spokesperson: "cnvo",
      role: "lead",
      scope: { themes: ["lerarenopleiding"], regions: ["zuid"], sectors: "all" },
      validFrom: "2025-01-01",
      grant: { by: "agreement", agreement: "a1" },
    });
    d["organisations"].find((o: Doc) => o["id"] === "cnvo")["dissolved"] = "2025-09-01";
    edit(d);
  });
}

describe("change points of a coalition", () => {
  it("names the coalition's holders when its mandate starts", () => {
    const points = changePoints(withCoalition(), { from: "2025-01-01", until: "2025-01-02" });
    expect(points[0]?.events).toContainEqual({ kind: "mandate-starts", mandate: "c1", holder: null, holders: ["aob", "cnvo", "fvov"] });
  });

  it("falls on the day a holder is dissolved, and the timeline shows the coalition without it", () => {
    const s = withCoalition();
    const points = changePoints(s, { from: "2025-06-01", until: "2026-01-01" });
    expect(points.map((p) => p.on)).toEqual(["2025-09-01"]);
    const timeline = representationTimeline(s, { theme: "lerarenopleiding", region: "zuid", sector: "vo", from: "2025-06-01", until: "2026-01-01" });
    expect(timeline.intervals.map((i) => [i.from, i.representation.lead, i.representation.leads])).toEqual([
      ["2025-06-01", "cnvo", ["cnvo", "aob", "fvov"]],
      ["2025-09-01", null, ["aob", "fvov"]],
    ]);
  });

  it("falls on the day a holder is founded, when the coalition grows", () => {
    const s = withCoalition((d) => {
      d["organisations"].find((o: Doc) => o["id"] === "aob")["founded"] = "2025-04-01";
    });
    expect(changePoints(s, { from: "2025-02-01", until: "2025-06-01" }).map((p) => p.on)).toEqual(["2025-04-01"]);
  });
});
