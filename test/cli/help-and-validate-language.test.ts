// The help and the validate report come from each language's words: `--locale nl` gives
// Dutch, English stays the default, and help never fails over the language it is asked in.
import { describe, expect, it } from "vitest";
import type { CliHelp } from "../../src/locale/cli-help.js";
import { help as en } from "../../src/locale/en/cli-help.js";
import { help as nl } from "../../src/locale/nl/cli-help.js";
import { english } from "../../src/index.js";
import { dutch } from "../../src/locale/nl/index.js";
import { cli, FIXTURE, json } from "./run-cli.js";

describe("the command line's help in each language", () => {
  it("has every topic in both languages, each one translated", () => {
    expect(Object.keys(nl).sort()).toEqual(Object.keys(en).sort());
    for (const topic of Object.keys(en) as (keyof CliHelp)[]) {
      expect(nl[topic], topic).not.toBe(en[topic]);
      expect(nl[topic].trim(), topic).not.toBe("");
    }
  });

  it("answers help TOPIC, COMMAND --help and --help in the language of --locale, either way it is written", () => {
    expect(cli(["help", "matrix", "--locale", "nl"]).stdout).toBe(`${nl.matrix}\n`);
    expect(cli(["tally", "--locale=nl", "--help"]).stdout).toBe(`${nl.tally}\n`);
    expect(cli(["help", "--locale", "nl"]).stdout).toBe(`${nl.main}\n`);
    expect(cli(["--help", "--locale", "en"]).stdout).toBe(`${en.main}\n`);
  });

  it("gives English help for a language it does not know, and takes --locale after -- as a file name", () => {
    const ran = cli(["matrix", "--help", "--locale", "de"]);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toBe(`${en.matrix}\n`);
    expect(cli(["structure", "--help", "--", "--locale", "nl"]).stdout).toBe(`${en.structure}\n`);
  });
});

describe("the validate report in each language", () => {
  it("writes one and several in each language", () => {
    expect(english.cli.validate.summary("S", "oc2", 1, 1)).toBe("S (oc2; 1 organisation, 1 mandate)");
    expect(english.cli.validate.summary("S", "oc2", 2, 0)).toBe("S (oc2; 2 organisations, 0 mandates)");
    expect(dutch.cli.validate.summary("S", "oc2", 1, 2)).toBe("S (oc2; 1 organisatie, 2 mandaten)");
    expect(english.cli.validate.problems(1)).toBe("1 problem");
    expect(dutch.cli.validate.problems(3)).toBe("3 problemen");
  });

  it("lines the marks up in Dutch as in English, and writes the JSON summary in the language asked for", () => {
    const lines = cli(["validate", FIXTURE.coordination, "no/such/file.json", "--locale", "nl"]).stdout.split("\n");
    expect(lines[0]).toMatch(/^geldig {4}test\/fixtures\/worked-coordination\.json: /);
    expect(lines[1]).toBe("ongeldig  no/such/file.json: 1 probleem");
    expect(json(cli(["validate", FIXTURE.coordination, "--json", "--locale", "nl"])).results[0].summary).toBe("Worked example: coordination (coordination; 6 organisaties, 6 mandaten)");
  });

  it("refuses a --locale it does not know, as every other command does", () => {
    const ran = cli(["validate", FIXTURE.coordination, "--locale", "de"]);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toContain('--locale must be en or nl, received "de"');
  });
});
