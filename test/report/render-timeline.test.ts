import { describe, expect, it } from "vitest";
import {
  matrixTimeline,
  representationMatrix,
  type MatrixTimeline,
  type Representation,
} from "../../src/index.js";
import {
  displayNames,
  OKABE_ITO,
  organisationColours,
  renderMatrix,
  renderTimeline,
} from "../../src/report-entry.js";
import { swatchOf } from "../../src/report/palette.js";
import { fixture } from "../fixtures/load.js";
import { world } from "../fixtures/load.js";
import { wellFormed } from "./well-formed.js";
import { HOSTILE, hostileScenario } from "./fixtures.js";

const coordination = fixture("worked-coordination");
const names = displayNames(coordination);
const timeline = matrixTimeline(coordination, { from: "2024-01-01", until: "2027-01-01", themes: ["curriculum", "lerarenopleiding"], regions: ["noord"] });

/** Lerarenopleiding in noord for po: contested between cnvo and fvov from 2025-01-01. */
function contested(from: string, until: string): MatrixTimeline {
  return matrixTimeline(coordination, { from, until, themes: ["lerarenopleiding"], regions: ["noord"], sectors: ["po"] });
}

/** A timeline drawn by hand: one theme, one region, a row per lead, each represented over the whole period. */
function leadsTimeline(leads: readonly string[]): MatrixTimeline {
  const from = "2025-01-01";
  const until = "2026-01-01";
  const representation = (lead: string) =>
    ({ status: "represented", lead, leads: [lead], delegation: [lead], contenders: [], contendingParties: [], basis: [] }) as unknown as Representation;
  return {
    from,
    until,
    themes: ["t"],
    regions: ["r"],
    sectors: leads,
    cells: leads.map((lead) => ({ theme: "t", region: "r", sector: lead, intervals: [{ from, until, representation: representation(lead) }] })),
  };
}

const count = (text: string, needle: string): number => text.split(needle).length - 1;
const bars = (svg: string): string[] => [...svg.matchAll(/<g class="bar".*?<\/g>/g)].map((m) => m[0]);
const barText = (bar: string): string | undefined => /<text [^>]*>([^<]*)<\/text>/.exec(bar)?.[1];
const ticks = (svg: string): string[] => [...(/<g class="axis">(.*?)<\/g>/.exec(svg)?.[1] ?? "").matchAll(/<text [^>]*>([^<]+)</g)].map((m) => m[1] ?? "");
const legendLabels = (svg: string): string[] => [...(/<g class="legend">(.*)<\/g>/.exec(svg)?.[1] ?? "").matchAll(/<text x="[\d.]+" y="[\d.]+">([^<]+)</g)].map((m) => m[1] ?? "");
const legendY = (svg: string, label: string): number => Number(new RegExp(`<text x="[\\d.]+" y="([\\d.]+)">${label}<`).exec(svg)?.[1]);
const height = (svg: string): number => Number(/height="(\d+(?:\.\d+)?)"/.exec(svg)?.[1]);

