import type { IsoDate } from "../model/types.js";

/**
 * Something that happens on a day and can change an answer.
 * @category Time
 */
export type ChangeEvent =
  /** A mandate comes into force (`validFrom`) or lapses (`validUntil`). */
  | {
      readonly kind: "mandate-starts" | "mandate-ends";
      readonly mandate: string;
      /** The one holder; null when a coalition holds the mandate. */
      readonly holder: string | null;
      /** A coalition's holders, as the mandate lists them. */
      readonly holders?: readonly string[];
    }
  /** An organisation is founded or dissolved. */
  | { readonly kind: "organisation-founded" | "organisation-dissolved"; readonly organisation: string }
  /** The coordination agreement comes into force (signed by every party) or ends. */
  | { readonly kind: "agreement-signed" | "agreement-ends"; readonly agreement: string }
  /** A new membership figure of the organisation changes who is largest (the cells a largest-membership claim decides). */
  | { readonly kind: "membership-figure"; readonly organisation: string }
  /** The sectors the organisation serves change, and with them where it can be a candidate for the largest membership. */
  | { readonly kind: "sectors-change"; readonly organisation: string }
  /** The OC 2.0 body is established. */
  | { readonly kind: "body-established"; readonly body: string }
  /** A rotating chair starts, or passes to the next organisation after a whole period. */
  | { readonly kind: "rotation-starts" | "rotation-turns"; readonly rule: string; readonly turn: number; readonly chair: string };

/**
 * A day on which answers can change, with everything that happens on it.
 * @category Time
 */
export interface ChangePoint {
  readonly on: IsoDate;
  readonly events: readonly ChangeEvent[];
}
