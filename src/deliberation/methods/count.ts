import type { Lot } from "../lot.js";
import type { Profile } from "../profile.js";
import type { Settings } from "../tally-options.js";
import type { TallyResult, TieBreak } from "../tally-result.js";

/** What every method receives: the grouped ballots, the settings, the lot if one was asked for, and a list for the ties the lot breaks. */
export interface Count {
  readonly profile: Profile;
  readonly settings: Settings;
  readonly lot: Lot | undefined;
  readonly breaks: TieBreak[];
}

/** What a method returns before the ranking's remaining ties meet the lot: the ranking, and the details of the result its method fills. */
export interface Counted extends Pick<TallyResult, "rounds" | "pairwise" | "totals" | "strongestPaths" | "pairs" | "merits" | "quota"> {
  /** Every candidate position, best first, ties grouped. */
  readonly ranking: readonly (readonly number[])[];
  /** Set when the count itself decides the winners (multi-round methods); otherwise they follow from the ranking. */
  readonly decided?: { readonly winners: readonly number[]; readonly tie: boolean };
}
