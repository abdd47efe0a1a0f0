/** Anything held by one organisation or by a coalition: a mandate, or an `assign` action's lead(s). */
export interface HeldBy {
  readonly holder?: string;
  readonly holders?: readonly string[];
}

/**
 * The organisations that hold a mandate: its one `holder`, or its coalition's
 * `holders` in the document's order. Read a mandate's holders through this, never
 * through `holder` alone. Empty only for a document that names neither (which the
 * meaning checks refuse).
 */
export function holdersOf(mandate: HeldBy): readonly string[] {
  if (mandate.holders !== undefined) return mandate.holders;
  return mandate.holder === undefined ? [] : [mandate.holder];
}

/** True when one of the organisations holding the mandate is `organisation`. */
export function isHeldBy(mandate: HeldBy, organisation: string): boolean {
  return mandate.holders === undefined ? mandate.holder === organisation : mandate.holders.includes(organisation);
}

/** The organisations an alternative rule's `assign` names to lead: its `lead`, or its coalition's `leads`. */
export function leadsOf(assign: { readonly lead?: string; readonly leads?: readonly string[] }): readonly string[] {
  if (assign.leads !== undefined) return assign.leads;
  return assign.lead === undefined ? [] : [assign.lead];
}

/**
 * The same mandate held by `holders` (distinct, in order): one id makes it a single
 * holder's, two or more a coalition's. The spokesperson stays when it is still one of
 * them; a single holder has none. Every other field is kept.
 */
export function withHolders<M extends HeldBy & { readonly spokesperson?: string }>(mandate: M, holders: readonly string[], spokesperson: string | undefined): M {
  const rest: Record<string, unknown> = { ...(mandate as object) };
  delete rest["holder"];
  delete rest["holders"];
  delete rest["spokesperson"];
  if (holders.length === 1) return { ...rest, holder: holders[0] } as unknown as M;
  const kept = spokesperson !== undefined && holders.includes(spokesperson) ? { spokesperson } : {};
  return { ...rest, holders: [...holders], ...kept } as unknown as M;
}
