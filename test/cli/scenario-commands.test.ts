import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { wellFormed } from "../report/well-formed.js";
import { afterAll, describe, expect, it } from "vitest";
import { cli, FIXTURE, json } from "./run-cli.js";

const scratch = mkdtempSync(join(tmpdir(), "beroepsgroep-cli-"));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

describe("beroepsgroep validate", () => {
  it("checks every embedded Dutch scenario without FILE", () => {
    const ran = cli(["validate"]);
    expect(ran.code).toBe(0);
    expect(ran.stdout.split("\n").filter((l) => l.startsWith("valid "))).toHaveLength(6);
    expect(ran.stdout).toContain("nl:coordination");
    expect(ran.stdout).toContain("nl:history-lc");
    expect(ran.stdout).toContain("nl:history-representation");
  });

  it("checks a fixture file and one embedded scenario", () => {
    const ran = cli(["validate", FIXTURE.coordination]);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toBe(`valid    ${FIXTURE.coordination}: Worked example: coordination (coordination; 6 organisations, 6 mandates)\n`);
    expect(cli(["validate", "--scenario", "oc2"]).stdout).toMatch(/^valid {4}nl:oc2: /);
  });

  it("lists every problem of a bad file with its path, and exits 1", () => {
    const doc = JSON.parse(readFileSync(FIXTURE.coordination, "utf8"));
    doc.mandates[1].validFrom = "2025-02-30";
    doc.colour = "red";
    const ran = cli(["validate", "-"], { input: JSON.stringify(doc) });
    expect(ran.code).toBe(1);
    expect(ran.stdout).toBe(
      'invalid  -: 2 problems\n  mandates[1].validFrom: "2025-02-30" is not a calendar date written YYYY-MM-DD [invalid_date]\n  colour: unknown key "colour" [unknown_key]\n',
    );
    const meaning = JSON.parse(readFileSync(FIXTURE.coordination, "utf8"));
    meaning.mandates[0].holder = "ghost";
    meaning.model.parties.push("nobody");
    const file = join(scratch, "bad.json");
    writeFileSync(file, JSON.stringify(meaning));
    const second = cli(["validate", file]);
    expect(second.code).toBe(1);
    expect(second.stdout).toMatch(/^invalid {2}.*bad\.json: 2 problems\n {2}mandates\[0\]\.holder: .*"ghost".* \[unknown_reference\]\n {2}model\.parties\[4\]: .*"nobody".* \[unknown_reference\]\n$/);
  });

  it("reports each file, failing when one is bad or missing", () => {
    const ran = cli(["validate", FIXTURE.oc2, "no/such/file.json", FIXTURE.election]);
    expect(ran.code).toBe(1);
    const lines = ran.stdout.split("\n");
    expect(lines[0]).toMatch(/^valid {4}test\/fixtures\/worked-oc2\.json/);
    expect(ran.stdout).toContain("invalid  no/such/file.json: 1 problem\n  (file): cannot read no/such/file.json: no such file");
    expect(ran.stdout).toContain(`invalid  ${FIXTURE.election}: `);
  });

  it("reports as JSON for scripts", () => {
    const ran = cli(["validate", FIXTURE.coordination, "--json"]);
    expect(ran.code).toBe(0);
    expect(json(ran)).toEqual({ valid: true, results: [{ source: FIXTURE.coordination, valid: true, summary: expect.any(String), issues: [] }] });
    const bad = json(cli(["validate", "-", "--json"], { input: '{"schemaVersion": 2}' }));
    expect(bad.valid).toBe(false);
    expect(bad.results[0].issues[0]).toMatchObject({ code: "unsupported_version", path: ["schemaVersion"], location: "schemaVersion" });
  });
});

