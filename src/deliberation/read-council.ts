import { z } from "zod";
import { formatPath } from "../model/scenario-error.js";
import type { Council, CouncilBallot } from "./council.js";
import type { DocumentOf } from "../model/document-type.js";
import { zodIssuesAt } from "./rebase-issues.js";
import { TallyError, type TallyIssue } from "./tally-error.js";
import { readSettings, type Settings, type TallyOptions, tallyOptionsSchema } from "./tally-options.js";
import { append } from "../internal/append.js";

const id = z.string().min(1);
const per = z.enum(["organisation", "sector", "region"]).optional();
const group = z
  .union([
    z.enum(["all", "organised", "unorganised"]),
    z.strictObject({ organisation: id }),
    z.strictObject({ sector: id }),
    z.strictObject({ region: id }),
  ])
  .optional();

const councilSchema = z.strictObject({
  name: z.string().optional(),
  options: z.array(
    z.discriminatedUnion("kind", [
      z.strictObject({ kind: z.literal("scenario"), id, name: z.string().min(1), scenario: id.optional(), description: z.string().optional() }),
      z.strictObject({ kind: z.literal("alternative"), id, name: z.string().min(1), proposer: id, description: z.string().optional() }),
    ]),
  ),
  participants: z.array(
    z.strictObject({ id, organisation: id.nullable().optional(), sector: id.optional(), region: id.optional(), weight: z.number().min(0).optional() }),
  ),
  ballots: z.array(z.looseObject({ participant: id })),
  tally: z.unknown(),
  requirements: z
    .array(
      z.discriminatedUnion("kind", [
        z.strictObject({ kind: z.literal("majority"), group, per, threshold: z.number().min(0).max(1).optional() }),
        z.strictObject({ kind: z.literal("same-winner"), group, per }),
        z.strictObject({ kind: z.literal("turnout"), group, per, min: z.number().min(0).max(1) }),
        z.strictObject({ kind: z.literal("voters"), group, per, min: z.number().min(0) }),
      ]),
    )
    .optional(),
});

const forms = ["ranking", "approvals", "scores", "grades"] as const;

function duplicates(ids: readonly string[], list: string, issues: TallyIssue[]): void {
  const seen = new Set<string>();
  ids.forEach((value, i) => {
    const path = [list, i, "id"];
    if (seen.has(value)) issues.push({ code: "duplicate_id", path, message: `${formatPath(path)}: "${value}" is used more than once` });
    seen.add(value);
  });
}

/** True for a ballot with `participant` and exactly one of the four forms, as the checks above make every ballot. */
function isCouncilBallot(ballot: { readonly participant: string }): ballot is CouncilBallot {
  const keys = Object.keys(ballot).filter((k) => k !== "participant");
  return keys.length === 1 && (forms as readonly string[]).includes(keys[0] ?? "");
}

/** Validates a council's shape, references and counting settings; throws {@link TallyError} with every problem. */
export function readCouncil(input: unknown): { council: Council; settings: Settings } {
  const parsed = councilSchema.safeParse(input);
  if (!parsed.success) throw new TallyError(zodIssuesAt(parsed.error, input, []), "deliberate");
  const c = parsed.data;
  const issues: TallyIssue[] = [];
  const issue = (code: string, path: (string | number)[], message: string): void => {
    issues.push({ code, path, message: `${formatPath(path)}: ${message}` });
  };
  duplicates(c.options.map((o) => o.id), "options", issues);
  duplicates(c.participants.map((p) => p.id), "participants", issues);
  const participants = new Set(c.participants.map((p) => p.id));
  const organisations = new Set(c.participants.flatMap((p) => (typeof p.organisation === "string" ? [p.organisation] : [])));
  c.options.forEach((o, i) => {
    // The kind of a council option (an alternative someone proposed), not a governance model.
    if (o.kind === "alternative" && !participants.has(o.proposer) && !organisations.has(o.proposer)) {
      issue("unknown_proposer", ["options", i, "proposer"], `"${o.proposer}" is neither a participant nor an organisation a participant belongs to`);
    }
  });
  const voted = new Map<string, number>();
  c.ballots.forEach((b, i) => {
    if (!participants.has(b.participant)) issue("unknown_participant", ["ballots", i, "participant"], `"${b.participant}" is not a participant`);
    const earlier = voted.get(b.participant);
    if (earlier !== undefined) issue("duplicate_ballot", ["ballots", i, "participant"], `"${b.participant}" already cast ballots[${earlier}]`);
    else voted.set(b.participant, i);
    const keys = Object.keys(b).filter((k) => k !== "participant");
    const stray = keys.filter((k) => !(forms as readonly string[]).includes(k));
    for (const k of stray) issue("unknown_key", ["ballots", i, k], `unknown key "${k}" (a council ballot's weight is its participant's)`);
    if (stray.length === 0 && keys.length !== 1) {
      issue("invalid_ballot", ["ballots", i], `a council ballot has "participant" and exactly one of "ranking", "approvals", "scores" or "grades"`);
    }
  });
  (c.requirements ?? []).forEach((r, i) => {
    if (r.group !== undefined && r.per !== undefined) {
      issue("group_and_per", ["requirements", i], `a requirement names either one group or "per", not both`);
    }
  });
  let settings: Settings | undefined;
  try {
    settings = readSettings(c.tally, "deliberate", ["tally"]);
  } catch (error) {
    if (!(error instanceof TallyError)) throw error;
    append(issues, error.issues);
  }
  const ballots = c.ballots.filter(isCouncilBallot);
  if (issues.length > 0 || settings === undefined || ballots.length !== c.ballots.length) throw new TallyError(issues, "deliberate");
  // The shape as parsed, read with optional fields left out rather than `undefined` (they are absent at run time),
  // with the ballots and the counting settings as checked above.
  const shape = c as DocumentOf<typeof councilSchema>;
  const tally: TallyOptions = tallyOptionsSchema.parse(c.tally) as DocumentOf<typeof tallyOptionsSchema>;
  return { council: { ...shape, ballots, tally }, settings };
}
