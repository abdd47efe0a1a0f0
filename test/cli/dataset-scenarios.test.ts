import { describe, expect, it } from "vitest";
import { resolve } from "../../src/index.js";
import { nl } from "../../src/nl/index.js";
import { cli, json } from "./run-cli.js";

describe("--scenario NAME", () => {
  it.each([...nl.documentNames])("structure --scenario %s draws that embedded scenario", (name) => {
    const ran = cli(["structure", "--scenario", name]);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain(`%% Structure of ${nl.document(name).name} (`);
  });

  it("structure --scenario history-representation names the representation history, not the LC history", () => {
    const ran = cli(["structure", "--scenario", "history-representation"]);
    expect(ran.stdout).toContain(`%% Structure of ${nl.history.representation.name} (`);
    expect(ran.stdout).not.toContain(nl.history.lc.name);
  });

  it("resolve --scenario history-representation answers as the representation history does", () => {
    const query = { theme: "curriculum", region: "nl", on: "2021-06-01" } as const;
    const ran = cli(["resolve", "--scenario", "history-representation", "--theme", query.theme, "--region", query.region, "--on", query.on, "--json"]);
    expect(ran.code).toBe(0);
    const expected: unknown = JSON.parse(JSON.stringify(resolve(nl.history.representation, query)));
    const lc: unknown = JSON.parse(JSON.stringify(resolve(nl.history.lc, query)));
    expect(expected).not.toEqual(lc);
    expect(json(ran).representation).toEqual(expected);
  });
});
