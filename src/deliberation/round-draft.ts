import type { Profile } from "./profile.js";
import type { RoundTie, TallyRound } from "./tally-result.js";
import { recordFrom } from "../internal/own.js";

/** A round while counting, in candidate positions. */
export interface RoundDraft {
  readonly counts: readonly (readonly [number, number])[];
  readonly exhausted: number;
  readonly elected: number[];
  readonly eliminated: number[];
  readonly transfer?: { readonly kind: "surplus" | "elimination"; readonly from: readonly number[]; readonly factors?: readonly number[] };
  tie?: { readonly among: readonly number[]; readonly resolvedBy: RoundTie["resolvedBy"] };
}

/** The published form of a round. */
export function publishRound(profile: Profile, draft: RoundDraft, index: number): TallyRound {
  const id = (c: number): string => profile.candidates[c] as string;
  const t = draft.transfer;
  return {
    round: index + 1,
    counts: recordFrom(draft.counts.map(([c]) => id(c)), (i) => (draft.counts[i] as readonly [number, number])[1]),
    exhausted: draft.exhausted,
    elected: draft.elected.map(id),
    eliminated: draft.eliminated.map(id),
    ...(t === undefined
      ? {}
      : {
          transfer: {
            kind: t.kind,
            from: t.from.map(id),
            ...(t.factors === undefined ? {} : { factors: recordFrom(t.from.map(id), (i) => t.factors?.[i] ?? 0) }),
          },
        }),
    ...(draft.tie === undefined ? {} : { tie: { among: draft.tie.among.map(id), resolvedBy: draft.tie.resolvedBy } }),
  };
}
