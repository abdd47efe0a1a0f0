// The pitfalls' messages in full, in both languages: a reader sees these words, so every
// clause and every branch that picks one is part of the behaviour.
import { describe, expect, it } from "vitest";
import { type PitfallId, type PitfallThresholds } from "../../src/index.js";
import type { Scenario } from "../../src/model/types.js";
import { alternative, distantOc2, type Doc, world } from "./fixtures.js";
import { type FindingInBoth, findingsInBoth } from "../fixtures/both-languages.js";

const OC2_DAY = "2026-03-01";
const COORDINATION_DAY = "2025-06-01";
const LC_MONEY = { en: " The LC was dissolved for lack of financial strength.", nl: " Het LC werd opgeheven wegens een gebrek aan financiële slagkracht." };
const LC_MEMBERS = { en: " The LC was dissolved for lack of (active) members.", nl: " Het LC werd opgeheven wegens een gebrek aan (actieve) leden." };
const LETTER = { en: " The letter wants all teachers, organised or not, to be heard.", nl: " De brief wil dat alle leraren, georganiseerd of niet, gehoord worden." };

function found(scenario: Scenario, id: PitfallId, query: { on?: string; themes?: string[]; thresholds?: Partial<PitfallThresholds> } = {}): FindingInBoth | undefined {
  const on = query.on ?? (scenario.model.kind === "oc2" ? OC2_DAY : COORDINATION_DAY);
  return findingsInBoth(scenario, { ...query, on }).find((f) => f.id === id);
}

/** The severity and both messages of a finding that must be there. */
function said(finding: FindingInBoth | undefined): { severity: string; en: string; nl: string } {
  expect(finding).toBeDefined();
  return { severity: finding!.severity, en: finding!.message.en, nl: finding!.message.nl };
}

function funded(funding: Doc): Scenario {
  return world("worked-oc2", (d) => {
    if (funding === undefined) delete d.model.funding;
    else d.model.funding = funding;
  });
}

describe("fragile-funding, word for word", () => {
  const cases: readonly { name: string; funding: Doc; thresholds?: Partial<PitfallThresholds>; severity: string; en: string; nl: string }[] = [
    { name: "no funding", funding: undefined, severity: "high", en: "no funding is recorded", nl: "er is geen financiering vastgelegd" },
    {
      name: "one-off funding with no end",
      funding: { structural: false },
      severity: "medium",
      en: "the funding is one-off, not structural; the amount a year is not recorded for model.funding; the FTEs are not recorded for model.funding",
      nl: "de financiering is eenmalig, niet structureel; het bedrag per jaar is niet vastgelegd voor model.funding; het aantal fte is niet vastgelegd voor model.funding",
    },
    {
      name: "a start subsidy that ends beyond the horizon",
      funding: { structural: false, until: "2028-01-01" },
      severity: "high",
      en: "the funding is one-off, not structural, and runs until 2028-01-01; the amount a year is not recorded for model.funding; the FTEs are not recorded for model.funding",
      nl: "de financiering is eenmalig, niet structureel, en loopt tot 2028-01-01; het bedrag per jaar is niet vastgelegd voor model.funding; het aantal fte is niet vastgelegd voor model.funding",
    },
    {
      name: "a start subsidy that ends within the horizon (the end is said once)",
      funding: { structural: false, until: "2026-12-01" },
      severity: "high",
      en: "the funding is one-off, not structural; the funding stops on 2026-12-01; the amount a year is not recorded for model.funding; the FTEs are not recorded for model.funding",
      nl: "de financiering is eenmalig, niet structureel; de financiering stopt op 2026-12-01; het bedrag per jaar is niet vastgelegd voor model.funding; het aantal fte is niet vastgelegd voor model.funding",
    },
    {
      name: "a start subsidy that has ended (the end is said once)",
      funding: { structural: false, until: "2026-01-01" },
      severity: "high",
      en: "the funding is one-off, not structural; the funding ended on 2026-01-01",
      nl: "de financiering is eenmalig, niet structureel; de financiering is geëindigd op 2026-01-01",
    },
    {
      name: "structural funding that ends on the day",
      funding: { structural: true, until: OC2_DAY },
      severity: "high",
      en: `the funding ended on ${OC2_DAY}`,
      nl: `de financiering is geëindigd op ${OC2_DAY}`,
    },
    {
      name: "no budget and no FTE",
      funding: { structural: true, annualBudgetEur: 0, fte: 0 },
      severity: "high",
      en: "there is no budget for the work; there are no FTE for the work",
      nl: "er is geen werkbudget; er zijn geen fte voor het werk",
    },
    {
      name: "a budget and FTE below the minimum, in each language's digits",
      funding: { structural: true, annualBudgetEur: 1_234_567, fte: 0.5 },
      thresholds: { minAnnualBudgetEur: 2_000_000, minFte: 1.5 },
      severity: "medium",
      en: "the budget of EUR 1,234,567 a year is below EUR 2,000,000; 0.5 FTE is below 1.5",
      nl: "het budget van EUR 1.234.567 per jaar is lager dan EUR 2.000.000; 0,5 fte is minder dan 1,5",
    },
    {
      name: "funding that ended, and a low budget: one grave reason makes it high",
      funding: { structural: true, until: "2026-01-01", annualBudgetEur: 50_000 },
      severity: "high",
      en: "the funding ended on 2026-01-01; the budget of EUR 50,000 a year is below EUR 100,000",
      nl: "de financiering is geëindigd op 2026-01-01; het budget van EUR 50.000 per jaar is lager dan EUR 100.000",
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(said(found(funded(c.funding), "fragile-funding", { thresholds: c.thresholds ?? {} }))).toEqual({
        severity: c.severity,
        en: `Fragile funding: ${c.en}.${LC_MONEY.en}`,
        nl: `Kwetsbare financiering: ${c.nl}.${LC_MONEY.nl}`,
      });
    });
  }
});

