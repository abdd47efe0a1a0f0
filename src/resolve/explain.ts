import type { LocaleOption } from "../locale/catalogue.js";
import { catalogueFor } from "../locale/registry.js";
import { sentences } from "./explain-messages.js";
import type { Representation } from "./representation.js";

/** Options for {@link explain}. @category Resolution */
export interface ExplainOptions {
  /** `en` (default), `nl` once `beroepsgroep/locale/nl` is imported, or a {@link Catalogue} itself. */
  readonly locale?: LocaleOption;
  /** Display names by organisation id, e.g. short names; ids are shown where none is given. */
  readonly names?: Readonly<Record<string, string>>;
}

/**
 * Renders an answer and its reasons as sentences, one line each. It reads the
 * basis only; it never resolves again.
 *
 * @param representation - an answer from {@link resolve} or {@link representationMatrix}
 * @param options - the locale and optional display names
 * @throws Error starting `explain:` for an unknown locale, or `nl` when `beroepsgroep/locale/nl` was not imported
 * @returns the headline, the delegation when there is one, then one line per claim considered
 * @example
 * ```ts
 * explain(resolve(scenario, { theme: "curriculum", region: "west", sector: "vo", on: "2025-06-01" }))
 *   .split("\n")[0]; // => "curriculum in west (vo) on 2025-06-01: represented by aob."
 * ```
 * @category Resolution
 */
export function explain(representation: Representation, options: ExplainOptions = {}): string {
  const messages = sentences(catalogueFor(options.locale, "explain").explain);
  const names = options.names ?? {};
  const name = (id: string): string => (Object.hasOwn(names, id) ? (names[id] ?? id) : id);
  // Outcomes name other claims by id; the basis holds those claims, so they can be named as a reader would.
  const claims = new Map(representation.basis.map((step) => [step.claim.id, step.claim]));
  const ref = (id: string): string => {
    const claim = claims.get(id);
    return claim === undefined ? id : messages.ref(claim, name);
  };
  const context = { name, ref, on: representation.on };
  const lines = [messages.headline(representation, name)];
  if (representation.delegation.length > 0) lines.push(messages.delegation(representation.delegation.map(name)));
  for (const step of representation.basis) {
    const via = step.via === undefined ? "" : ` [${messages.via(ref(step.via))}]`;
    const dropped = step.dropped === undefined ? "" : `; ${messages.dropped(step.dropped, context)}`;
    lines.push(`- ${messages.claim(step.claim, name)}${via}: ${messages.outcome(step.outcome, context)}${dropped}.`);
  }
  return lines.join("\n");
}