describe("renderTimeline draws a Gantt-like SVG", () => {
  it("is well-formed, with a title, a description, a block per theme, a row per region and sector, and year ticks", () => {
    const svg = renderTimeline(timeline, { title: "Curriculum & more", names });
    expect(wellFormed(svg)).toBe(true);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="960" ')).toBe(true);
    expect(svg).toContain('<title id="bg-title">Curriculum &amp; more</title>');
    expect(svg).toContain('<text x="16" y="32" font-size="16" font-weight="bold">Curriculum &amp; more</text>');
    expect(svg).toMatch(/<desc id="bg-desc">[^<]*from 2024-01-01 to 2027-01-01: 2 themes, 1 region, 3 sectors\.<\/desc>/);
    expect(count(svg, '<g class="theme"')).toBe(2);
    expect(count(svg, 'fill="#F2F2F2"/>')).toBe(2 * 3);
    expect(ticks(svg)).toEqual(["2024", "2025", "2026", "2027"]);
  });

  it("names the period in its title when none is given", () => {
    const svg = renderTimeline(contested("2024-01-01", "2026-01-01"));
    expect(svg).toContain('<title id="bg-title">Who represented the profession from 2024-01-01 to 2026-01-01</title>');
  });

  it("colours a represented stretch by its lead, hatches a contested one, and says both in the tooltip with full names", () => {
    const svg = renderTimeline(timeline, { names });
    expect(svg).toContain(
      "<title>Curriculum, Primair onderwijs: 2025-01-01 to 2027-01-01 (exclusive): represented by Algemene Onderwijsbond; delegation Algemene Onderwijsbond and Federatie van Onderwijsvakorganisaties</title>",
    );
    expect(svg).toContain("<title>Lerarenopleiding, Voortgezet onderwijs: 2025-01-01 to 2027-01-01 (exclusive): contested between CNV Onderwijs and Federatie van Onderwijsvakorganisaties</title>");
    expect(svg).toContain('fill="url(#bg-hatch)"');
    expect(svg).toContain(">contested: CNVO, FvOv</text>");
    // Unrepresented stretches get no bar: 2024 is empty everywhere.
    expect(svg).not.toContain('data-from="2024-01-01"');
    expect(count(svg, 'data-status="unrepresented"')).toBe(0);
  });

  it("draws the same picture for the same timeline, whatever the order of the mandates", () => {
    const reversed = world((d) => {
      d.mandates.reverse();
    });
    const again = matrixTimeline(reversed, { from: "2024-01-01", until: "2027-01-01", themes: ["curriculum", "lerarenopleiding"], regions: ["noord"] });
    expect(renderTimeline(again, { names })).toBe(renderTimeline(timeline, { names }));
  });

  it("puts nothing but elements on its lines", () => {
    const svg = renderTimeline(timeline);
    expect(svg.split("\n").filter((line) => line !== "" && !line.startsWith("<"))).toEqual([]);
  });
});

