import { describe, expect, it } from "vitest";
import { changePoints } from "../../src/index.js";
import { world } from "./fixtures.js";

const PARTIES = 20_000;

describe(`changePoints under a coordination agreement with ${PARTIES} more parties`, () => {
  // Each extra party signs, is founded on 2025-03-01 and holds one mandate from 2025-02-01.
  const scenario = world((d) => {
    for (let i = 0; i < PARTIES; i++) {
      d.organisations.push({ id: `x${i}`, name: `X${i}`, kind: "union", sectors: ["vo"], founded: "2025-03-01" });
      d.model.parties.push(`x${i}`);
      d.model.agreement.signatories.push(`x${i}`);
      d.mandates.push({
        id: `mx${i}`,
        holder: `x${i}`,
        role: "member",
        scope: { themes: "all", regions: [d.regions[0].id], sectors: "all" },
        validFrom: "2025-02-01",
        grant: { by: "agreement", agreement: d.model.agreement.id },
      });
    }
  });

  it("lists every party's mandate and founding, each once", () => {
    const points = changePoints(scenario, { from: "2025-01-15", until: "2025-06-01" });
    const on = (day: string): string[] => (points.find((p) => p.on === day)?.events ?? []).map((e) => e.kind);
    expect(on("2025-02-01").filter((kind) => kind === "mandate-starts")).toHaveLength(PARTIES);
    expect(on("2025-03-01").filter((kind) => kind === "organisation-founded")).toHaveLength(PARTIES);
  });

  it("lists nothing for the agreement once one party has not signed it", () => {
    const unsigned = world((d) => {
      d.model.parties.push("x0");
      d.organisations.push({ id: "x0", name: "X0", kind: "union", sectors: ["vo"], founded: "2025-03-01" });
    });
    expect(changePoints(unsigned, { from: "2024-06-01", until: "2025-06-01" })).toEqual([]);
  });
});