describe("insufficient-members, word for word", () => {
  const population = (d: Doc) => {
    d.population = { teachers: 2_000_000, unorganised: 1_000_000, asOf: "2024-01-01" };
  };

  it("names only the share when only the share is too low, with the teachers and the organisations without a figure", () => {
    expect(said(found(world("worked-oc2", population), "insufficient-members", { thresholds: { minMembers: 0 } }))).toEqual({
      severity: "medium",
      en: `Too few members: the delegations on the professional themes reach at most 173,564 teachers (8.7% of 2,000,000; 173,564 members), below the minimum share of 10.0%. No teacher figure is known for aob, cnvo, fvov: the most counts all their members as teachers, the fewest none. No figure says how many members may be shared within aob, cnvo, fvov: the most counts them apart. No member figure is known for bvmbo, lg-noord.${LC_MEMBERS.en}`,
      nl: `Te weinig leden: de delegaties op de beroepsinhoudelijke thema's bereiken hoogstens 173.564 leraren (8,7% van 2.000.000; 173.564 leden), minder dan het minimumaandeel van 10,0%. Van aob, cnvo, fvov is niet bekend hoeveel leden leraar zijn: het hoogste aantal telt al hun leden als leraar, het laagste geen. Geen cijfer zegt hoeveel leden gedeeld kunnen worden binnen aob, cnvo, fvov: het hoogste aantal telt ze apart. Van bvmbo, lg-noord is geen ledental bekend.${LC_MEMBERS.nl}`,
    });
  });

  it("names both minimums, share first", () => {
    expect(said(found(world("worked-oc2", population), "insufficient-members", { thresholds: { minMembers: 1e9 } }))).toEqual({
      severity: "medium",
      en: `Too few members: the delegations on the professional themes reach at most 173,564 teachers (8.7% of 2,000,000; 173,564 members), below the minimum share of 10.0% and the minimum of 1,000,000,000 teachers. No teacher figure is known for aob, cnvo, fvov: the most counts all their members as teachers, the fewest none. No figure says how many members may be shared within aob, cnvo, fvov: the most counts them apart. No member figure is known for bvmbo, lg-noord.${LC_MEMBERS.en}`,
      nl: `Te weinig leden: de delegaties op de beroepsinhoudelijke thema's bereiken hoogstens 173.564 leraren (8,7% van 2.000.000; 173.564 leden), minder dan het minimumaandeel van 10,0% en het minimum van 1.000.000.000 leraren. Van aob, cnvo, fvov is niet bekend hoeveel leden leraar zijn: het hoogste aantal telt al hun leden als leraar, het laagste geen. Geen cijfer zegt hoeveel leden gedeeld kunnen worden binnen aob, cnvo, fvov: het hoogste aantal telt ze apart. Van bvmbo, lg-noord is geen ledental bekend.${LC_MEMBERS.nl}`,
    });
  });

  it("says nothing of a share when the teachers are not known", () => {
    expect(said(found(world("worked-coordination"), "insufficient-members", { thresholds: { minMembers: 1e9 } }))).toEqual({
      severity: "medium",
      en: `Too few members: the delegations on the professional themes reach at most 122,564 teachers (122,564 members), below the minimum of 1,000,000,000 teachers. No teacher figure is known for aob, fvov: the most counts all their members as teachers, the fewest none. No figure says how many members may be shared within aob, fvov: the most counts them apart. No member figure is known for bvmbo.${LC_MEMBERS.en}`,
      nl: `Te weinig leden: de delegaties op de beroepsinhoudelijke thema's bereiken hoogstens 122.564 leraren (122.564 leden), minder dan het minimum van 1.000.000.000 leraren. Van aob, fvov is niet bekend hoeveel leden leraar zijn: het hoogste aantal telt al hun leden als leraar, het laagste geen. Geen cijfer zegt hoeveel leden gedeeld kunnen worden binnen aob, fvov: het hoogste aantal telt ze apart. Van bvmbo is geen ledental bekend.${LC_MEMBERS.nl}`,
    });
  });

  it("counts every cell (pay has no delegation here), and says no theme, when no professional theme is among the cells; high when every figure is known", () => {
    const scenario = world("worked-coordination", (d) => {
      for (const org of d.organisations) org.members ??= { total: 1_000, asOf: "2024-01-01" };
    });
    const finding = found(scenario, "insufficient-members", { themes: ["cao"], thresholds: { minMembers: 1e9 } });
    expect(finding?.evidence).toMatchObject({ themes: "all", cells: 15, unknown: [] });
    expect(said(finding)).toEqual({
      severity: "high",
      en: `Too few members: the delegations reach 0 teachers (0 members), below the minimum of 1,000,000,000 teachers.${LC_MEMBERS.en}`,
      nl: `Te weinig leden: de delegaties bereiken 0 leraren (0 leden), minder dan het minimum van 1.000.000.000 leraren.${LC_MEMBERS.nl}`,
    });
  });
});