describe("renderTimeline in Dutch", () => {
  it("writes its title, description, tooltips, row labels and legend in Dutch", () => {
    const two = matrixTimeline(coordination, { from: "2024-01-01", until: "2027-01-01", themes: ["lerarenopleiding"], regions: ["noord", "west"], sectors: [null, "vo"] });
    const svg = renderTimeline(two, { locale: "nl" });
    expect(wellFormed(svg)).toBe(true);
    expect(svg).toContain(' lang="nl" ');
    expect(svg).toContain('<title id="bg-title">Wie de beroepsgroep vertegenwoordigde van 2024-01-01 tot 2027-01-01</title>');
    expect(svg).toMatch(/<desc id="bg-desc">[^<]*: 1 thema, 2 regio&#39;s, 2 sectoren\.<\/desc>/);
    expect(svg).toContain(">noord · de beroepsgroep als geheel</text>");
    expect(svg).toContain("<title>lerarenopleiding, noord · vo: 2025-01-01 tot 2027-01-01: betwist tussen cnvo en fvov</title>");
    expect(svg).toContain(">betwist: cnvo, fvov</text>");
    expect(legendLabels(svg).slice(-2)).toEqual(["betwist: gearceerd, met de kandidaten", "niet vertegenwoordigd: leeg"]);
    expect(svg).toContain(">Legenda</text>");
  });

  it("refuses a locale it does not know, naming itself", () => {
    expect(() => renderTimeline(timeline, { locale: "de" as never })).toThrow('renderTimeline: locale must be "en" or "nl", received "de"');
  });
});

describe("renderTimeline takes display names", () => {
  it("shows short names on bars, full names in the legend and tooltips, and the names of themes, regions and sectors", () => {
    const two = matrixTimeline(coordination, { from: "2025-01-01", until: "2025-03-01", themes: ["curriculum"], regions: ["noord", "west"], sectors: ["po"] });
    const svg = renderTimeline(two, { names });
    expect(svg).toContain(">Curriculum</text>");
    expect(svg).toContain(">Noord · Primair onderwijs</text>");
    expect(barText(bars(svg)[0] ?? "")).toBe("AOb");
    expect(legendLabels(svg)).toContain("AOb: Algemene Onderwijsbond");
  });

  it("shows ids where no names are given, even an id that names a property of every object", () => {
    expect(legendLabels(renderTimeline(timeline)).slice(0, 2)).toEqual(["aob", "bvmbo"]);
    const tricky = world((d) => {
      Object.assign(d, JSON.parse(JSON.stringify(d).replaceAll('"aob"', '"constructor"')));
    });
    const svg = renderTimeline(matrixTimeline(tricky, { from: "2025-01-01", until: "2026-01-01", themes: ["curriculum"], regions: ["nl"], sectors: ["po"] }));
    expect(svg).toContain("represented by constructor; delegation constructor and fvov");
  });

  it("still takes a flat record of names by id (deprecated), naming organisations, themes, regions and sectors alike", () => {
    const svg = renderTimeline(timeline, { names: { aob: "AOb", curriculum: "Curriculum", po: "Primair" } });
    expect(svg).toContain(">Curriculum</text>");
    expect(svg).toContain(">Primair</text>");
    expect(svg).toContain("represented by AOb;");
    expect(legendLabels(svg)).toContain("AOb");
  });

  it("refuses names that are neither display names nor a record of names, naming the key", () => {
    expect(() => renderTimeline(timeline, { names: { organisations: { aob: "AOb" }, aob: "AOb" } as never })).toThrow(
      'renderTimeline: names must be display names (see displayNames()) or a record of names by id, but "aob" holds "AOb"',
    );
    expect(() => renderTimeline(timeline, { names: { themes: { curriculum: 3 } } as never })).toThrow('but "themes" holds {"curriculum":3}');
    expect(() => renderTimeline(timeline, { names: "aob" as never })).toThrow('renderTimeline: names must be display names (see displayNames()) or a record of names by id, received "aob"');
  });
});

describe("renderTimeline escapes what it is given", () => {
  it("renders names with markup and control characters safely, as the matrix does", () => {
    const hostile = hostileScenario();
    const svg = renderTimeline(matrixTimeline(hostile, { from: "2024-06-01", until: "2026-01-01" }), { names: displayNames(hostile), title: 'A "title" <with> \u0002 & more' });
    expect(wellFormed(svg)).toBe(true);
    expect(svg).not.toContain("<script>");
    // eslint-disable-next-line no-control-regex -- XML forbids these characters: none may reach the output
    expect(svg).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    expect(svg).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; ]]&gt; \uFFFD | pipe");
    expect(svg).toContain("A &quot;title&quot; &lt;with&gt; \uFFFD &amp; more");
    expect(svg).toContain(`data-lead="x&lt;y&gt;&amp;&quot;z&#39;|\`*_[a](b)#"`);
    expect(svg).toContain(`data-region="r&amp;amp;"`);
    expect(HOSTILE.orgName).toContain("\u0001");
  });

  it("escapes quotes in names, and keeps a lone surrogate out", () => {
    const svg = renderTimeline(leadsTimeline(["aob"]), { names: { organisations: { aob: 'The "Bond" \uD800' } } });
    expect(svg).toContain(">The &quot;Bond&quot; \uFFFD</text>");
    expect(wellFormed(svg)).toBe(true);
  });
});

