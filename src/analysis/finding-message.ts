import type { FindingWords } from "../locale/finding-words.js";
import type { FindingFact, FragileFundingEvidence, FundingReason } from "./finding.js";

function fundingWords(reason: FundingReason, e: FragileFundingEvidence, w: FindingWords["funding"]): string {
  const until = e.funding?.until ?? "";
  switch (reason) {
    case "no-funding":
      return w.noFunding;
    case "one-off":
      // Say when a start subsidy runs out, unless another reason already says it.
      return e.funding?.until === undefined || e.reasons.includes("ended") || e.reasons.includes("ending") ? w.oneOff : w.oneOffUntil(until);
    case "ended":
      return w.ended(until);
    case "ending":
      return w.ending(until);
    case "no-budget":
      return w.noBudget;
    case "low-budget":
      return w.lowBudget(e.funding?.annualBudgetEur ?? 0, e.minAnnualBudgetEur);
    case "no-fte":
      return w.noFte;
    case "low-fte":
      return w.lowFte(e.funding?.fte ?? 0, e.minFte);
  }
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
      return w.insufficientMembers({ ...e, professional: e.themes === "professional" });
    }
    case "fragile-funding":
      return w.fragileFunding(f.evidence.reasons.map((r) => fundingWords(r, f.evidence, w.funding)));
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
