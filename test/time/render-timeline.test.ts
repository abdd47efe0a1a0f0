import { describe, expect, it } from "vitest";
import { matrixTimeline, renderTimeline } from "../../src/index.js";
import type { MatrixTimeline, Representation } from "../../src/index.js";
import { fixture } from "../fixtures/load.js";
import { wellFormed } from "../report/well-formed.js";
import { world } from "./fixtures.js";

const coordination = fixture("worked-coordination");
const timeline = matrixTimeline(coordination, { from: "2024-01-01", until: "2027-01-01", themes: ["curriculum", "lerarenopleiding"], regions: ["noord"] });

describe("renderTimeline", () => {
  it("draws a well-formed SVG with a block per theme and a row per region and sector", () => {
    const svg = renderTimeline(timeline, { title: "Curriculum & more" });
    expect(svg.startsWith("<svg ")).toBe(true);
    expect(wellFormed(svg)).toBe(true);
    expect(svg).toContain('<text class="title" x="16" y="32">Curriculum &amp; more</text>');
    expect(svg.match(/class="theme"/g)).toHaveLength(2);
    expect(svg.match(/class="lane"/g)).toHaveLength(2 * 3);
    for (const year of ["2024", "2025", "2026", "2027"]) expect(svg).toContain(`>${year}</text>`);
  });

  it("colours a represented stretch by its lead, hatches a contested one, and says both in the tooltip", () => {
    const svg = renderTimeline(timeline, { names: { aob: "AOb", cnvo: "CNV Onderwijs", fvov: "FvOv" } });
    expect(svg).toContain("<title>curriculum, po: 2025-01-01 to 2027-01-01 (exclusive): represented by AOb; delegation AOb, FvOv</title>");
    expect(svg).toContain("<title>lerarenopleiding, vo: 2025-01-01 to 2027-01-01 (exclusive): contested between CNV Onderwijs, FvOv</title>");
    expect(svg).toContain('fill="url(#contested)"');
    expect(svg).toContain(">contested: CNV Onderwijs, FvOv</text>");
    // Unrepresented stretches get no bar: 2024 is empty everywhere.
    expect(svg).not.toContain("2024-01-01 to 2025-01-01");
  });

  it("lists every lead in the legend, then contested and unrepresented", () => {
    const svg = renderTimeline(timeline);
    const legend = svg.slice(svg.lastIndexOf('class="grid"'));
    expect([...legend.matchAll(/class="row" x="[\d.]+" y="[\d.]+">([^<]+)</g)].map((m) => m[1]).slice(-4)).toEqual(["aob", "bvmbo", "contested", "unrepresented"]);
  });

  it("labels rows with the region when the timeline has several, and escapes every name", () => {
    const two = matrixTimeline(coordination, { from: "2025-01-01", until: "2025-03-01", themes: ["curriculum"], regions: ["noord", "west"], sectors: [null] });
    const svg = renderTimeline(two, { names: { noord: "Noord <N>", aob: "A&O" } });
    expect(svg).toContain(">Noord &lt;N&gt; · all sectors</text>");
    expect(svg).toContain("represented by A&amp;O");
    expect(wellFormed(svg)).toBe(true);
  });

  it("wraps the legend onto a new line when it is wider than the picture", () => {
    const names = { aob: "Algemene Onderwijsbond", bvmbo: "Beroepsvereniging opleiders MBO" };
    const svg = renderTimeline(timeline, { names, width: 400 });
    const y = (label: string): string | undefined => new RegExp(`class="row" x="[\\d.]+" y="([\\d.]+)">${label}<`).exec(svg)?.[1];
    expect(y("Beroepsvereniging opleiders MBO")).not.toBe(y("Algemene Onderwijsbond"));
    expect(Number(svg.match(/height="(\d+)"/)?.[1])).toBeGreaterThan(Number(renderTimeline(timeline, { names }).match(/height="(\d+)"/)?.[1]));
  });

  it("ticks months over a short period", () => {
    const short = matrixTimeline(coordination, { from: "2025-01-01", until: "2025-04-01", themes: ["curriculum"], regions: ["nl"] });
    const svg = renderTimeline(short);
    expect([...svg.matchAll(/class="tick"[^>]*>([^<]+)</g)].map((m) => m[1])).toEqual(["2025-01", "2025-02", "2025-03", "2025-04"]);
  });

  it("draws the same picture for the same timeline, whatever the order of the mandates", () => {
    const reversed = world((d) => {
      d.mandates.reverse();
    });
    const again = matrixTimeline(reversed, { from: "2024-01-01", until: "2027-01-01", themes: ["curriculum", "lerarenopleiding"], regions: ["noord"] });
    expect(renderTimeline(again)).toBe(renderTimeline(timeline));
  });

  it("rejects a width below 400, naming itself", () => {
    expect(() => renderTimeline(timeline, { width: 100 })).toThrow("renderTimeline: 'width' must be a number from 400 to 100,000, received 100");
    for (const width of [1e308, Infinity, Number.NaN, 100_001]) {
      expect(() => renderTimeline(timeline, { width })).toThrow(`renderTimeline: 'width' must be a number from 400 to 100,000, received ${String(width)}`);
    }
    expect(renderTimeline(timeline, { width: 100_000 })).toContain('width="100000"');
  });
});

