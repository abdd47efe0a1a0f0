/**
 * `beroepsgroep/report`: the pictures. `renderMatrix` draws who represents the profession
 * on each cell, `renderComparison` sets scenarios side by side, `renderStructure` draws a
 * governance model's bodies and mandates, and `renderTimeline` draws who represented the
 * profession over time, each as Markdown, HTML, SVG or (the structure) Mermaid, in every
 * loaded language. `displayNames` takes the labels a picture shows instead of ids, and
 * `organisationColours` and `OKABE_ITO` its colours.
 *
 * It is an entry of its own so that an app that only asks who represents the profession
 * (`beroepsgroep`) does not ship the Markdown, HTML, SVG and Mermaid writers;
 * docs/api-surface.md says why. The picture of a count, `renderTally`, lives with the
 * count in `beroepsgroep/council` and takes the same {@link RenderOptions}.
 *
 * @example
 * ```ts
 * import { representationMatrix } from "beroepsgroep";
 * import { nl } from "beroepsgroep/nl";
 * import { displayNames, renderMatrix } from "beroepsgroep/report";
 *
 * const scenario = nl.scenarios.coordination;
 * const matrix = representationMatrix(scenario, { on: "2025-06-01" });
 * const svg = renderMatrix(matrix, { format: "svg", names: displayNames(scenario) });
 * svg.startsWith("<svg"); // => true
 * ```
 *
 * @packageDocumentation
 * @module report
 */
export * from "./report/public.js";
