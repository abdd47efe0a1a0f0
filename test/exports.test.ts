import { describe, expect, it } from "vitest";

// The public surface is a contract: adding or removing an export must show up in review.
describe("the public surface", () => {
  it("exports exactly these values from the package root", async () => {
    expect(Object.keys(await import("../src/index.js")).sort()).toMatchSnapshot();
  });

  it("exports exactly these values from beroepsgroep/nl", async () => {
    expect(Object.keys(await import("../src/nl/index.js")).sort()).toMatchSnapshot();
  });

  it("exports exactly these values from beroepsgroep/internal, which has no stability promise", async () => {
    expect(Object.keys(await import("../src/internal-api.js")).sort()).toMatchSnapshot();
  });

  it("moved the raw zod schemas and the JSON Schema builder from the package root to beroepsgroep/internal", async () => {
    const root: Record<string, unknown> = await import("../src/index.js");
    const internal: Record<string, unknown> = await import("../src/internal-api.js");
    for (const name of ["scenarioSchema", "changeSchema", "scenarioJsonSchema"]) {
      expect(root, name).not.toHaveProperty(name);
      expect(internal, name).toHaveProperty(name);
    }
  });
});
