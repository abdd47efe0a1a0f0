import { describe, expect, it } from "vitest";
import { cli, FIXTURE, json } from "./run-cli.js";

// An option that takes one value may be given once; options that take a list may repeat.

describe("options given more than once", () => {
  it("refuses a second --on, naming the option and both values", () => {
    const ran = cli(["matrix", "--on", "2026-01-01", "--on", "2027-01-01"]);
    expect(ran.code).toBe(2);
    expect(ran.stdout).toBe("");
    expect(ran.stderr).toContain('--on takes one value but was given 2 times ("2026-01-01", "2027-01-01")');
  });

  it.each([
    ["resolve", ["--theme", "curriculum", "--theme", "cao", "--region", "west", "--on", "2026-01-01"], "--theme"],
    ["resolve", ["--theme", "curriculum", "--region", "west", "--on=2026-01-01", "--on=2026-01-01"], "--on"],
    ["matrix", ["--on", "2026-01-01", "--format", "md", "--format", "svg"], "--format"],
    ["matrix", ["--on", "2026-01-01", "--locale", "nl", "--locale", "en"], "--locale"],
    ["pitfalls", ["--on", "2026-01-01", "--scenario", "oc2", "--scenario", "coordination"], "--scenario"],
    ["structure", ["--direction", "LR", "--direction", "TD"], "--direction"],
  ])("refuses a repeated one-value option in %s %j", (command, args, option) => {
    const ran = cli([command, ...args]);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toContain(`${option} takes one value but was given 2 times`);
  });

  it("still takes list options more than once", () => {
    const ran = cli(["matrix", FIXTURE.coordination, "--on", "2026-01-01", "--theme", "curriculum", "--theme", "cao", "--json"]);
    expect(ran.code).toBe(0);
    expect((JSON.parse(ran.stdout) as { matrix: { themes: string[] } }).matrix.themes).toEqual(["curriculum", "cao"]);
  });

  it("refuses an --on in year 0 with the range", () => {
    const ran = cli(["matrix", "--on", "0000-06-01"]);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toContain('--on "0000-06-01" lies in year 0; days from 0001-01-01 to 9999-12-31 are supported');
  });
});

describe("repeatable options", () => {
  it("split on commas, trim, and skip empty pieces", () => {
    const ran = cli(["matrix", FIXTURE.coordination, "--on", "2025-06-01", "--theme", " curriculum , ,cao", "--region", "noord,", "--sector", "vo", "--json"]);
    expect(ran.code).toBe(0);
    const { matrix } = json(ran);
    expect(matrix.themes).toEqual(["curriculum", "cao"]);
    expect(matrix.regions).toEqual(["noord"]);
    expect(matrix.sectors).toEqual(["vo"]);
  });
});