/** Lerarenopleiding in noord for po: contested between cnvo and fvov from 2025-01-01. */
function contested(from: string, until: string): MatrixTimeline {
  return matrixTimeline(coordination, { from, until, themes: ["lerarenopleiding"], regions: ["noord"], sectors: ["po"] });
}

const ticks = (svg: string): (string | undefined)[] => [...svg.matchAll(/class="tick"[^>]*>([^<]+)</g)].map((m) => m[1]);
const bars = (svg: string): string[] => [...svg.matchAll(/<g>.*?<\/g>/g)].map((m) => m[0]);

describe("renderTimeline axis", () => {
  it("ticks years once the period reaches into a second following year", () => {
    expect(ticks(renderTimeline(contested("2024-06-01", "2026-06-01")))).toEqual(["2025", "2026"]);
    const months = ticks(renderTimeline(contested("2024-06-01", "2025-09-01")));
    expect([months.length, months[0], months[months.length - 1]]).toEqual([16, "2024-06", "2025-09"]);
  });

  it("ticks years and months before 1000 too", () => {
    const early = matrixTimeline(coordination, { from: "0998-06-01", until: "1001-01-01", themes: ["curriculum"], regions: ["nl"], sectors: ["po"] });
    expect(ticks(renderTimeline(early))).toEqual(["999", "1000", "1001"]);
    const short = matrixTimeline(coordination, { from: "0999-11-01", until: "1000-02-01", themes: ["curriculum"], regions: ["nl"], sectors: ["po"] });
    expect(ticks(renderTimeline(short))).toEqual(["0999-11", "0999-12", "1000-01", "1000-02"]);
  });
});

describe("renderTimeline bars", () => {
  it("names the contenders when they fit, else counts them, else says contested, else leaves the bar bare", () => {
    // The plot is 758 pixels wide at the default width; the contested stretch starts on 2025-01-01.
    const label = (until: string): string | undefined => /class="bar"[^>]*>([^<]+)</.exec(bars(renderTimeline(contested("2024-01-01", until)))[0] ?? "")?.[1];
    expect(label("2026-01-01")).toBe("contested: cnvo, fvov");
    expect(label("2025-03-01")).toBe("contested (2)");
    expect(label("2025-02-10")).toBe("contested");
    expect(label("2025-01-20")).toBeUndefined();
    expect(bars(renderTimeline(contested("2024-01-01", "2025-01-20")))).toHaveLength(1);
  });

  it("draws a bar of a single day in a long period at least half a pixel wide", () => {
    const svg = renderTimeline(contested("2015-01-01", "2025-01-02"));
    expect(bars(svg)[0]).toContain('width="0.5" height="18" fill="url(#contested)"');
  });

  it("is 960 pixels wide by default, with a generic title and no heading", () => {
    const svg = renderTimeline(contested("2024-01-01", "2026-01-01"));
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="960" ')).toBe(true);
    expect(svg).toContain("<title>Representation over time</title>");
    expect(svg).not.toContain('class="title"');
  });

  it("shows an id that happens to name a property of every object as the id", () => {
    const tricky = world((d) => {
      Object.assign(d, JSON.parse(JSON.stringify(d).replaceAll('"aob"', '"constructor"')));
    });
    const svg = renderTimeline(matrixTimeline(tricky, { from: "2025-01-01", until: "2026-01-01", themes: ["curriculum"], regions: ["nl"], sectors: ["po"] }));
    expect(svg).toContain("represented by constructor; delegation constructor, fvov");
  });
});

