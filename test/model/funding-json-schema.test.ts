// The JSON Schema is in step with the zod schema of funding periods: an independent
// validator accepts what parseScenario accepts and refuses a wrong kind, a negative amount
// and an amount past the limit.
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { scenarioJsonSchema } from "../../src/internal-api.js";
import { fixtureJson } from "../fixtures/load.js";

function validate(funding: unknown): boolean {
  const ajv = new Ajv2020({ allErrors: true, strict: false, formats: { date: /^\d{4}-\d{2}-\d{2}$/ } });
  const doc = structuredClone(fixtureJson("worked-coordination")) as Record<string, unknown>;
  doc["funding"] = funding;
  return ajv.compile(scenarioJsonSchema())(doc);
}

const good = { id: "f1", by: "OCW", kind: "project", from: "2025-09-01", until: "2027-09-01", amountEurPerYear: 400_000, fte: 4, for: "exploration", note: "the letter's request" };

describe("the JSON Schema of funding periods", () => {
  it("accepts a full period", () => {
    expect(validate([good])).toBe(true);
  });

  it("refuses a wrong kind, a negative amount, an amount past the limit and an unknown key", () => {
    expect(validate([{ ...good, kind: "recurring" }])).toBe(false);
    expect(validate([{ ...good, amountEurPerYear: -1 }])).toBe(false);
    expect(validate([{ ...good, amountEurPerYear: 1e13 }])).toBe(false);
    expect(validate([{ ...good, budget: 1 }])).toBe(false);
  });
});
