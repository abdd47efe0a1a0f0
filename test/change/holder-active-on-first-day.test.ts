import { describe, expect, it } from "vitest";
import { parseScenario } from "../../src/index.js";
import { applyChange } from "../../src/change-entry.js";
import { refusal, world, worldJson } from "./fixtures.js";

const scope = { themes: ["curriculum"], regions: ["nl"], sectors: "all" } as const;

/** The coordination world with "cnvo" dissolved on 2026-01-01. */
function withCnvoDissolved() {
  const doc = worldJson("coordination");
  doc["organisations"][1].dissolved = "2026-01-01";
  return parseScenario(doc);
}

describe("changes refuse to hand a mandate or a signature to an organisation absent on the day", () => {
  it("grant-mandate refuses a holder founded after the mandate's first day", () => {
    // "oc2" is founded on 2026-01-01.
    const error = refusal(() =>
      applyChange(world("coordination"), { type: "grant-mandate", mandate: { id: "g1", holder: "oc2", role: "lead", scope, grant: { by: "agreement", agreement: "a1" }, validFrom: "2025-06-01" } }),
    );
    expect(error.issues).toEqual([
      {
        code: "holder_not_active",
        path: ["change", "mandate", "holder"],
        message: `grant-mandate: the holder "oc2" is founded only on 2026-01-01, after the mandate's first day 2025-06-01`,
      },
    ]);
  });

  it("grant-mandate refuses a holder dissolved on or before the mandate's first day", () => {
    const error = refusal(() =>
      applyChange(withCnvoDissolved(), { type: "grant-mandate", mandate: { id: "g1", holder: "cnvo", role: "lead", scope, grant: { by: "agreement", agreement: "a1" }, validFrom: "2026-01-01" } }),
    );
    expect(error.issues[0]).toMatchObject({ code: "holder_not_active", path: ["change", "mandate", "holder"] });
    expect(error.issues[0]?.message).toContain('"cnvo" is dissolved on 2026-01-01');
  });

  it("grant-mandate accepts a holder founded on the mandate's first day", () => {
    const { scenario } = applyChange(world("coordination"), { type: "grant-mandate", mandate: { id: "g1", holder: "oc2", role: "lead", scope, grant: { by: "agreement", agreement: "a1" }, validFrom: "2026-01-01" } });
    expect(scenario.mandates.at(-1)?.id).toBe("g1");
  });

  it("delegate refuses an organisation founded after the delegation's first day", () => {
    const doc = worldJson("oc2");
    doc["organisations"][1].founded = "2027-01-01";
    const error = refusal(() =>
      applyChange(parseScenario(doc), { type: "delegate", id: "d2", to: "cnvo", scope, validFrom: "2026-01-01" }),
    );
    expect(error.issues).toEqual([
      {
        code: "holder_not_active",
        path: ["change", "to"],
        message: `delegate: the holder "cnvo" is founded only on 2027-01-01, after the mandate's first day 2026-01-01`,
      },
    ]);
  });

  it("sign-agreement refuses an organisation founded after the day of signing", () => {
    const error = refusal(() => applyChange(world("coordination"), { type: "sign-agreement", organisation: "oc2", on: "2025-06-01" }));
    expect(error.issues).toEqual([
      {
        code: "signatory_not_active",
        path: ["change", "organisation"],
        message: `sign-agreement: the signatory "oc2" is founded only on 2026-01-01, after signing on 2025-06-01`,
      },
    ]);
  });

  it("sign-agreement refuses an organisation dissolved on or before the day of signing", () => {
    const doc = worldJson("coordination");
    doc["organisations"][5].dissolved = "2026-01-01";
    const error = refusal(() => applyChange(parseScenario(doc), { type: "sign-agreement", organisation: "lg-noord", on: "2026-02-01" }));
    expect(error.issues[0]).toMatchObject({ code: "signatory_not_active", path: ["change", "organisation"] });
    expect(error.issues[0]?.message).toContain('"lg-noord" is dissolved on 2026-01-01, not after signing on 2026-02-01');
  });
});
