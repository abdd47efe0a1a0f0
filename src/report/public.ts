/** Public exports of the report part; src/report-entry.ts (`beroepsgroep/report`) re-exports this list (renderTally is in src/council.ts). */
export { renderMatrix } from "./render-matrix.js";
export { displayNames, type DisplayNames } from "./display-names.js";
export { organisationColours, OKABE_ITO } from "./palette.js";
export type { RenderFormat, RenderOptions } from "./render-options.js";
export { renderStructure, type StructureOptions } from "./render-structure.js";
export { renderComparison, type ComparisonRenderOptions } from "./render-comparison.js";
export { renderTimeline, type RenderTimelineOptions } from "./render-timeline.js";