describe("unorganised-excluded, word for word", () => {
  const tail = (en: string, nl: string) => ({ severity: "medium", en: `${en}${LETTER.en}`, nl: `${nl}${LETTER.nl}` });

  it("under coordination: the parties are organisations", () => {
    expect(said(found(world("worked-coordination"), "unorganised-excluded"))).toEqual(
      tail(
        "Unorganised teachers have no say: the parties to the agreement are organisations, and no learning community takes part.",
        "Ongeorganiseerde leraren hebben geen stem: de partijen bij het convenant zijn organisaties, en er doet geen leergemeenschap mee.",
      ),
    );
  });

  it("counts the unorganised when the population says how many there are", () => {
    const scenario = world("worked-coordination", (d) => {
      d.population = { teachers: 250_000, unorganised: 90_000, asOf: "2024-01-01" };
    });
    expect(said(found(scenario, "unorganised-excluded"))).toEqual(
      tail(
        "Unorganised teachers have no say: the parties to the agreement are organisations, and no learning community takes part. 90,000 of 250,000 teachers belong to no organisation.",
        "Ongeorganiseerde leraren hebben geen stem: de partijen bij het convenant zijn organisaties, en er doet geen leergemeenschap mee. 90.000 van 250.000 leraren zijn bij geen organisatie aangesloten.",
      ),
    );
  });

  it("does not count them when the population leaves the unorganised out", () => {
    const scenario = world("worked-coordination", (d) => {
      d.population = { teachers: 250_000, asOf: "2024-01-01" };
    });
    expect(said(found(scenario, "unorganised-excluded"))).toEqual(
      tail(
        "Unorganised teachers have no say: the parties to the agreement are organisations, and no learning community takes part.",
        "Ongeorganiseerde leraren hebben geen stem: de partijen bij het convenant zijn organisaties, en er doet geen leergemeenschap mee.",
      ),
    );
  });

  it("under an alternative: the rules name only organisations", () => {
    expect(said(found(alternative([]), "unorganised-excluded"))).toEqual(
      tail(
        "Unorganised teachers have no say: the rules name only organisations, and no learning community takes part.",
        "Ongeorganiseerde leraren hebben geen stem: de regels noemen alleen organisaties, en er doet geen leergemeenschap mee.",
      ),
    );
  });

  it("under OC 2.0: the seats and the assembly as they are", () => {
    expect(said(found(distantOc2(), "unorganised-excluded"))).toEqual(
      tail(
        "Unorganised teachers have no say: 0 board seats for teachers elected directly, an assembly closed to unorganised teachers, and no learning community takes part.",
        "Ongeorganiseerde leraren hebben geen stem: 0 rechtstreeks gekozen bestuurszetels voor leraren, een ledenvergadering die gesloten is voor ongeorganiseerde leraren, en er doet geen leergemeenschap mee.",
      ),
    );
  });

  it("under OC 2.0 with an open assembly but too few seats asked for, it does not fire: the assembly is a say", () => {
    expect(found(distantOc2((d) => (d.model.assembly.openToUnorganised = true)), "unorganised-excluded")).toBeUndefined();
  });
});

