import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { scenarioJsonSchema } from "../../src/internal-api.js";
import { fixtureJson } from "../fixtures/load.js";

function validator() {
  // The "date" format is checked independently of the library: a real UTC calendar day.
  const date = (s: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);
  const ajv = new Ajv2020({ allErrors: true, strict: false, formats: { date } });
  return ajv.compile(scenarioJsonSchema());
}

describe("scenarioJsonSchema", () => {
  it("is a draft 2020-12 schema with an id and a title", () => {
    const schema = scenarioJsonSchema();
    expect(schema["$schema"]).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema["title"]).toContain("schemaVersion 1");
    expect(schema["$id"]).toContain("scenario.schema.json");
  });

  it.each(["worked-coordination", "worked-oc2"])("accepts the %s fixture under an independent validator (ajv)", (name) => {
    const validate = validator();
    const ok = validate(fixtureJson(name));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it("rejects an unknown key, as the zod schema does", () => {
    const validate = validator();
    const doc = structuredClone(fixtureJson("worked-coordination")) as Record<string, unknown>;
    doc["extra"] = 1;
    expect(validate(doc)).toBe(false);
  });

  it("rejects a wrong model kind and a malformed date", () => {
    const validate = validator();
    const doc = structuredClone(fixtureJson("worked-coordination")) as any;
    doc.model.kind = "anarchy";
    expect(validate(doc)).toBe(false);
    const dated = structuredClone(fixtureJson("worked-coordination")) as any;
    dated.mandates[0].validFrom = "1 januari 2025";
    expect(validate(dated)).toBe(false);
    dated.mandates[0].validFrom = "2025-02-30";
    expect(validate(dated)).toBe(false);
  });

  it("returns a fresh object on every call", () => {
    expect(scenarioJsonSchema()).not.toBe(scenarioJsonSchema());
    expect(scenarioJsonSchema()).toEqual(scenarioJsonSchema());
  });
});
