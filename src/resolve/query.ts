import type { Cell } from "../governance/claim.js";
import { checkArgument, dayArgument, queryObject } from "../model/argument-schemas.js";
import type { ScenarioIndex } from "../model/scenario-index.js";
import type { IsoDate } from "../model/types.js";
import { show } from "../internal/show.js";

/** A question about one cell; `on` is a `YYYY-MM-DD` string or a `Date` (read as its local calendar day). @category Resolution */
export interface CellQuery {
  readonly theme: string;
  readonly region: string;
  /** Leave out (or pass null) to ask for the profession as a whole. */
  readonly sector?: string | null;
  readonly on: IsoDate | Date;
}

/** The shape of a {@link CellQuery}: an object with a day; its ids are looked up in the scenario afterwards, whatever they are. */
const cellQuerySchema = queryObject({ on: dayArgument() }, "{ theme, region, sector?, on }");

/** Checks a query against the scenario and returns the cell it asks about. */
export function cellOf(index: ScenarioIndex, query: CellQuery, fn: string): Cell {
  // Callers from plain JavaScript may pass anything: the shape is checked first, then the ids against the scenario.
  const { on } = checkArgument(cellQuerySchema, query, fn);
  const { theme, region } = query;
  const sector = query.sector ?? null;
  if (!index.hasTheme(theme)) throw new Error(`${fn}: unknown theme ${show(theme)}`);
  if (!index.hasRegion(region)) throw new Error(`${fn}: unknown region ${show(region)}`);
  if (sector !== null && !index.scenario.sectors.some((s) => s.id === sector)) {
    throw new Error(`${fn}: unknown sector ${show(sector)}`);
  }
  return { theme, region, sector, on };
}