/** A timeline drawn by hand: one theme, one region, a row per lead, each represented over the whole period. */
function leadsTimeline(leads: readonly string[]): MatrixTimeline {
  const from = "2025-01-01";
  const until = "2026-01-01";
  const representation = (lead: string) => ({ status: "represented", lead, delegation: [lead], contenders: [], basis: [] }) as unknown as Representation;
  return {
    from,
    until,
    themes: ["t"],
    regions: ["r"],
    sectors: leads,
    cells: leads.map((lead) => ({ theme: "t", region: "r", sector: lead, intervals: [{ from, until, representation: representation(lead) }] })),
  };
}

describe("renderTimeline colours", () => {
  it("gives the leads, in id order, the twelve colours of the palette and then starts again, with dark text on light colours", () => {
    const leads = Array.from({ length: 13 }, (_, i) => `o${String(i + 1).padStart(2, "0")}`);
    const svg = renderTimeline(leadsTimeline([...leads].reverse()));
    const drawn = new Map([...svg.matchAll(/fill="(#[0-9A-F]{6})"\/><text class="(bar(?: light)?)"[^>]*>(o\d\d)</g)].map((m) => [m[3], [m[1], m[2]]]));
    expect(leads.map((lead) => drawn.get(lead))).toEqual([
      ["#0072B2", "bar light"],
      ["#E69F00", "bar"],
      ["#009E73", "bar light"],
      ["#CC79A7", "bar light"],
      ["#56B4E9", "bar"],
      ["#D55E00", "bar light"],
      ["#F0E442", "bar"],
      ["#7F3C8D", "bar light"],
      ["#11A579", "bar light"],
      ["#3969AC", "bar light"],
      ["#F2B701", "bar"],
      ["#80BA5A", "bar"],
      ["#0072B2", "bar light"],
    ]);
  });
});

describe("renderTimeline layout", () => {
  it("makes room for the title only when there is one", () => {
    const timeline = leadsTimeline(["aob"]);
    expect(renderTimeline(timeline)).toContain('<text class="theme" x="16" y="61">t</text>');
    expect(renderTimeline(timeline, { title: "T" })).toContain('<text class="theme" x="16" y="89">t</text>');
  });

  it("puts nothing but elements on its lines, and leaves a bar too narrow for any label bare", () => {
    const svg = renderTimeline(contested("2024-01-01", "2025-01-20"));
    expect(svg.split("\n").filter((line) => line !== "" && !line.startsWith("<"))).toEqual([]);
    expect(bars(svg)[0]).toMatch(/<rect [^>]*\/><\/g>$/);
  });

  it("escapes quotes in names", () => {
    expect(renderTimeline(leadsTimeline(["aob"]), { names: { aob: 'The "Bond"' } })).toContain(">The &quot;Bond&quot;</text>");
  });

  it("wraps the legend as soon as an entry would reach into the right margin", () => {
    // At 960 pixels, "unrepresented" would end at 949.6 after a lead named with 110 characters: past 944, so it wraps.
    const svg = renderTimeline(leadsTimeline(["aob"]), { names: { aob: "x".repeat(110) } });
    const y = (label: string): string | undefined => new RegExp(`class="row" x="[\\d.]+" y="([\\d.]+)">${label}<`).exec(svg)?.[1];
    expect(Number(y("unrepresented"))).toBe(Number(y("contested")) + 20);
  });
});