describe("beroepsgroep resolve", () => {
  it("explains a cell of the embedded dataset", () => {
    const ran = cli(["resolve", "--theme", "curriculum", "--region", "nl", "--sector", "vo", "--on", "2026-06-01"]);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toMatch(/^curriculum in nl \(vo\) on 2026-06-01: represented by /);
    expect(ran.stdout).toContain("\nDelegation: ");
    expect(ran.stdout).toContain("\n- Mandate ");
  });

  it("reproduces the worked example on a fixture file, in English and Dutch", () => {
    const won = cli(["resolve", FIXTURE.coordination, "--theme", "curriculum", "--region", "west", "--sector", "mbo", "--on", "2025-06-01"]);
    expect(won.stdout.split("\n")[0]).toBe("curriculum in west (mbo) on 2025-06-01: represented by BVMBO.");
    expect(won.stdout.split("\n")[1]).toBe("Delegation: BVMBO, FvOv.");
    const contested = cli(["resolve", FIXTURE.coordination, "--theme", "lerarenopleiding", "--region", "noord", "--sector", "vo", "--on", "2025-06-01", "--locale", "nl"]);
    expect(contested.code).toBe(0);
    expect(contested.stdout.split("\n")[0]).toBe("lerarenopleiding in noord (vo) op 2025-06-01: betwist tussen CNVO en FvOv; niemand heeft de leiding.");
    const whole = cli(["resolve", FIXTURE.coordination, "--theme", "curriculum", "--region", "west", "--on", "2025-06-01"]);
    expect(whole.stdout.split("\n")[0]).toBe("curriculum in west (all sectors) on 2025-06-01: represented by AOb.");
  });

  it("prints the representation and its explanation as JSON", () => {
    const out = json(cli(["resolve", FIXTURE.oc2, "--theme", "curriculum", "--region", "noord", "--sector", "vo", "--on", "2026-03-01", "--json"]));
    expect(out.source).toBe(FIXTURE.oc2);
    expect(out.representation).toMatchObject({ status: "represented", lead: "lg-noord", delegation: ["lg-noord", "oc2"] });
    expect(out.explanation).toMatch(/^curriculum in noord \(vo\) on 2026-03-01: represented by Leergemeenschap Noord\./);
  });

  it("exits 2 on a missing or unknown theme, region or sector, listing the known ones", () => {
    expect(cli(["resolve", "--region", "nl", "--on", "2026-06-01"]).stderr).toMatch(/--theme ID is required/);
    expect(cli(["resolve", "--theme", "curriculum", "--on", "2026-06-01"]).stderr).toMatch(/--region ID is required/);
    const ran = cli(["resolve", FIXTURE.coordination, "--theme", "astrology", "--region", "nl", "--on", "2025-06-01"]);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toMatch(/^beroepsgroep resolve: unknown theme "astrology"; known: curriculum, lerarenopleiding, bekwaamheid, bevoegdheden, cao\n/);
    expect(cli(["resolve", FIXTURE.coordination, "--theme", "cao", "--region", "mars", "--on", "2025-06-01"]).stderr).toMatch(/unknown region "mars"/);
    expect(cli(["resolve", FIXTURE.coordination, "--theme", "cao", "--region", "nl", "--sector", "wo", "--on", "2025-06-01"]).stderr).toMatch(/unknown sector "wo"/);
  });

  it("exits 1 on a missing file, a file that is not JSON and an invalid scenario", () => {
    const args = ["--theme", "cao", "--region", "nl", "--on", "2025-06-01"];
    const missing = cli(["resolve", "missing.json", ...args]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe("beroepsgroep resolve: cannot read missing.json: no such file\n");
    const notJson = cli(["resolve", "-", ...args], { input: "{ nope" });
    expect(notJson.code).toBe(1);
    expect(notJson.stderr).toMatch(/^beroepsgroep resolve: - is not valid JSON: /);
    const invalid = cli(["resolve", FIXTURE.election, ...args]);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toMatch(/^beroepsgroep resolve: test\/cli\/fixtures\/election\.json is not a valid scenario: \d+ problems\n {2}/);
    const folder = cli(["resolve", "test", ...args]);
    expect(folder.code).toBe(1);
    expect(folder.stderr).toBe("beroepsgroep resolve: cannot read test: it is a directory\n");
  });
});

describe("beroepsgroep matrix", () => {
  it("prints the embedded dataset as text tables, one per sector", () => {
    const ran = cli(["matrix", "--on", "2026-06-01"]);
    expect(ran.code).toBe(0);
    for (const sector of ["po", "vo", "mbo", "ho"]) expect(ran.stdout).toContain(`sector ${sector} (2026-06-01)\n`);
    expect(ran.stdout).toContain("▨ contested, — unrepresented");
  });

  it("prints a fixture as text, with contested and unrepresented cells marked", () => {
    const ran = cli(["matrix", FIXTURE.coordination, "--on", "2025-06-01", "--sector", "vo", "--theme", "curriculum,lerarenopleiding"]);
    expect(ran.stdout).toBe(
      [
        "sector vo (2025-06-01)",
        "theme             nl   noord        oost  zuid  west",
        "curriculum        AOb  AOb          AOb   AOb   AOb",
        "lerarenopleiding  —    ▨ CNVO/FvOv  —     —     —",
        "",
        "▨ contested, — unrepresented",
        "",
      ].join("\n"),
    );
  });

  it("renders Markdown, an HTML page, SVG and JSON", () => {
    const args = ["matrix", FIXTURE.coordination, "--on", "2025-06-01"];
    const md = cli([...args, "--format", "md"]);
    expect(md.stdout).toMatch(/^## Who represents the profession on 2025-06-01\n/);
    expect(md.stdout).toContain("| Curriculum | BVMBO | BVMBO | BVMBO | BVMBO | BVMBO |");
    const html = cli([...args, "--format", "html", "--locale", "nl"]).stdout;
    expect(html.startsWith('<!doctype html>\n<html lang="nl">')).toBe(true);
    expect(html.split("<td ").length - 1).toBe(75);
    const svg = cli([...args, "--format", "svg"]).stdout;
    expect(wellFormed(svg)).toBe(true);
    expect(svg.split('<g class="cell"').length - 1).toBe(75);
    const data = json(cli([...args, "--json"]));
    expect(data.matrix.cells).toHaveLength(75);
    expect(json(cli([...args, "--format", "json"]))).toEqual(data);
  });

  it("writes to --out instead of standard output", () => {
    const out = join(scratch, "matrix.svg");
    const ran = cli(["matrix", "--on", "2026-06-01", "--format", "svg", "--out", out]);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toBe("");
    expect(wellFormed(readFileSync(out, "utf8"))).toBe(true);
  });

  it("exits 1 when --out cannot be written, and 2 on an unknown id", () => {
    const ran = cli(["matrix", "--on", "2026-06-01", "--out", join(scratch, "no", "such", "dir.txt")]);
    expect(ran.code).toBe(1);
    expect(ran.stderr).toMatch(/cannot write .*dir\.txt: no such directory/);
    const unknown = cli(["matrix", "--on", "2026-06-01", "--region", "atlantis"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown region "atlantis"; known: nl, /);
  });
});

describe("beroepsgroep structure", () => {
  it("prints the model of the embedded dataset and of a fixture as Mermaid", () => {
    const nl = cli(["structure", "--scenario", "alternative", "--locale", "nl"]);
    expect(nl.code).toBe(0);
    expect(nl.stdout).toMatch(/^flowchart TB\n {2}%% Structuur van /);
    const oc2 = cli(["structure", FIXTURE.oc2, "--direction", "LR"]);
    expect(oc2.stdout).toMatch(/^flowchart LR\n/);
    expect(oc2.stdout).toContain('"Board<br>10 seats"');
    const data = json(cli(["structure", FIXTURE.coordination, "--json"]));
    expect(data).toMatchObject({ source: FIXTURE.coordination, model: "coordination" });
    expect(data.mermaid).toMatch(/^flowchart TB\n/);
    expect(cli(["structure", "--direction", "RL"]).code).toBe(2);
  });
});
