import { fieldOn, isDated } from "./dated.js";
import type { IsoDate, Members, Organisation } from "./types.js";

/**
 * The membership figure in force on a day. One figure (the first edition's shape) holds
 * on every day, whatever its `asOf`; in a series, the latest figure whose `asOf` is on or
 * before the day holds, and before the first figure the membership is unknown.
 * @returns the figure, or undefined when the membership is unknown on the day
 * @example
 * ```ts
 * const lc = {
 *   id: "lc", name: "Lerarencollectief", kind: "learning-community", sectors: [],
 *   members: [{ total: 2_000, asOf: "2020-06-01" }, { total: 3_500, asOf: "2022-01-01" }],
 * } as const;
 * membersOn(lc, "2021-01-01")?.total; // => 2000
 * membersOn(lc, "2020-01-01"); // => undefined
 * ```
 * @category Model
 */
export function membersOn(organisation: Pick<Organisation, "members">, on: IsoDate): Members | undefined {
  const members = organisation.members;
  if (members === undefined) return undefined;
  if (!isSeries(members)) return members;
  // The series is sorted by `asOf` (parseScenario checks it): the last one on or before the day.
  let low = 0;
  let high = members.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((members[middle] as Members).asOf <= on) low = middle + 1;
    else high = middle;
  }
  return members[low - 1];
}

function isSeries(members: Members | readonly Members[]): members is readonly Members[] {
  return Array.isArray(members);
}

/** The days on which a series of membership figures gives a new figure, in order; none for a single figure. */
export function membershipDays(organisation: Pick<Organisation, "members">): IsoDate[] {
  const members = organisation.members;
  return members === undefined || !isSeries(members) ? [] : members.map((m) => m.asOf);
}

const NO_SECTORS: readonly string[] = Object.freeze([]);

/**
 * The sectors an organisation serves on a day: its list, or the dated list in force then
 * (none outside its periods). Without a day, the list in force at the latest change.
 * @example
 * ```ts
 * const org = { sectors: [{ from: "2000-01-01", until: "2020-01-01", value: ["vo"] }, { from: "2020-01-01", value: ["vo", "mbo"] }] };
 * sectorsOn(org, "2010-01-01"); // => ["vo"]
 * sectorsOn(org, "1999-01-01"); // => []
 * ```
 * @category Model
 */
export function sectorsOn(organisation: Pick<Organisation, "sectors">, on: IsoDate | undefined): readonly string[] {
  return fieldOn<readonly string[]>(organisation.sectors, on) ?? NO_SECTORS;
}

/** Every sector an organisation serves on some day, in the order first listed. */
export function sectorsEver(organisation: Pick<Organisation, "sectors">): readonly string[] {
  const sectors = organisation.sectors;
  if (!isDated<readonly string[]>(sectors)) return sectors;
  return [...new Set(sectors.flatMap((period) => period.value))];
}

/** The days on which the sectors an organisation serves change, sorted; none for a plain list. */
export function sectorDays(organisation: Pick<Organisation, "sectors">): IsoDate[] {
  const sectors = organisation.sectors;
  if (!isDated<readonly string[]>(sectors)) return [];
  const days = new Set<IsoDate>();
  for (const period of sectors) {
    days.add(period.from);
    if (period.until !== undefined) days.add(period.until);
  }
  return [...days].sort();
}
