import { compareIds } from "../internal/compare-ids.js";
import type { GroupKind, GroupRef, Participant } from "./council.js";

/** A group of participants, by their positions in the council's list. */
export interface GroupSpec {
  readonly id: string;
  readonly kind: GroupKind;
  readonly key: string | null;
  readonly members: readonly number[];
}

/** The id of a group reference, as {@link GroupSpec.id} spells it. */
export function groupId(ref: GroupRef): string {
  if (typeof ref === "string") return ref;
  if ("organisation" in ref) return `organisation:${ref.organisation}`;
  if ("sector" in ref) return `sector:${ref.sector}`;
  return `region:${ref.region}`;
}

/** Everyone, organised, unorganised, then each organisation, sector and region sorted by id. */
export function groupSpecs(participants: readonly Participant[]): GroupSpec[] {
  const all = participants.map((_, i) => i);
  const organised = (p: Participant): boolean => typeof p.organisation === "string";
  const by = (kind: "organisation" | "sector" | "region"): GroupSpec[] => {
    const keys = new Map<string, number[]>();
    participants.forEach((p, i) => {
      const key = p[kind];
      if (typeof key !== "string") return;
      const list = keys.get(key);
      if (list === undefined) keys.set(key, [i]);
      else list.push(i);
    });
    return [...keys.keys()].sort(compareIds).map((key) => ({ id: `${kind}:${key}`, kind, key, members: keys.get(key) ?? [] }));
  };
  return [
    { id: "all", kind: "all", key: null, members: all },
    { id: "organised", kind: "organised", key: null, members: all.filter((i) => organised(participants[i] as Participant)) },
    { id: "unorganised", kind: "unorganised", key: null, members: all.filter((i) => !organised(participants[i] as Participant)) },
    ...by("organisation"),
    ...by("sector"),
    ...by("region"),
  ];
}
