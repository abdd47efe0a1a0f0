import { describe, expect, it } from "vitest";

// The public surface is a contract: adding or removing an export must show up in review.
describe("the public surface", () => {
  it("exports exactly these values from the package root", async () => {
    expect(Object.keys(await import("../src/index.js")).sort()).toMatchSnapshot();
  });

  it("exports exactly these values from beroepsgroep/nl", async () => {
    expect(Object.keys(await import("../src/nl/index.js")).sort()).toMatchSnapshot();
  });
});
