/**
 * The public readers of facts that change over time: each takes the day as `YYYY-MM-DD`
 * or a `Date` and checks it; inside the library the same readers take a checked day.
 * @module
 */
import { valueOn as valueOnDay, type Dated } from "./dated.js";
import { toIsoDate } from "./dates.js";
import { membersOn as membersOnDay, sectorsOn as sectorsOnDay } from "./organisation-facts.js";
import type { IsoDate, Members, Organisation } from "./types.js";

/**
 * The value of a dated list (periods `[from, until)`, sorted, not overlapping, as a parsed
 * scenario holds them) on a day, or undefined when no period contains the day.
 * @throws Error starting `valueOn:` for a malformed day
 * @example
 * ```ts
 * const register = [
 *   { from: "2012-01-01", until: "2017-08-01", value: { mandatoryRegister: false } },
 *   { from: "2017-08-01", value: { mandatoryRegister: true } },
 * ];
 * valueOn(register, "2015-06-01"); // => { mandatoryRegister: false }
 * valueOn(register, "2011-06-01"); // => undefined
 * ```
 * @category Model
 */
export function valueOn<T>(dated: Dated<T>, on: IsoDate | Date): T | undefined {
  return valueOnDay(dated, toIsoDate(on, "valueOn"));
}

/**
 * The membership figure of an organisation in force on a day. One figure (the first
 * edition's shape) holds on every day; in a series the latest figure whose `asOf` is on
 * or before the day holds, and before the first the membership is unknown (undefined).
 * @throws Error starting `membersOn:` for a malformed day
 * @example
 * ```ts
 * const org = { members: [{ total: 2_000, asOf: "2020-06-01" }, { total: 3_500, asOf: "2022-01-01" }] };
 * membersOn(org, "2021-01-01")?.total; // => 2000
 * membersOn(org, "2020-01-01"); // => undefined
 * ```
 * @category Model
 */
export function membersOn(organisation: Pick<Organisation, "members">, on: IsoDate | Date): Members | undefined {
  return membersOnDay(organisation, toIsoDate(on, "membersOn"));
}

/**
 * The sectors an organisation serves on a day: its list, or the dated list in force then
 * (none on a day outside its periods).
 * @throws Error starting `sectorsOn:` for a malformed day
 * @example
 * ```ts
 * sectorsOn({ sectors: [{ from: "2020-01-01", value: ["vo", "mbo"] }] }, "2021-01-01"); // => ["vo", "mbo"]
 * sectorsOn({ sectors: ["vo"] }, "1990-01-01"); // => ["vo"]
 * ```
 * @category Model
 */
export function sectorsOn(organisation: Pick<Organisation, "sectors">, on: IsoDate | Date): readonly string[] {
  return sectorsOnDay(organisation, toIsoDate(on, "sectorsOn"));
}
