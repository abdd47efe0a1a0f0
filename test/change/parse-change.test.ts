import { describe, expect, it } from "vitest";
import { parseChange } from "../../src/change-entry.js";
import { changeSchema } from "../../src/internal-api.js";
import { refusal } from "./fixtures.js";

describe("parseChange", () => {
  it("returns a typed copy that shares nothing with its input", () => {
    const input = { type: "delegate", id: "d2", to: "cnvo", scope: { themes: "all", regions: ["nl"], sectors: ["vo"] }, validFrom: "2026-01-01" };
    const change = parseChange(input);
    expect(change).toEqual(input);
    expect(change).not.toBe(input);
    if (change.type !== "delegate") throw new Error("unexpected type");
    expect(change.scope).not.toBe(input.scope);
  });

  it("lists every problem, with paths relative to the change", () => {
    const error = refusal(() => parseChange({ type: "grant-mandate", mandate: { id: "", holder: "aob" } }));
    expect(error.message).toMatch(/^parseChange: /);
    const paths = error.issues.map((issue) => issue.path.join("."));
    expect(paths).toContain("mandate.id");
    expect(paths).toContain("mandate.role");
    expect(paths).toContain("mandate.scope");
  });

  it("refuses dates that are not calendar days and keys it does not know", () => {
    expect(refusal(() => parseChange({ type: "revoke-mandate", id: "m1", on: "2025-02-30" })).issues[0]?.code).toBe("invalid_date");
    expect(refusal(() => parseChange({ type: "remove-rule", id: "r1", force: true })).issues[0]).toMatchObject({ code: "unknown_key", path: ["force"] });
    expect(refusal(() => parseChange({ type: "update-organisation", id: "aob", set: { id: "other" } })).issues[0]).toMatchObject({ code: "unknown_key", path: ["set", "id"] });
    expect(refusal(() => parseChange({ type: "amend-mandate", id: "m1", unset: ["holder"] })).issues[0]).toMatchObject({ code: "invalid_value", path: ["unset", 0] });
  });

  it("reads a merger into a new or an existing organisation", () => {
    expect(parseChange({ type: "merge-organisations", ids: ["a"], into: "b", on: "2026-01-01" })).toMatchObject({ into: "b" });
    const into = { id: "c", name: "C", kind: "other", sectors: [] };
    expect(parseChange({ type: "merge-organisations", ids: ["a"], into, on: "2026-01-01" })).toMatchObject({ into });
    expect(refusal(() => parseChange({ type: "merge-organisations", ids: [], into: "b", on: "2026-01-01" })).issues[0]?.code).toBe("too_small");
  });

  it("is backed by a schema that other code can use", () => {
    expect(changeSchema.safeParse({ type: "revoke-mandate", id: "m1", on: "2026-01-01" }).success).toBe(true);
    expect(changeSchema.safeParse({ type: "revoke-mandate", id: "m1" }).success).toBe(false);
  });
});
