/**
 * Stable colours for the parties the page draws. The renderers key a party by its id, or a
 * coalition by its ids joined with " + " (spokesperson first, as `leads` lists them), and
 * complete the colours the `colours` option does not name from whichever keys are missing
 * in that one render: a coalition redrawn in a one-cell matrix could then change colour.
 * The page therefore names a colour for every party key it draws, each one depending only
 * on the scenario's organisations and the key itself.
 */
import type { Representation } from "beroepsgroep";
import { organisationColours } from "beroepsgroep/report";

type Answered = Pick<Representation, "status" | "leads" | "contendingParties">;

/** The colour key of a party: its one id, or a coalition's ids joined with " + ", as the renderers key it. */
export function partyKey(ids: readonly string[]): string {
  return ids.length === 1 ? (ids[0] ?? "") : ids.join(" + ");
}

/** The party keys a set of answers names: the leading party of each represented cell and every contending party. */
export function partyKeys(cells: Iterable<Answered>): Set<string> {
  const out = new Set<string>();
  for (const cell of cells) {
    if (cell.status === "represented" && cell.leads.length > 0) out.add(partyKey(cell.leads));
    for (const party of cell.contendingParties) out.add(partyKey(party));
  }
  return out;
}

/** Gives every organisation the palette's colour for it, and every coalition a colour that depends only on its key. */
export class PartyColours {
  private organisations = "";
  private known: Record<string, string> = {};
  private ids: readonly string[] = [];

  /** The colours of the scenario's organisations and of every party the answers name. */
  for(organisations: readonly string[], cells: Iterable<Answered>): Record<string, string> {
    const sorted = [...organisations].sort();
    const signature = sorted.join("\n");
    if (signature !== this.organisations) {
      this.organisations = signature;
      this.ids = sorted;
      this.known = { ...organisationColours(sorted) };
    }
    for (const key of partyKeys(cells)) {
      if (Object.hasOwn(this.known, key)) continue;
      // The coalition's slot among the organisations alone: the same whatever else is on screen.
      const colour = organisationColours([...this.ids, key])[key];
      if (colour !== undefined) this.known[key] = colour;
    }
    return { ...this.known };
  }
}
