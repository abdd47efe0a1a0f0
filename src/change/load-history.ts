import { z } from "zod";
import { deepFreeze } from "../internal/deep-freeze.js";
import { issuesFromZod } from "../model/issues-from-zod.js";
import { checkScenario } from "../governance/parse-scenario.js";
import { ScenarioError, type ScenarioIssue } from "../model/scenario-error.js";
import type { Scenario } from "../model/types.js";
import { deepEqual } from "./deep-equal.js";
import { clockOption, historyOf, type History, type HistoryOptions, type Step } from "./history.js";
import type { HistoryEntry } from "./history-entry.js";
import { prefixIssues } from "./rebase-issues.js";
import { type Replayed, replayEntries } from "./replay.js";

const patchSchema = z.strictObject({
  op: z.enum(["add", "remove", "replace"]),
  path: z.array(z.union([z.string(), z.number().int().nonnegative()])),
  value: z.unknown().optional(),
});

const entrySchema = z.strictObject({
  // Checked when the entry is replayed, with the scenario it applies to.
  change: z.unknown(),
  author: z.string().max(500).optional(),
  reason: z.string().max(20_000).optional(),
  timestamp: z.iso.datetime({ offset: true }),
  patches: z.array(patchSchema),
  inversePatches: z.array(patchSchema),
});

const historyJsonSchema = z.strictObject({
  format: z.literal("beroepsgroep-history"),
  version: z.literal(1),
  base: z.unknown(),
  log: z.array(entrySchema),
  undone: z.array(entrySchema),
});

type EntryJson = z.infer<typeof entrySchema>;

/** The stored patches must be the ones the change makes today: otherwise the file and the library disagree. */
function mismatch(list: string, entries: readonly EntryJson[]) {
  return ({ result }: Replayed, _before: Scenario, i: number): ScenarioIssue[] => {
    const stored = entries[i] as EntryJson;
    if (result.patches.length === 0) {
      return [{ code: "no_op_entry", path: [list, i, "change"], message: `${list}[${i}]: the change alters nothing, so it cannot be an entry` }];
    }
    if (!deepEqual(result.patches, stored.patches) || !deepEqual(result.inversePatches, stored.inversePatches)) {
      return [{ code: "patch_mismatch", path: [list, i, "patches"], message: `${list}[${i}]: the stored patches differ from the ones the change makes` }];
    }
    return [];
  };
}

function stepsOf(replayed: readonly Replayed[], entries: readonly EntryJson[]): Step[] {
  return replayed.map(({ change, result }, i) => {
    const stored = entries[i] as EntryJson;
    const entry: HistoryEntry = deepFreeze({
      change,
      ...(stored.author === undefined ? {} : { author: stored.author }),
      ...(stored.reason === undefined ? {} : { reason: stored.reason }),
      timestamp: stored.timestamp,
      patches: result.patches,
      inversePatches: result.inversePatches,
    });
    return { entry, after: result.scenario };
  });
}

/**
 * Loads a history from the JSON its `toJSON()` wrote, and checks it: the base is
 * validated like a parsed scenario, and every entry (logged and undone) is
 * replayed, so its change must still apply and give the stored patches.
 *
 * @param json - the parsed JSON of a history (`JSON.parse(JSON.stringify(history))`)
 * @param options - `clock` for changes applied from here on
 * @returns a history equal to the one that was saved
 * @throws {@link index!ScenarioError} (context `loadHistory`) naming every problem in the envelope or base,
 *   or the first entry that no longer applies (`patch_mismatch`, `no_op_entry`, or the change's own refusal)
 * @example
 * ```ts
 * const saved = JSON.stringify(createHistory(scenario).apply({ type: "end-agreement", on: "2027-01-01" }));
 * loadHistory(JSON.parse(saved)).log.length; // => 1
 * ```
 * @category Change
 */
export function loadHistory(json: unknown, options: HistoryOptions = {}): History {
  const envelope = historyJsonSchema.safeParse(json);
  if (!envelope.success) throw new ScenarioError(issuesFromZod(envelope.error, json), "loadHistory");
  const { base: rawBase, log, undone } = envelope.data;
  const base = checkScenario(rawBase);
  if (!base.ok) throw new ScenarioError(prefixIssues(base.issues, ["base"]), "loadHistory");
  const applied = replayEntries(base.scenario, log, "log", "loadHistory", mismatch("log", log));
  const current = applied[applied.length - 1]?.result.scenario ?? base.scenario;
  const redone = replayEntries(current, undone, "undone", "loadHistory", mismatch("undone", undone));
  return historyOf(base.scenario, stepsOf(applied, log), stepsOf(redone, undone).reverse(), clockOption(options, "loadHistory"), "loadHistory");
}