describe("distance-to-teachers, word for word", () => {
  const far = (en: string, nl: string) => ({
    severity: "high",
    en: `Far from teachers: no regional chapters or learning communities, no direct say for teachers (${en}) and no presence in the regions (0 of 75 cells decided below the national level). The OC foundered on such distance.`,
    nl: `Grote afstand tot leraren: geen regionale afdelingen of leergemeenschappen, geen directe inspraak voor leraren (${nl}) en geen aanwezigheid in de regio's (0 van 75 cellen onder het landelijke niveau beslist). Aan zo'n afstand liep de OC stuk.`,
  });

  it("names the board seats and the closed assembly", () => {
    expect(said(found(distantOc2(), "distance-to-teachers"))).toEqual(
      far(
        "0 board seats for teachers elected directly, an assembly closed to unorganised teachers",
        "0 rechtstreeks gekozen bestuurszetels voor leraren, een ledenvergadering die gesloten is voor ongeorganiseerde leraren",
      ),
    );
  });

  it("says there is no assembly when the model records none", () => {
    expect(said(found(distantOc2((d) => delete d.model.assembly), "distance-to-teachers"))).toEqual(
      far("0 board seats for teachers elected directly, no assembly open to teachers", "0 rechtstreeks gekozen bestuurszetels voor leraren, geen ledenvergadering die openstaat voor leraren"),
    );
  });

  it("says there are no board seats for teachers when a model has no board", () => {
    // The coordination world, with every mandate national: nothing is decided in a region.
    const scenario = world("worked-coordination", (d) => {
      for (const m of d.mandates) m.scope.regions = ["nl"];
    });
    const finding = found(scenario, "distance-to-teachers");
    expect(finding?.message.en).toContain("(no board seats for teachers, no assembly open to teachers)");
    expect(finding?.message.nl).toContain("(geen bestuurszetels voor leraren, geen ledenvergadering die openstaat voor leraren)");
  });

  it("counts a chapter only while its organisation exists", () => {
    // FvOv is no learning community, so its chapter is the only closeness here.
    const withChapter = (dissolved?: string) =>
      distantOc2((d) => {
        d.model.chapters = [{ region: "zuid", organisation: "fvov" }];
        if (dissolved !== undefined) d.organisations.find((o: Doc) => o.id === "fvov").dissolved = dissolved;
      });
    expect(found(withChapter(), "distance-to-teachers")).toBeUndefined();
    expect(found(withChapter("2026-02-01"), "distance-to-teachers")?.evidence).toMatchObject({ chapters: [] });
  });
});
