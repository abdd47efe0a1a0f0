import { describe, expect, it } from "vitest";
import "../../src/locale/nl/index.js";
import { explain, resolve } from "../../src/index.js";
import { type Doc, mandate, world } from "./fixtures.js";

// Explanations of joint representation, in English and Dutch: a coalition that leads, a
// contest between parties, and holders that drop out or are all gone on the day.

const cell = { theme: "lerarenopleiding", region: "zuid", sector: "mbo", on: "2025-06-01" };
const names = { aob: "AOb", fvov: "FvOv", bvmbo: "BVMBO", cnvo: "CNV Onderwijs" };

function coalition(id: string, holders: string[], extra: Doc = {}): Doc {
  const m = mandate(id, holders[0] as string, { themes: ["lerarenopleiding"], regions: ["zuid"] }, extra);
  delete m["holder"];
  return { ...m, holders };
}

const lines = (edit: (d: Doc) => void, locale: "en" | "nl" = "en") => explain(resolve(world(edit), cell), { locale, names }).split("\n");

describe("explaining a coalition", () => {
  const jointly = (d: Doc) => {
    d["mandates"].push(coalition("c1", ["fvov", "aob", "bvmbo"], { spokesperson: "aob" }));
  };

  it("says the cell is jointly represented, spokesperson named, in English", () => {
    expect(lines(jointly)[0]).toBe("lerarenopleiding in zuid (mbo) on 2025-06-01: jointly represented by AOb, BVMBO and FvOv (spokesperson AOb).");
    expect(lines(jointly)).toContain("- Mandate c1 of AOb, BVMBO and FvOv jointly, spokesperson AOb (lead, granted by agreement a1): won.");
  });

  it("says gezamenlijk vertegenwoordigd, with the penvoerder, in Dutch", () => {
    expect(lines(jointly, "nl")[0]).toBe("lerarenopleiding in zuid (mbo) op 2025-06-01: gezamenlijk vertegenwoordigd door AOb, BVMBO en FvOv (penvoerder AOb).");
  });

  it("names no spokesperson when the coalition has none", () => {
    const none = (d: Doc) => {
      d["mandates"].push(coalition("c1", ["fvov", "aob"]));
    };
    expect(lines(none)[0]).toBe("lerarenopleiding in zuid (mbo) on 2025-06-01: jointly represented by AOb and FvOv.");
  });

  it("names the contending parties, a coalition in brackets", () => {
    const contest = (d: Doc) => {
      d["mandates"].push(coalition("c1", ["fvov", "aob"]), mandate("m9", "aob", { themes: ["lerarenopleiding"], regions: ["zuid"] }));
    };
    expect(lines(contest)[0]).toBe("lerarenopleiding in zuid (mbo) on 2025-06-01: contested between AOb and (AOb and FvOv jointly); no one leads.");
    expect(lines(contest, "nl")[0]).toBe("lerarenopleiding in zuid (mbo) op 2025-06-01: betwist tussen AOb en (AOb en FvOv gezamenlijk); niemand heeft de leiding.");
  });

  it("says which holder dropped out of the coalition on the day, and why", () => {
    const dropping = (d: Doc) => {
      d["mandates"].push(coalition("c1", ["fvov", "aob", "cnvo"], { spokesperson: "aob" }));
      d["organisations"].find((o: Doc) => o["id"] === "cnvo")["dissolved"] = "2025-03-01";
    };
    expect(lines(dropping)).toContain(
      "- Mandate c1 of AOb, CNV Onderwijs and FvOv jointly, spokesperson AOb (lead, granted by agreement a1): won; not in the coalition on the day: CNV Onderwijs (dissolved on 2025-03-01).",
    );
    expect(lines(dropping, "nl")).toContain(
      "- Mandaat c1 van AOb, CNV Onderwijs en FvOv gezamenlijk, penvoerder AOb (leiding, verleend via convenant a1): gaf de doorslag; op die dag niet in de coalitie: CNV Onderwijs (opgeheven op 2025-03-01).",
    );
  });

  it("says that none of a coalition's organisations exists on the day", () => {
    const gone = (d: Doc) => {
      d["mandates"].push(coalition("c1", ["aob", "cnvo"]));
      d["organisations"].find((o: Doc) => o["id"] === "aob")["dissolved"] = "2025-03-01";
      d["organisations"].find((o: Doc) => o["id"] === "cnvo")["founded"] = "2025-09-01";
    };
    expect(lines(gone)).toContain(
      "- Mandate c1 of AOb and CNV Onderwijs jointly (lead, granted by agreement a1): none of its organisations exists on the day: AOb (dissolved on 2025-03-01) and CNV Onderwijs (founded only on 2025-09-01).",
    );
  });
});
