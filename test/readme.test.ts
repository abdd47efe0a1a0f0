import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");

describe("README", () => {
  it("shows the quick start that examples/quick-start.ts runs against the build", () => {
    const block = /## Quick start\n\n```ts\n([\s\S]*?)```/.exec(readme)?.[1];
    const example = readFileSync(new URL("../examples/quick-start.ts", import.meta.url), "utf8");
    expect(block).toBeDefined();
    expect(example.split("\n").slice(1).join("\n")).toBe(block);
  });

  it("gives the two commands a newcomer needs", () => {
    expect(readme).toContain("npm install && npm run demo");
    expect(readme).toContain("npm test");
  });
});
