/**
 * `beroepsgroep/change`: changing a scenario. `applyChange` applies one named change
 * (`Change`, checked first; `parseChange` checks one read from outside) and returns the
 * new scenario with its patches, `createHistory` and `loadHistory` keep an audit trail
 * with undo and redo, `replay` applies a list of changes, `impactOf` says which cells a
 * change alters, and `updateMatrix` brings a matrix up to date after a change.
 *
 * It is an entry of its own so that an app that only asks who represents the profession
 * (`beroepsgroep`) does not ship the operations that edit a scenario; docs/api-surface.md
 * says why. The scenarios it takes and returns, and the matrices `updateMatrix` updates,
 * are the main entry's.
 *
 * @example
 * ```ts
 * import { applyChange, createHistory, type Change } from "beroepsgroep/change";
 * import { nl } from "beroepsgroep/nl";
 *
 * const scenario = nl.scenarios.coordination;
 * const change: Change = { type: "revoke-mandate", id: "a-beroepsbeeld", on: "2026-03-01" };
 * applyChange(scenario, change).scenario.mandates[0]?.validUntil; // => "2026-03-01"
 * const history = createHistory(scenario).apply(change, { author: "aob" });
 * history.log[0]?.author; // => "aob"
 * history.undo().current === scenario; // => true
 * ```
 *
 * @packageDocumentation
 * @module change
 */
export * from "./change/public.js";
