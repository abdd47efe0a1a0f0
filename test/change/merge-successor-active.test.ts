import { describe, expect, it } from "vitest";
import { parseScenario } from "../../src/index.js";
import { applyChange } from "../../src/change-entry.js";
import { refusal, world, worldJson } from "./fixtures.js";

const newcomer = { id: "new", name: "New", kind: "union", sectors: ["vo"] } as const;

describe("merge-organisations refuses a successor that does not exist on the day of the merger", () => {
  it("refuses a new successor founded after the merger, naming both days", () => {
    const error = refusal(() =>
      applyChange(world("coordination"), { type: "merge-organisations", ids: ["aob"], into: { ...newcomer, founded: "2027-01-01" }, on: "2026-01-01" }),
    );
    expect(error.issues).toEqual([
      {
        code: "merge_target_not_active",
        path: ["change", "into", "founded"],
        message: 'merge-organisations: the successor "new" is founded only on 2027-01-01, after the merger on 2026-01-01',
      },
    ]);
  });

  it("refuses a new successor dissolved on or before the merger", () => {
    const error = refusal(() =>
      applyChange(world("coordination"), {
        type: "merge-organisations",
        ids: ["aob"],
        into: { ...newcomer, founded: "2025-01-01", dissolved: "2026-01-01" },
        on: "2026-01-01",
      }),
    );
    expect(error.issues[0]).toMatchObject({ code: "merge_target_not_active", path: ["change", "into", "dissolved"] });
    expect(error.issues[0]?.message).toContain("dissolved on 2026-01-01, not after the merger on 2026-01-01");
  });

  it("refuses an existing successor founded after the merger", () => {
    // "oc2" is founded on 2026-01-01.
    const error = refusal(() => applyChange(world("coordination"), { type: "merge-organisations", ids: ["aob"], into: "oc2", on: "2025-06-01" }));
    expect(error.issues).toEqual([
      {
        code: "merge_target_not_active",
        path: ["change", "into"],
        message: 'merge-organisations: the successor "oc2" is founded only on 2026-01-01, after the merger on 2025-06-01',
      },
    ]);
  });

  it("refuses an existing successor dissolved on the day of the merger or before", () => {
    const doc = worldJson("coordination");
    doc["organisations"][1].dissolved = "2026-01-01";
    const scenario = parseScenario(doc);
    for (const on of ["2026-01-01", "2026-03-01"]) {
      const error = refusal(() => applyChange(scenario, { type: "merge-organisations", ids: ["aob"], into: "cnvo", on }));
      expect(error.issues).toEqual([
        {
          code: "merge_target_not_active",
          path: ["change", "into"],
          message: `merge-organisations: the successor "cnvo" is dissolved on 2026-01-01, not after the merger on ${on}`,
        },
      ]);
    }
  });

  it("accepts a successor founded on the day of the merger and dissolved after it", () => {
    const { scenario } = applyChange(world("coordination"), {
      type: "merge-organisations",
      ids: ["aob"],
      into: { ...newcomer, founded: "2026-01-01", dissolved: "2026-01-02" },
      on: "2026-01-01",
    });
    expect(scenario.organisations.find((o) => o.id === "new")?.founded).toBe("2026-01-01");
    expect(applyChange(world("coordination"), { type: "merge-organisations", ids: ["aob"], into: "oc2", on: "2026-01-01" }).scenario.organisations[0]?.dissolved).toBe("2026-01-01");
  });
});
