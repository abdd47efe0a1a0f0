import { z } from "zod";
import { deepFreeze } from "../internal/deep-freeze.js";
import { show } from "../internal/show.js";
import { trustedScenario } from "../model/trusted-scenario.js";
import type { Scenario } from "../model/types.js";
import { applyChecked, checkedChange } from "./apply-change.js";
import type { Change } from "./change.js";
import type { HistoryEntry, HistoryJson } from "./history-entry.js";

/** Options of {@link createHistory} and {@link loadHistory}. @category Change */
export interface HistoryOptions {
  /**
   * Tells the time of each change as an ISO 8601 timestamp, or as a `Date` (logged as its
   * `toISOString()`). Read only when a change is applied; by default
   * `() => new Date().toISOString()`. Pass a fixed clock in tests.
   */
  readonly clock?: () => string | Date;
}

/** Who made a change and why, recorded in the log. @category Change */
export interface ApplyOptions {
  readonly author?: string;
  readonly reason?: string;
}

/**
 * An immutable history of changes to a scenario: every method returns a new
 * history (or this one, when nothing changes) and the old one stays valid.
 * @category Change
 */
export interface History {
  /** The scenario the history starts from. */
  readonly base: Scenario;
  /** The scenario now: `base` with every entry of `log` applied. */
  readonly current: Scenario;
  /** The entries that lead from `base` to `current`, oldest first. */
  readonly log: readonly HistoryEntry[];
  /** Undone entries that `redo` brings back, the next one first; `apply` clears them. */
  readonly undone: readonly HistoryEntry[];
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /**
   * Applies a change and logs it; a change that alters nothing returns this history, unlogged.
   * @throws {@link index!ScenarioError} when the change is refused (see {@link applyChange})
   */
  apply(change: Change, options?: ApplyOptions): History;
  /** Steps back one entry; with nothing to undo, returns this history. */
  undo(): History;
  /** Brings back the last undone entry as it was; with nothing to redo, returns this history. */
  redo(): History;
  /**
   * The scenario after the first `n` entries: `at(0)` is `base`, `at(log.length)` is `current`.
   * @throws Error starting `History.at:` unless `n` is a whole number from 0 to `log.length`
   */
  at(n: number): Scenario;
  /** The history as plain JSON data, for {@link loadHistory}. */
  toJSON(): HistoryJson;
}

/** A logged entry together with the scenario it led to. */
export interface Step {
  readonly entry: HistoryEntry;
  readonly after: Scenario;
}

const timestampSchema = z.iso.datetime({ offset: true });
const metaSchema = z.strictObject({ author: z.string().max(500).optional(), reason: z.string().max(20_000).optional() });

function defaultClock(): string {
  return new Date().toISOString();
}

/** Whether a value is a `Date`, also one from another realm or a subclass. */
function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === "[object Date]";
}

/** The timestamp a clock told: an ISO 8601 text as it is, a valid `Date` as its ISO text. */
function timestampOf(told: unknown): string {
  if (isDate(told)) {
    const time = Date.prototype.getTime.call(told);
    if (Number.isNaN(time)) throw new Error("History.apply: the clock returned an invalid Date (its time is NaN); expected a valid Date or an ISO 8601 timestamp");
    const text = Date.prototype.toISOString.call(told);
    if (!timestampSchema.safeParse(text).success) {
      throw new Error(`History.apply: the clock returned a Date (${text}) outside the years 0000 to 9999, which has no ISO 8601 timestamp`);
    }
    return text;
  }
  if (!timestampSchema.safeParse(told).success) {
    throw new Error(`History.apply: the clock returned ${show(told)}; expected an ISO 8601 timestamp such as "2026-01-01T09:00:00.000Z" or a valid Date`);
  }
  return told as string;
}

class ImmutableHistory implements History {
  readonly current: Scenario;
  readonly log: readonly HistoryEntry[];
  readonly undone: readonly HistoryEntry[];

  constructor(
    readonly base: Scenario,
    private readonly steps: readonly Step[],
    // The redo stack: its last item is the next to redo.
    private readonly redoStack: readonly Step[],
    private readonly clock: () => string | Date,
  ) {
    this.current = steps[steps.length - 1]?.after ?? base;
    this.log = Object.freeze(steps.map((step) => step.entry));
    this.undone = Object.freeze(redoStack.map((step) => step.entry).reverse());
    Object.freeze(this);
  }

