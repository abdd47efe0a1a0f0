import { describe, expect, it } from "vitest";

// The public surface is a contract: adding or removing an export must show up in review.
// The names are kept in test/golden/, one a line; after a deliberate change,
// `npx vitest run test/exports.test.ts -u` writes them again.
const names = async (entry: Promise<Record<string, unknown>>): Promise<string> => `${Object.keys(await entry).sort().join("\n")}\n`;

describe("the public surface", () => {
  it("exports exactly these values from the package root", async () => {
    await expect(await names(import("../src/index.js"))).toMatchFileSnapshot("golden/exports-root.txt");
  });

  it("exports exactly these values from beroepsgroep/nl", async () => {
    await expect(await names(import("../src/nl/index.js"))).toMatchFileSnapshot("golden/exports-nl.txt");
  });
});
