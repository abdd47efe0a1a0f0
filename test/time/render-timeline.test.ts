import { XMLValidator } from "fast-xml-parser";

/** True when the text is well-formed XML. */
function wellFormed(xml: string): boolean {
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- its successor, fast-xml-validator, is not a dependency; this one still validates.
  return XMLValidator.validate(xml) === true;
}
import { describe, expect, it } from "vitest";
import { matrixTimeline, renderTimeline } from "../../src/index.js";
import { fixture } from "../fixtures/load.js";
import { world } from "./world.js";

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