describe("renderTimeline colours", () => {
  it("gives each organisation the colour the matrix of the same cells gives it", () => {
    const on = "2025-06-01";
    const day = matrixTimeline(coordination, { from: on, until: "2025-06-02" });
    const fills = (svg: string): Map<string, string> =>
      new Map([...svg.matchAll(/<g class="legend-item" data-organisation="([^"]+)"><rect [^>]*fill="(#[0-9A-F]{6})"/g)].map((m) => [m[1] ?? "", m[2] ?? ""]));
    const fromTimeline = fills(renderTimeline(day));
    expect(fromTimeline.size).toBeGreaterThan(2);
    expect(fromTimeline).toEqual(fills(renderMatrix(representationMatrix(coordination, { on }), { format: "svg" })));
  });

  it("colours leads from the Okabe-Ito palette as organisationColours assigns them, with the text colour that contrasts more", () => {
    const leads = Array.from({ length: 9 }, (_, i) => `o${String(i + 1)}`);
    const svg = renderTimeline(leadsTimeline(leads));
    const assigned = organisationColours(leads);
    for (const bar of bars(svg)) {
      const lead = /data-lead="([^"]+)"/.exec(bar)?.[1] ?? "";
      const fill = /<rect [^>]*fill="(#[0-9A-F]{6})"/.exec(bar)?.[1];
      expect(fill).toBe(assigned[lead]);
      expect(OKABE_ITO).toContain(fill);
      expect(bar).toContain(`fill="${swatchOf(fill ?? "").text}" font-weight="600"`);
    }
  });

  it("takes colours by organisation, as the other renderers do, and refuses one not written #rrggbb", () => {
    const svg = renderTimeline(leadsTimeline(["aob"]), { colours: { aob: "#123456" } });
    expect(bars(svg)[0]).toContain('fill="#123456"');
    expect(() => renderTimeline(leadsTimeline(["aob"]), { colours: { aob: "red" } })).toThrow('renderTimeline: the colour of "aob" must be written #rrggbb, received "red"');
  });
});

describe("renderTimeline bars", () => {
  it("names the contenders when they fit, else counts them, else says contested, else leaves the bar bare", () => {
    // Narrow the contested stretch (from 2025-01-01) day by day and record what it says.
    const said: (string | undefined)[] = [];
    for (const day of [365, 180, 120, 90, ...Array.from({ length: 30 }, (_, i) => 60 - 2 * i)]) {
      const until = new Date(Date.UTC(2025, 0, 1 + day)).toISOString().slice(0, 10);
      const bar = bars(renderTimeline(contested("2024-01-01", until)))[0] ?? "";
      const text = barText(bar);
      if (said[said.length - 1] !== text || said.length === 0) said.push(text);
    }
    expect(said).toEqual(["contested: cnvo, fvov", "contested (2)", "contested", undefined]);
  });

  it("draws a bar of a single day in a long period at least half a pixel wide", () => {
    const svg = renderTimeline(contested("2015-01-01", "2025-01-02"));
    expect(bars(svg)[0]).toContain('width="0.5" height="18" fill="url(#bg-hatch)"');
  });

  it("uses its id prefix for the hatching, so that several pictures can share a page", () => {
    const svg = renderTimeline(contested("2024-01-01", "2026-01-01"), { idPrefix: "t2" });
    expect(svg).toContain('<pattern id="t2-hatch"');
    expect(svg).toContain('fill="url(#t2-hatch)"');
    expect(svg).toContain('aria-labelledby="t2-title t2-desc"');
    expect(() => renderTimeline(timeline, { idPrefix: "1x" })).toThrow("renderTimeline: idPrefix must start with a letter");
  });

  it("clips a row label wider than a third of the picture, with the whole label as a tooltip", () => {
    const long = "x".repeat(200);
    const svg = renderTimeline(leadsTimeline(["aob"]), { names: { sectors: { aob: long } } });
    expect(svg).toContain(`<g><title>${long}</title><text x="`);
    expect(svg).toMatch(/>x+\u2026<\/text>/);
  });
});

