/**
 * `beroepsgroep/council`: the teachers' council. `tally` counts ballots by one of eleven
 * methods with every round shown, `apportion` allocates seats in proportion to weights,
 * `deliberate` runs a council with its support requirements, `lotOrder` draws the seeded
 * lot that breaks ties, and `renderTally` draws a count as Markdown, HTML or SVG.
 *
 * It is an entry of its own so that an app that only asks who represents the profession
 * (`beroepsgroep`) does not ship the counting methods; docs/api-surface.md says why.
 * `renderTally` is the one picture kept here, with the count it draws; the options it
 * shares with the other pictures (`RenderOptions`, `RenderFormat`, `DisplayNames`,
 * `displayNames`) are in `beroepsgroep/report`.
 *
 * @example
 * ```ts
 * import { renderTally, tally } from "beroepsgroep/council";
 *
 * const result = tally({ candidates: ["oc2", "coordination"], ballots: [{ ranking: ["oc2"], count: 3 }, { ranking: ["coordination"] }] }, { method: "plurality" });
 * result.winners; // => ["oc2"]
 * renderTally(result, { format: "markdown" }).split("\n")[0]; // => "## Count by plurality"
 * ```
 *
 * @packageDocumentation
 * @module council
 */
export * from "./deliberation/public.js";
export { renderTally } from "./report/render-tally.js";
