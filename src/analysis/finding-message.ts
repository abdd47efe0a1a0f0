import type { FindingWords } from "../locale/finding-words.js";
import type { FindingFact, FragileFundingEvidence, FundingReason } from "./finding.js";

function fundingWords(reason: FundingReason, e: FragileFundingEvidence, w: FindingWords["funding"]): string {
  switch (reason) {
    case "no-funding":
      return w.noFunding;
    case "one-off":
      // Say when start money runs out, unless another reason already says it.
      return e.endsOn === null || e.reasons.includes("ending") ? w.oneOff : w.oneOffUntil(e.endsOn);
    case "project":
      return e.endsOn === null || e.reasons.includes("ending") ? w.project : w.projectUntil(e.endsOn);
    case "ended":
      return w.ended(e.endedOn ?? "");
    case "not-started":
      return w.notStarted(e.startsOn ?? "");
    case "ending":
      return w.ending(e.endsOn ?? "");
    case "no-budget":
      return w.noBudget;
    case "low-budget":
      return w.lowBudget(e.inForce.knownEurPerYear, e.minAnnualBudgetEur);
    case "no-fte":
      return w.noFte;
    case "low-fte":
      return w.lowFte(e.inForce.knownFte, e.minFte);
  }
}

/** The reasons in words, then what is missing: the periods in force whose amount or FTEs are unknown. */
function fundingSentences(e: FragileFundingEvidence, w: FindingWords["funding"]): string[] {
  const sentences = e.reasons.map((r) => fundingWords(r, e, w));
  // Money that has ended is judged by what it was; only money still in force has missing figures worth asking for.
  if (e.reasons.includes("ended")) return sentences;
  if (e.inForce.unknownAmount.length > 0) sentences.push(w.unknownAmount(e.inForce.unknownAmount));
  if (e.inForce.unknownFte.length > 0) sentences.push(w.unknownFte(e.inForce.unknownFte));
  return sentences;
}

/** A finding's message in one language, written from its evidence alone. */
export function findingMessage(f: FindingFact, w: FindingWords): string {
  switch (f.id) {
    case "mandatory-register":
      return w.mandatoryRegister;
    case "distance-to-teachers": {
      const e = f.evidence;
      return w.distance(w.voice(e.teacherSeats, e.assemblyOpenToUnorganised), e.regionalCells, e.cells);
    }
    case "insufficient-members": {
      const e = f.evidence;
      return w.insufficientMembers({
        ...e,
        professional: e.themes === "professional",
        lower: e.teachersReached.lower,
        noTeacherFigure: e.unseparated.noTeacherFigure,
        mayOverlap: e.unseparated.mayOverlap,
      });
    }
    case "fragile-funding":
      return w.fragileFunding(fundingSentences(f.evidence, w.funding));
    case "unorganised-excluded": {
      const e = f.evidence;
      const how = e.route === "organs" ? w.voice(e.teacherSeats, e.assemblyOpenToUnorganised) : w.organisationsOnly[e.route];
      return w.unorganisedExcluded(how, e.unorganised, e.teachers);
    }
    case "coverage-gaps": {
      const e = f.evidence;
      return w.coverageGaps(e.unrepresented, e.cells, e.share, e.maxUnrepresentedShare);
    }
    case "contested-cells": {
      const e = f.evidence;
      return w.contestedCells(e.contested, e.cells, e.share, e.maxContestedShare);
    }
  }
}
