import { trustedScenario } from "../model/trusted-scenario.js";
import { indexOf } from "../model/scenario-index.js";
import type { Scenario } from "../model/types.js";
import type { ChangePoint, ChangeEvent } from "./change-point.js";
import { type DateRange, readDateRange } from "./date-range.js";
import { eventsIn } from "./scenario-events.js";

/**
 * Lists the days in a period on which some answer can change, each with what
 * happens on it: mandates starting or lapsing, organisations founded or dissolved,
 * the agreement signed or ended, the OC 2.0 body established, a rotating chair
 * starting or turning over, a new membership figure that changes who is largest
 * where a largest-membership claim decides, the sectors an organisation serves
 * changing where that changes who is eligible. Between two change points every
 * answer stays the same, and so does its basis, except the figure a
 * largest-membership step records: a new figure that leaves the order as it was
 * is not a change point. An OC 2.0 body's funding plays no part in who
 * represents, so it makes no change point.
 * Events that cannot change any answer under the model in force (a mandate the
 * model never counts, an organisation that holds nothing) are left out.
 *
 * @param scenario - a scenario made by the library
 *   ({@link parseScenario}, {@link safeParseScenario}, `applyChange` or a history)
 * @param range - the period `[from, until)`; each bound is `YYYY-MM-DD` or a `Date`
 * @returns the change points in the period, sorted by day; a change on `from` itself is included
 * @throws {@link ScenarioError} (context `changePoints`, one issue with code `not_parsed`) when `scenario` was not
 *   made by the library; it is refused, never checked, copied, frozen or kept
 * @throws Error starting `changePoints:` for a malformed date or an empty period
 * @example
 * ```ts
 * changePoints(scenario, { from: "2024-06-01", until: "2025-06-01" }).map((point) => point.on);
 * // => ["2025-01-01"]
 * ```
 * @category Time
 */
export function changePoints(scenario: Scenario, range: DateRange): ChangePoint[] {
  const trusted = trustedScenario(scenario, "changePoints");
  const { from, until } = readDateRange(range, "changePoints");
  const points: ChangePoint[] = [];
  let events: ChangeEvent[] = [];
  for (const timed of eventsIn(indexOf(trusted), from, until)) {
    const last = points[points.length - 1];
    if (last?.on === timed.on) {
      events.push(timed.event);
    } else {
      events = [timed.event];
      points.push({ on: timed.on, events });
    }
  }
  return points;
}
