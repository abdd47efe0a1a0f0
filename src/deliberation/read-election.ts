import { describeValue, issuesFromZod } from "../model/issues-from-zod.js";
import { zodIssuesAt } from "./rebase-issues.js";
import { compareIds } from "../internal/compare-ids.js";
import { formatPath } from "../model/scenario-error.js";
import { ballotSchemas, electionSchema } from "./ballot-schema.js";
import type { ApprovalGroup, Profile, RankedGroup, ValueGroup } from "./profile.js";
import { quickRead, type QuickRead } from "./quick-key.js";
import { TallyError, type TallyIssue } from "./tally-error.js";
import type { BallotForm, Settings } from "./tally-options.js";
import { append } from "../internal/append.js";

const forms: readonly BallotForm[] = ["ranking", "approvals", "scores", "grades"];
// Enough to show what is wrong without building a list as long as the ballot box.
const MAX_ISSUES = 100;

interface Bucket {
  readonly first: number;
  readonly form: BallotForm;
  readonly sample: unknown;
  weight: number;
  times: number;
}

type Path = (string | number)[];

/** Words for messages: what the things voted on are called, and who reads the ballots. */
export interface Wording {
  readonly context: string;
  /** The thing voted on with its article, as in "expected an option id": `a candidate`, `an option`. */
  readonly noun: string;
}

function formOfRaw(ballot: unknown): BallotForm | "none" | "several" {
  if (typeof ballot !== "object" || ballot === null || Array.isArray(ballot)) return "none";
  const present = forms.filter((form) => form in ballot);
  return present.length === 0 ? "none" : present.length > 1 ? "several" : (present[0] as BallotForm);
}

/** Runs the zod schema of one ballot's form and returns its issues under `ballots[i]`. */
function shapeIssues(ballot: unknown, i: number, words: Wording): { issues: TallyIssue[]; read?: QuickRead } {
  const form = formOfRaw(ballot);
  if (form === "none" || form === "several") {
    return {
      issues: [
        {
          code: "invalid_ballot",
          path: ["ballots", i],
          message: `ballots[${i}]: a ballot is an object with exactly one of "ranking", "approvals", "scores" or "grades"${form === "several" ? ", not several" : ""}`,
        },
      ],
    };
  }
  const parsed = ballotSchemas[form].safeParse(ballot);
  if (!parsed.success) {
    const issues = zodIssuesAt(parsed.error, ballot, ["ballots", i]).map((issue) => {
      if (issue.code === "negative_number" && issue.path[2] === "count") return { ...issue, code: "negative_count" };
      if (issue.code === "invalid_union" && issue.path[2] === "ranking") {
        return { ...issue, message: `${formatPath(issue.path)}: expected ${words.noun} id or a non-empty list of tied ids` };
      }
      return issue;
    });
    return { issues };
  }
  const read = quickRead(parsed.data);
  // zod's output is a plain copy of a valid ballot, which the quick reader always accepts.
  if (read === undefined) throw new Error("readElection: a valid ballot could not be read");
  return { issues: [], read };
}

function meaningIssues(bucket: Bucket, index: ReadonlyMap<string, number>, settings: Settings, words: Wording): TallyIssue[] {
  const issues: TallyIssue[] = [];
  const at = bucket.first;
  const again = bucket.times > 1 ? ` (the same ballot occurs ${bucket.times} times)` : "";
  const issue = (code: string, path: Path, message: string): void => {
    const full = ["ballots", at, ...path];
    issues.push({ code, path: full, message: `${formatPath(full)}: ${message}${again}` });
  };
  const ballot = bucket.sample as Record<string, unknown>;
  if (bucket.form !== settings.form) {
    const plural = { ranking: "rankings", approvals: "approvals", scores: "scores", grades: "grades" } as const;
    issue("wrong_ballot_form", [], `this ballot holds ${plural[bucket.form]}, but ${settings.method} counts ${plural[settings.form]}`);
    return issues;
  }
  const unknown = (id: string, path: Path): void => {
    issue("unknown_candidate", path, `"${id}" is not ${words.noun} in this election`);
  };
  if (bucket.form === "ranking" || bucket.form === "approvals") {
    const seen = new Set<string>();
    const visit = (id: string, path: Path): void => {
      if (!index.has(id)) unknown(id, path);
      else if (seen.has(id)) {
        issue("duplicate_candidate", path, `${bucket.form === "ranking" ? "ranks" : "approves"} "${id}" more than once`);
      }
      seen.add(id);
    };
    const list = ballot[bucket.form] as readonly (string | readonly string[])[];
    list.forEach((entry, j) => {
      if (typeof entry === "string") visit(entry, [bucket.form, j]);
      else {
        entry.forEach((id, k) => {
          visit(id, [bucket.form, j, k]);
        });
      }
    });
    return issues;
  }
  const values = ballot[bucket.form] as Record<string, number>;
  for (const [id, value] of Object.entries(values)) {
    if (!index.has(id)) unknown(id, [bucket.form, id]);
    else if (bucket.form === "scores" && (value < settings.scoreRange.min || value > settings.scoreRange.max)) {
      issue("score_out_of_range", ["scores", id], `the score ${value} for "${id}" is outside ${settings.scoreRange.min}..${settings.scoreRange.max}`);
    } else if (bucket.form === "grades" && (value < 0 || value >= settings.gradeScale)) {
      issue("grade_out_of_range", ["grades", id], `the grade ${value} for "${id}" is outside 0..${settings.gradeScale - 1}`);
    }
  }
  return issues;
}

