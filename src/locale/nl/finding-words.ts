import type { FindingWords } from "../finding-words.js";
import { numbers } from "./numbers.js";

const { count, percent } = numbers;

/** Dutch words of the pitfalls' findings. */
export const nl: FindingWords = {
  mandatoryRegister:
    "Het lerarenregister is verplicht (model.safeguards.mandatoryRegister is true). Het verplichte lerarenregister van de OC zorgde voor veel onvrede en droeg bij aan haar opheffing.",
  voice(seats, assembly) {
    const s = seats === null ? "geen bestuurszetels voor leraren" : `${seats} rechtstreeks gekozen bestuurszetels voor leraren`;
    const a =
      assembly === null ? "geen ledenvergadering die openstaat voor leraren"
      : assembly ? "een ledenvergadering die openstaat voor ongeorganiseerde leraren"
      : "een ledenvergadering die gesloten is voor ongeorganiseerde leraren";
    return `${s}, ${a}`;
  },
  distance: (say, regional, cells) =>
    `Grote afstand tot leraren: geen regionale afdelingen of leergemeenschappen, geen directe inspraak voor leraren (${say}) en geen aanwezigheid in de regio's (${regional} van ${cells} cellen onder het landelijke niveau beslist). Aan zo'n afstand liep de OC stuk.`,
  insufficientMembers(f) {
    const where = f.professional ? " op de beroepsinhoudelijke thema's" : "";
    const exact = f.lower === f.judged || f.judged === 0;
    const teachers = exact ? count(f.judged) : f.lower === null ? `hoogstens ${count(f.judged)}` : `${count(f.lower)} tot ${count(f.judged)}`;
    const of = f.share === null || f.teachers === null ? "" : `${percent(f.share)} van ${count(f.teachers)}; `;
    const against = f.below.map((b) => (b === "minMemberShare" ? `het minimumaandeel van ${percent(f.minMemberShare)}` : `het minimum van ${count(f.minMembers)} leraren`));
    const noFigure =
      f.noTeacherFigure.length === 0 ? "" : ` Van ${f.noTeacherFigure.join(", ")} is niet bekend hoeveel leden leraar zijn: het hoogste aantal telt al hun leden als leraar, het laagste geen.`;
    const overlap =
      f.mayOverlap.length === 0 ? "" : ` Geen cijfer zegt hoeveel leden gedeeld kunnen worden binnen ${f.mayOverlap.map((g) => g.join(", ")).join("; binnen ")}: het hoogste aantal telt ze apart.`;
    const unknown = f.unknown.length === 0 ? "" : ` Van ${f.unknown.join(", ")} is geen ledental bekend.`;
    return `Te weinig leden: de delegaties${where} bereiken ${teachers} leraren (${of}${count(f.reached)} leden), minder dan ${against.join(" en ")}.${noFigure}${overlap}${unknown} Het LC werd opgeheven wegens een gebrek aan (actieve) leden.`;
  },
  funding: {
    noFunding: "er is geen financiering vastgelegd",
    oneOff: "de financiering is eenmalig, niet structureel",
    oneOffUntil: (until) => `de financiering is eenmalig, niet structureel, en loopt tot ${until}`,
    project: "de financiering is projectgeld, niet structureel",
    projectUntil: (until) => `de financiering is projectgeld, niet structureel, en loopt tot ${until}`,
    ended: (until) => `de financiering is geëindigd op ${until}`,
    notStarted: (from) => `er is nog geen financiering van kracht: de eerste begint op ${from}`,
    ending: (until) => `de financiering stopt op ${until}`,
    noBudget: "er is geen werkbudget",
    lowBudget: (budget, min) => `het budget van EUR ${count(budget)} per jaar is lager dan EUR ${count(min)}`,
    noFte: "er zijn geen fte voor het werk",
    lowFte: (fte, min) => `${count(fte)} fte is minder dan ${count(min)}`,
    unknownAmount: (periods) => `het bedrag per jaar is niet vastgelegd voor ${periods.join(", ")}`,
    unknownFte: (periods) => `het aantal fte is niet vastgelegd voor ${periods.join(", ")}`,
  },
  fragileFunding: (reasons) => `Kwetsbare financiering: ${reasons.join("; ")}. Het LC werd opgeheven wegens een gebrek aan financiële slagkracht.`,
  organisationsOnly: { parties: "de partijen bij het convenant zijn organisaties", rules: "de regels noemen alleen organisaties" },
  unorganisedExcluded(how, unorganised, teachers) {
    const many = unorganised === null || teachers === null ? "" : ` ${count(unorganised)} van ${count(teachers)} leraren zijn bij geen organisatie aangesloten.`;
    return `Ongeorganiseerde leraren hebben geen stem: ${how}, en er doet geen leergemeenschap mee.${many} De brief wil dat alle leraren, georganiseerd of niet, gehoord worden.`;
  },
  coverageGaps: (n, cells, share, max) =>
    `${count(n)} van ${count(cells)} cellen (${percent(share)}) zijn niet vertegenwoordigd, meer dan de toegestane ${percent(max)}: daar spreekt niemand namens de beroepsgroep.`,
  contestedCells: (n, cells, share, max) =>
    `${count(n)} van ${count(cells)} cellen (${percent(share)}) zijn betwist, meer dan de toegestane ${percent(max)}: de partijen moeten daar regelen wie de leiding heeft.`,
};
