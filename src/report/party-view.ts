import { joinNames } from "../internal/join-names.js";
import type { Labels } from "../locale/labels.js";
import type { Representation } from "../resolve/representation.js";
import type { Namer } from "./display-names.js";

/** Marks a coalition's spokesperson after its short name, in every format. */
export const SPOKESPERSON_MARK = "*";

/** Joins a coalition's short names in a cell, and its ids in its colour key. */
export const COALITION_JOIN = " + ";

/**
 * One party a picture shows: one organisation, or a coalition that leads or contends as one.
 * A coalition is one colour and one label, never a contest.
 */
export interface Party {
  /**
   * What the party is grouped, looked up and listed by inside a picture: unambiguous whatever
   * its ids hold (see {@link partyKey}), so an organisation whose id reads "a + b" and the
   * coalition of "a" and "b" stay two parties. Never shown.
   */
  readonly key: string;
  /**
   * The key users colour the party by (the `colours` option) and the legend's
   * `data-organisation`: its one id, or its ids joined with {@link COALITION_JOIN}.
   * Several parties may share it; {@link coloursFor} says who wins.
   */
  readonly colourKey: string;
  /** Its organisations: one, or a coalition's (a leading one's spokesperson first, as the cell lists them). */
  readonly ids: readonly string[];
  /** A coalition's spokesperson, when it has one; null for one organisation. */
  readonly spokesperson: string | null;
}

/**
 * A party's internal key: "1:" and the id for one organisation, the JSON list of the ids for a
 * coalition. The two forms never meet (a JSON list starts with "["), and each keeps its ids
 * apart whatever characters they hold.
 */
export function partyKey(ids: readonly string[]): string {
  // One organisation, by far the most common party, is keyed without JSON.
  return ids.length === 1 ? `1:${ids[0] ?? ""}` : JSON.stringify(ids);
}

/** The party of one organisation, or of a coalition with its spokesperson. */
export function partyOf(ids: readonly string[], spokesperson: string | null = null): Party {
  const id = ids[0] ?? "";
  if (ids.length === 1) return { key: partyKey(ids), colourKey: id, ids, spokesperson: null };
  return { key: partyKey(ids), colourKey: ids.join(COALITION_JOIN), ids, spokesperson };
}

/** The party that leads a represented cell (a coalition's spokesperson is its `lead`); undefined otherwise. */
export function leadingParty(cell: Pick<Representation, "status" | "lead" | "leads">): Party | undefined {
  if (cell.status !== "represented" || cell.leads.length === 0) return undefined;
  return partyOf(cell.leads, cell.lead);
}

/** The contending parties of a contested cell, each one organisation or a coalition; empty otherwise. */
export function contendingPartiesOf(cell: Pick<Representation, "contendingParties">): Party[] {
  return cell.contendingParties.map((ids) => partyOf(ids));
}

type Answered = Pick<Representation, "status" | "lead" | "leads" | "contendingParties">;

/** Adds the parties one answer names, leading or contending, to `out` by key. */
export function addParties(out: Map<string, Party>, cell: Answered): void {
  const lead = leadingParty(cell);
  if (lead !== undefined && !out.has(lead.key)) out.set(lead.key, lead);
  for (const ids of cell.contendingParties) {
    const party = partyOf(ids);
    if (!out.has(party.key)) out.set(party.key, party);
  }
}

/** Every party a set of answers names, leading or contending, by key. */
export function partiesIn(cells: Iterable<Answered>): Map<string, Party> {
  const out = new Map<string, Party>();
  for (const cell of cells) addParties(out, cell);
  return out;
}

/** A party's short label: the organisation's short name, or a coalition's joined, its spokesperson marked. */
export function partyShort(party: Party, names: Namer): string {
  if (party.ids.length === 1) return names.organisation(party.ids[0] ?? "");
  return party.ids.map((id) => `${names.organisation(id)}${id === party.spokesperson ? SPOKESPERSON_MARK : ""}`).join(COALITION_JOIN);
}

/** A party's full name: the organisation's, or a coalition's names joined, with its spokesperson. */
export function partyFull(party: Party, names: Namer, labels: Labels): string {
  if (party.ids.length === 1) return names.organisationName(party.ids[0] ?? "");
  const spokesperson = party.spokesperson === null ? null : names.organisationName(party.spokesperson);
  return labels.coalition(joinNames(party.ids.map((id) => names.organisationName(id)), labels.and), spokesperson);
}

/** The sentence for a cell a party leads: "led by ..." or "jointly led by ... (spokesperson ...)". */
export function ledByParty(party: Party, names: Namer, labels: Labels): string {
  if (party.ids.length === 1) return labels.ledBy(names.organisationName(party.ids[0] ?? ""));
  const spokesperson = party.spokesperson === null ? null : names.organisationName(party.spokesperson);
  return labels.jointlyLedBy(joinNames(party.ids.map((id) => names.organisationName(id)), labels.and), spokesperson);
}