describe("renderTimeline axis", () => {
  it("ticks years once the period reaches into a second following year, else months", () => {
    expect(ticks(renderTimeline(contested("2024-06-01", "2026-06-01")))).toEqual(["2025", "2026"]);
    const months = ticks(renderTimeline(contested("2024-06-01", "2025-09-01"), { width: 2000 }));
    expect([months.length, months[0], months[months.length - 1]]).toEqual([16, "2024-06", "2025-09"]);
  });

  it("ticks years and months before 1000 too", () => {
    const early = matrixTimeline(coordination, { from: "0998-06-01", until: "1001-01-01", themes: ["curriculum"], regions: ["nl"], sectors: ["po"] });
    expect(ticks(renderTimeline(early))).toEqual(["999", "1000", "1001"]);
    const short = matrixTimeline(coordination, { from: "0999-11-01", until: "1000-02-01", themes: ["curriculum"], regions: ["nl"], sectors: ["po"] });
    expect(ticks(renderTimeline(short))).toEqual(["0999-11", "0999-12", "1000-01", "1000-02"]);
  });

  it("labels only every so many ticks when their labels would touch, but draws a grid line for each", () => {
    const long = contested("1900-01-01", "2027-01-01");
    const svg = renderTimeline(long, { width: 400 });
    const labels = ticks(svg);
    expect(count(svg, "<line ")).toBe(2027 - 1900 + 1);
    expect(labels.length).toBeLessThan(30);
    expect(labels[0]).toBe("1900");
    const step = Number(labels[1]) - Number(labels[0]);
    expect(labels.every((label, i) => Number(label) === 1900 + i * step)).toBe(true);
  });
});

describe("renderTimeline legend", () => {
  it("lists every organisation by short name, then contested and unrepresented", () => {
    expect(legendLabels(renderTimeline(timeline, { names }))).toEqual([
      "AOb: Algemene Onderwijsbond",
      "BVMBO: Beroepsvereniging opleiders MBO",
      "CNVO: CNV Onderwijs",
      "FvOv: Federatie van Onderwijsvakorganisaties",
      "contested: hatched, the contenders are named",
      "unrepresented: empty",
    ]);
  });

  it("wraps onto a new line when it is wider than the picture, and the picture grows", () => {
    const narrow = renderTimeline(timeline, { names, width: 400 });
    expect(legendY(narrow, "BVMBO: Beroepsvereniging opleiders MBO")).toBeGreaterThan(legendY(narrow, "AOb: Algemene Onderwijsbond"));
    expect(height(narrow)).toBeGreaterThan(height(renderTimeline(timeline, { names })));
  });
});

describe("renderTimeline refuses bad options", () => {
  it("rejects a width outside 400 to 100,000, naming itself", () => {
    expect(() => renderTimeline(timeline, { width: 100 })).toThrow("renderTimeline: 'width' must be a number from 400 to 100,000, received 100");
    for (const width of [1e308, Infinity, Number.NaN, 100_001]) {
      expect(() => renderTimeline(timeline, { width })).toThrow(`renderTimeline: 'width' must be a number from 400 to 100,000, received ${String(width)}`);
    }
    expect(renderTimeline(timeline, { width: 100_000 })).toContain('width="100000"');
  });

  it("rejects a title that is not a string, options that are not an object, and a value that is not a matrix timeline", () => {
    expect(() => renderTimeline(timeline, { title: 3 as never })).toThrow("renderTimeline: 'title' must be a string, received 3");
    expect(() => renderTimeline(timeline, null as never)).toThrow("renderTimeline: options must be an object, received null");
    expect(() => renderTimeline({} as never)).toThrow("renderTimeline: timeline.themes must be an array");
    expect(() => renderTimeline({ ...timeline, from: "2024-02-30" })).toThrow('renderTimeline: timeline.from must be a day written YYYY-MM-DD, received "2024-02-30"');
    expect(() => renderTimeline({ ...timeline, until: timeline.from })).toThrow("renderTimeline: timeline.from (\"2024-01-01\") must come before timeline.until (\"2024-01-01\")");
    expect(() => renderTimeline({ ...timeline, cells: [{}] } as never)).toThrow("renderTimeline: timeline.cells[0] must be a cell timeline with an array of intervals");
    expect(() => renderTimeline({ ...timeline, cells: timeline.cells.slice(1) })).toThrow('renderTimeline: the timeline has no cell for theme "curriculum", region "noord", sector "po"');
  });
});
