import { describe, expect, it } from "vitest";
import { renderTally, tally, type Election } from "../../src/council.js";
import { wellFormed } from "./well-formed.js";

const election: Election = {
  candidates: ["coordination", "oc2", "alternative", "status-quo"],
  ballots: [
    { ranking: ["coordination", "oc2", "alternative"], count: 40 },
    { ranking: ["oc2", "coordination"], count: 35 },
    { ranking: ["alternative", "oc2"], count: 20 },
    { ranking: ["status-quo"], count: 8 },
  ],
};
const names = { candidates: { coordination: "Coordination", oc2: "OC 2.0", alternative: "Alternative", "status-quo": "Status quo" } };

describe("renderTally", () => {
  it("pins the Markdown of an instant-runoff count, round by round", async () => {
    await expect(renderTally(tally(election, { method: "irv" }), { format: "markdown", names })).toMatchFileSnapshot("golden/tally-irv-en.md");
  });

  it("pins the Markdown of the pairwise table of a Schulze count, in Dutch", async () => {
    await expect(renderTally(tally(election, { method: "schulze" }), { format: "markdown", locale: "nl", names })).toMatchFileSnapshot("golden/tally-schulze-pairwise-nl.md");
  });

  it("draws a bar chart per round in well-formed SVG, with the STV quota", () => {
    const result = tally(election, { method: "stv", seats: 2 });
    const svg = renderTally(result, { format: "svg", names });
    expect(wellFormed(svg)).toBe(true);
    expect(svg).toContain("<title id=\"bg-title\">Count by stv</title>");
    const rounds = result.rounds ?? [];
    expect(rounds.length).toBeGreaterThan(0);
    expect(svg.split('<g class="chart">').length - 1).toBe(rounds.length);
    const bars = rounds.reduce((n, r) => n + Object.keys(r.counts).length, 0);
    expect(svg.split('<g class="bar"').length - 1).toBe(bars);
    expect(svg).toContain('stroke-dasharray="4 3"');
    expect(svg).toContain("elected");
  });

  it("draws the totals of a single-round method and the pairwise table of a Condorcet method", () => {
    const borda = renderTally(tally(election, { method: "borda" }), { format: "svg", names });
    expect(wellFormed(borda)).toBe(true);
    expect(borda.split('<g class="chart">').length - 1).toBe(1);
    expect(borda).toContain(">Totals</text>");
    const schulze = renderTally(tally(election, { method: "schulze" }), { format: "svg" });
    expect(wellFormed(schulze)).toBe(true);
    expect(schulze).toContain('<g class="pairwise">');
  });

  it("makes HTML tables with a bar per candidate and a pairwise table", () => {
    const html = renderTally(tally(election, { method: "copeland" }), { format: "html", names });
    expect(wellFormed(html)).toBe(true);
    expect(html).toContain('data-chart="pairwise"');
    expect(html.match(/<table [^>]*data-chart="pairwise".*?<\/table>/s)?.[0].split("<td ").length).toBe(4 * 4 + 1);
    const irv = renderTally(tally(election, { method: "irv" }), { format: "html", standalone: true });
    expect(irv.startsWith("<!doctype html>")).toBe(true);
    expect(irv.split('data-chart="Round ').length - 1).toBe(3);
  });

  it("escapes candidate ids", () => {
    const hostile: Election = { candidates: ["<a&b>", '"q"'], ballots: [{ ranking: ["<a&b>"], count: 2 }, { ranking: ['"q"'] }] };
    const svg = renderTally(tally(hostile, { method: "irv" }), { format: "svg" });
    expect(wellFormed(svg)).toBe(true);
    expect(svg).not.toContain("<a&b>");
    expect(renderTally(tally(hostile, { method: "irv" }), { format: "markdown" })).toContain("\\<a\\&b\\>");
  });

  it("gives the same output in every time zone", () => {
    const results = [tally(election, { method: "stv", seats: 2 }), tally(election, { method: "schulze" })];
    const before = process.env["TZ"];
    const outputs = new Set<string>();
    try {
      for (const tz of ["UTC", "Pacific/Apia", "Asia/Kolkata"]) {
        process.env["TZ"] = tz;
        outputs.add(results.flatMap((r) => (["markdown", "html", "svg"] as const).map((format) => renderTally(r, { format, names }))).join("\n"));
      }
    } finally {
      if (before === undefined) delete process.env["TZ"];
      else process.env["TZ"] = before;
    }
    expect(outputs.size).toBe(1);
  });

  it("rejects what is not a tally result", () => {
    expect(() => renderTally({} as never, { format: "svg" })).toThrow(/^renderTally: result\.method must be a string$/);
    expect(() => renderTally(null as never, { format: "svg" })).toThrow(/^renderTally: expected a result from tally\(\)$/);
  });
});