function rankedGroup(sample: unknown, weight: number, index: ReadonlyMap<string, number>, n: number): RankedGroup {
  const ranking = (sample as { ranking: readonly (string | readonly string[])[] }).ranking;
  const levels = ranking.map((entry) => (typeof entry === "string" ? [entry] : entry).map((id) => index.get(id) as number));
  const levelOf = new Int32Array(n).fill(levels.length);
  levels.forEach((level, l) => {
    for (const c of level) levelOf[c] = l;
  });
  return { weight, levels, levelOf };
}

function approvalGroup(sample: unknown, weight: number, index: ReadonlyMap<string, number>, n: number): ApprovalGroup {
  const approved = new Uint8Array(n);
  for (const id of (sample as { approvals: readonly string[] }).approvals) approved[index.get(id) as number] = 1;
  return { weight, approved };
}

function valueGroup(values: Record<string, number>, weight: number, index: ReadonlyMap<string, number>, n: number): ValueGroup {
  const out = new Float64Array(n);
  for (const [id, v] of Object.entries(values)) out[index.get(id) as number] = v;
  return { weight, values: out };
}

/**
 * Checks an election against the counting settings and groups identical ballots: each
 * distinct ballot is validated by the zod schema and checked for meaning once, however often
 * it occurs. The groups come out sorted by content, so the ballot order cannot matter.
 */
export function readElection(election: unknown, settings: Settings, words: Wording): Profile {
  const envelope = electionSchema.safeParse(election);
  if (!envelope.success) {
    // Only `ballots` has a custom check (is it an array?); its issue gets the words of zod's own type checks.
    const given = typeof election === "object" && election !== null ? (election as { ballots?: unknown }).ballots : undefined;
    const issues = issuesFromZod(envelope.error, election).map((issue) =>
      issue.code !== "custom"
        ? issue
        : given === undefined
          ? { ...issue, code: "missing_field", message: "ballots: required, expected array" }
          : { ...issue, code: "invalid_type", message: `ballots: expected array, received ${describeValue(given)}` },
    );
    throw new TallyError(issues, words.context);
  }
  const { candidates, ballots } = envelope.data;
  const issues: TallyIssue[] = [];
  const index = new Map<string, number>();
  candidates.forEach((id, i) => {
    if (index.has(id)) {
      issues.push({ code: "duplicate_candidate", path: ["candidates", i], message: `candidates[${i}]: "${id}" is listed more than once` });
    } else index.set(id, i);
  });
  const buckets = new Map<string, Bucket>();
  for (let i = 0; i < ballots.length && issues.length < MAX_ISSUES; i++) {
    const ballot = ballots[i];
    let read = quickRead(ballot);
    if (read === undefined) {
      const checked = shapeIssues(ballot, i, words);
      append(issues, checked.issues);
      if (checked.read === undefined) continue;
      read = checked.read;
    }
    const bucket = buckets.get(read.key);
    if (bucket === undefined) buckets.set(read.key, { first: i, form: read.form, sample: ballot, weight: read.count, times: 1 });
    else {
      bucket.weight += read.count;
      bucket.times++;
    }
  }
  for (const bucket of buckets.values()) {
    if (issues.length >= MAX_ISSUES) break;
    // The schema has the last word on every distinct ballot, including those the quick reader took.
    const shape = shapeIssues(bucket.sample, bucket.first, words).issues;
    append(issues, shape.length > 0 ? shape : meaningIssues(bucket, index, settings, words));
  }
  // Report in ballot order, whichever check found the problem.
  const ballotIndex = (issue: TallyIssue): number => (issue.path[0] === "ballots" && typeof issue.path[1] === "number" ? issue.path[1] : -1);
  if (issues.length > 0) throw new TallyError([...issues].sort((a, b) => ballotIndex(a) - ballotIndex(b)), words.context);

  const n = candidates.length;
  const ranked: RankedGroup[] = [];
  const approvals: ApprovalGroup[] = [];
  const values: ValueGroup[] = [];
  let voters = 0;
  let blank = 0;
  // Sorting by content makes every sum below run in the same order whatever the ballot order.
  for (const key of [...buckets.keys()].sort(compareIds)) {
    const bucket = buckets.get(key) as Bucket;
    const sample = bucket.sample as Record<string, unknown>;
    voters += bucket.weight;
    if (bucket.form === "ranking" || bucket.form === "approvals") {
      if ((sample[bucket.form] as readonly unknown[]).length === 0) {
        blank += bucket.weight;
      } else if (bucket.form === "ranking") ranked.push(rankedGroup(sample, bucket.weight, index, n));
      else approvals.push(approvalGroup(sample, bucket.weight, index, n));
    } else {
      values.push(valueGroup(sample[bucket.form] as Record<string, number>, bucket.weight, index, n));
    }
  }
  // Every total a method forms is at most the total count times n points or the largest score: refuse what would overflow.
  const factor = Math.max(1, n, Math.abs(settings.scoreRange.min), Math.abs(settings.scoreRange.max));
  if (!Number.isFinite(voters * factor)) {
    throw new TallyError(
      [{ code: "count_too_large", path: ["ballots"], message: `ballots: the counts add up to ${voters}, too large to count with (times ${factor} it exceeds about 1.8e308)` }],
      words.context,
    );
  }
  return { candidates, voters, blank, distinct: buckets.size, ranked, approvals, values };
}
