import { describe, expect, it } from "vitest";
import { safeParseScenario } from "../../src/index.js";
import { parseChange } from "../../src/change-entry.js";
import { BASE } from "../fuzz/renamed-ids.js";

describe("numbers must be finite", () => {
  it.each([NaN, Infinity, -Infinity])("refuses a member figure of %s, saying it must be a finite number", (figure) => {
    const doc = { ...BASE, organisations: BASE.organisations.map((o, i) => (i === 0 ? { ...o, members: { total: figure, asOf: "2025-01-01" } } : o)) };
    const result = safeParseScenario(doc);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues).toEqual([{ code: "invalid_type", path: ["organisations", 0, "members", "total"], message: `organisations[0].members.total: must be a finite number, received ${String(figure)}` }]);
  });

  it("refuses a NaN position of a rule in a change", () => {
    expect(() => parseChange({ type: "add-rule", rule: { id: "r", then: { unrepresented: { reason: "x" } } }, at: NaN })).toThrow("at: must be a finite number, received NaN");
  });
});
