import type { FindingWords } from "../finding-words.js";
import { numbers } from "./numbers.js";

const { count, percent } = numbers;

/** English words of the pitfalls' findings. */
export const en: FindingWords = {
  mandatoryRegister:
    "The register of teachers is mandatory (model.safeguards.mandatoryRegister is true). The OC's mandatory register caused much discontent and helped bring it down.",
  voice(seats, assembly) {
    const s = seats === null ? "no board seats for teachers" : `${seats} board seats for teachers elected directly`;
    const a =
      assembly === null ? "no assembly open to teachers"
      : assembly ? "an assembly open to unorganised teachers"
      : "an assembly closed to unorganised teachers";
    return `${s}, ${a}`;
  },
  distance: (say, regional, cells) =>
    `Far from teachers: no regional chapters or learning communities, no direct say for teachers (${say}) and no presence in the regions (${regional} of ${cells} cells decided below the national level). The OC foundered on such distance.`,
  insufficientMembers(f) {
    const where = f.professional ? " on the professional themes" : "";
    const exact = f.lower === f.judged || f.judged === 0;
    const teachers = exact ? count(f.judged) : f.lower === null ? `at most ${count(f.judged)}` : `${count(f.lower)} to ${count(f.judged)}`;
    const of = f.share === null || f.teachers === null ? "" : `${percent(f.share)} of ${count(f.teachers)}; `;
    const against = f.below.map((b) => (b === "minMemberShare" ? `the minimum share of ${percent(f.minMemberShare)}` : `the minimum of ${count(f.minMembers)} teachers`));
    const noFigure =
      f.noTeacherFigure.length === 0 ? "" : ` No teacher figure is known for ${f.noTeacherFigure.join(", ")}: the most counts all their members as teachers, the fewest none.`;
    const overlap =
      f.mayOverlap.length === 0 ? "" : ` No figure says how many members may be shared within ${f.mayOverlap.map((g) => g.join(", ")).join("; within ")}: the most counts them apart.`;
    const unknown = f.unknown.length === 0 ? "" : ` No member figure is known for ${f.unknown.join(", ")}.`;
    return `Too few members: the delegations${where} reach ${teachers} teachers (${of}${count(f.reached)} members), below ${against.join(" and ")}.${noFigure}${overlap}${unknown} The LC was dissolved for lack of (active) members.`;
  },
  funding: {
    noFunding: "no funding is recorded",
    oneOff: "the funding is one-off, not structural",
    oneOffUntil: (until) => `the funding is one-off, not structural, and runs until ${until}`,
    project: "the funding is project money, not structural",
    projectUntil: (until) => `the funding is project money, not structural, and runs until ${until}`,
    ended: (until) => `the funding ended on ${until}`,
    notStarted: (from) => `no funding is in force yet: the first starts on ${from}`,
    ending: (until) => `the funding stops on ${until}`,
    noBudget: "there is no budget for the work",
    lowBudget: (budget, min) => `the budget of EUR ${count(budget)} a year is below EUR ${count(min)}`,
    noFte: "there are no FTE for the work",
    lowFte: (fte, min) => `${count(fte)} FTE is below ${count(min)}`,
    unknownAmount: (periods) => `the amount a year is not recorded for ${periods.join(", ")}`,
    unknownFte: (periods) => `the FTEs are not recorded for ${periods.join(", ")}`,
  },
  fragileFunding: (reasons) => `Fragile funding: ${reasons.join("; ")}. The LC was dissolved for lack of financial strength.`,
  organisationsOnly: { parties: "the parties to the agreement are organisations", rules: "the rules name only organisations" },
  unorganisedExcluded(how, unorganised, teachers) {
    const many = unorganised === null || teachers === null ? "" : ` ${count(unorganised)} of ${count(teachers)} teachers belong to no organisation.`;
    return `Unorganised teachers have no say: ${how}, and no learning community takes part.${many} The letter wants all teachers, organised or not, to be heard.`;
  },
  coverageGaps: (n, cells, share, max) =>
    `${count(n)} of ${count(cells)} cells (${percent(share)}) are unrepresented, more than the ${percent(max)} allowed: no one speaks for the profession there.`,
  contestedCells: (n, cells, share, max) =>
    `${count(n)} of ${count(cells)} cells (${percent(share)}) are contested, more than the ${percent(max)} allowed: the parties must settle who leads there.`,
};