  get canUndo(): boolean {
    return this.steps.length > 0;
  }

  get canRedo(): boolean {
    return this.redoStack.length > 0;
  }

  apply(change: Change, options: ApplyOptions = {}): History {
    const meta = metaSchema.safeParse(options);
    if (!meta.success) {
      throw new Error(`History.apply: options must be { author?: string, reason?: string }, received ${show(options)}`);
    }
    const parsed = deepFreeze(checkedChange(change));
    const result = applyChecked(this.current, parsed);
    if (result.scenario === this.current) return this;
    const timestamp = timestampOf(this.clock());
    const entry: HistoryEntry = deepFreeze({
      change: parsed,
      ...(meta.data.author === undefined ? {} : { author: meta.data.author }),
      ...(meta.data.reason === undefined ? {} : { reason: meta.data.reason }),
      timestamp,
      patches: result.patches,
      inversePatches: result.inversePatches,
    });
    return new ImmutableHistory(this.base, [...this.steps, { entry, after: result.scenario }], [], this.clock);
  }

  undo(): History {
    const last = this.steps[this.steps.length - 1];
    if (last === undefined) return this;
    return new ImmutableHistory(this.base, this.steps.slice(0, -1), [...this.redoStack, last], this.clock);
  }

  redo(): History {
    const next = this.redoStack[this.redoStack.length - 1];
    if (next === undefined) return this;
    return new ImmutableHistory(this.base, [...this.steps, next], this.redoStack.slice(0, -1), this.clock);
  }

  at(n: number): Scenario {
    if (!Number.isInteger(n) || n < 0 || n > this.steps.length) {
      throw new Error(`History.at: expected a whole number from 0 to ${this.steps.length}, received ${show(n)}`);
    }
    return n === 0 ? this.base : (this.steps[n - 1] as Step).after;
  }

  toJSON(): HistoryJson {
    return { format: "beroepsgroep-history", version: 1, base: this.base, log: this.log, undone: this.undone };
  }
}

/** The `clock` of an options argument; plain JavaScript callers may pass anything as the options. */
export function clockOption(options: unknown, fn: string): (() => string | Date) | undefined {
  if (typeof options !== "object" || options === null) throw new Error(`${fn}: 'options' must be an object such as { clock }, received ${show(options)}`);
  return (options as HistoryOptions).clock;
}

/** Builds a history from checked parts; used by {@link createHistory} and {@link loadHistory}. */
export function historyOf(base: Scenario, steps: readonly Step[], redoStack: readonly Step[], clock: (() => string | Date) | undefined, fn: string): History {
  if (clock !== undefined && typeof clock !== "function") throw new Error(`${fn}: 'clock' must be a function returning an ISO 8601 timestamp or a Date`);
  return new ImmutableHistory(base, steps, redoStack, clock ?? defaultClock);
}

/**
 * Starts an immutable history of changes to a scenario, with an audit trail, undo and redo.
 *
 * @param scenario - the scenario to start from, made by the library
 *   ({@link index!parseScenario}, {@link index!safeParseScenario}, `applyChange` or a history)
 * @param options - `clock`, which tells each change's time (read only when a change is applied)
 * @returns a history with no entries, whose `current` is `scenario`
 * @throws {@link index!ScenarioError} (context `createHistory`, one issue with code `not_parsed`) when `scenario` was not
 *   made by the library; it is refused, never checked, copied, frozen or kept
 * @throws Error starting `createHistory:` when `options` is not an object or `clock` is not a function
 * @example
 * ```ts
 * const clock = () => "2026-01-01T09:00:00.000Z";
 * const h1 = createHistory(scenario, { clock }).apply({ type: "revoke-mandate", id: "m1", on: "2026-01-01" }, { author: "aob" });
 * h1.log[0]?.author; // => "aob"
 * h1.undo().current === scenario; // => true
 * h1.undo().redo().current === h1.current; // => true
 * ```
 * @category Change
 */
export function createHistory(scenario: Scenario, options: HistoryOptions = {}): History {
  const base = trustedScenario(scenario, "createHistory");
  return historyOf(base, [], [], clockOption(options, "createHistory"), "createHistory");
}
