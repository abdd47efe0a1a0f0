import { checkFunding } from "./check-funding.js";
import { checkMembership as checkTeachersAndOverlaps } from "./check-membership.js";
import { checkRegionTree, checkThemeTree } from "./check-trees.js";
import type { IssuePath, ScenarioIssue } from "./scenario-error.js";
import { type Dated, isDated } from "./dated.js";
import type { Members, Membership, Scenario } from "./types.js";

/** What a reference can name. */
export type ReferenceKind = "sector" | "region" | "theme" | "organisation" | "source" | "agreement";

/**
 * The checks a governance model's own meaning checks are written with: each records an
 * issue with a path into the document and a message naming the owner.
 */
export interface MeaningCheck {
  /** Records an issue. */
  add(code: string, path: IssuePath, message: string): void;
  /** An `unknown_reference` issue unless `id` names an existing thing of the kind. */
  ref(kind: ReferenceKind, id: string, path: IssuePath, owner: string): void;
  /** {@link MeaningCheck.ref} for each id of a list; `"all"` and a missing list pass. */
  refs(kind: ReferenceKind, ids: readonly string[] | "all" | undefined, path: IssuePath, owner: string): void;
  /** A `duplicate_id` issue for each id listed twice. */
  unique(list: readonly { id: string }[] | readonly string[], path: IssuePath, what: string): void;
  /** An issue when a list is present but empty. */
  nonEmpty(ids: readonly string[] | "all" | undefined, path: IssuePath, owner: string): void;
  /** An `invalid_interval` issue when `until` is not after `from`. */
  interval(from: string | undefined, until: string | undefined, path: IssuePath, owner: string, fromName: string): void;
  /** References to the scenario's sources. */
  sources(ids: readonly string[] | undefined, path: IssuePath, owner: string): void;
  /**
   * When `field` is a dated list (see `model/dated.ts`): an issue when it is empty, when a
   * period does not end after it starts, or when periods are out of order or overlap.
   * `each` checks each period's value at its path; a plain value is passed to it as is. Set
   * `plainIsList` when the plain value is itself a list, so that an empty list is that value.
   */
  dated<T>(field: T | Dated<T> | undefined, path: IssuePath, owner: string, each: (value: T, path: IssuePath) => void, plainIsList?: boolean): void;
  /**
   * A party named by one organisation (`one`) or a coalition (`several`, with an optional
   * `spokesperson`): exactly one of the two, every id known, the coalition's ids distinct and
   * its spokesperson one of them. `names` are the document's field names, for the messages.
   */
  party(party: PartyFields, path: IssuePath, owner: string, names: PartyFieldNames): void;
}

/** How a document names a party: one organisation or a coalition with an optional spokesperson. */
export interface PartyFields {
  readonly one: string | undefined;
  readonly several: readonly string[] | undefined;
  readonly spokesperson: string | undefined;
}

/** The field names of a party in the document, e.g. `holder` and `holders`. */
export interface PartyFieldNames {
  readonly one: string;
  readonly several: string;
}

/**
 * What the meaning checks need from the scenario's governance model; each model's
 * rules (see `governance/model-rules.ts`) provide it, so that this layer never looks at
 * the model's kind.
 */
export interface ModelMeaning<M> {
  /** The agreements mandates may name in `grant.agreement`, or undefined when the model does not check such references. */
  agreements(model: M): readonly string[] | undefined;
  /** The model's own checks: its references, lists and dates. */
  checkMeaning(model: M, check: MeaningCheck): void;
}

/** Collects the problems of meaning in a scenario whose shape is already valid. */
class Checker implements MeaningCheck {
  readonly issues: ScenarioIssue[] = [];
  private readonly known: Record<ReferenceKind, Set<string>>;
  readonly checksAgreements: boolean;

  constructor(scenario: Scenario, meaning: ModelMeaning<Scenario["model"]>) {
    const agreements = meaning.agreements(scenario.model);
    this.checksAgreements = agreements !== undefined;
    this.known = {
      sector: new Set(scenario.sectors.map((s) => s.id)),
      region: new Set(scenario.regions.map((r) => r.id)),
      theme: new Set(scenario.themes.map((t) => t.id)),
      organisation: new Set(scenario.organisations.map((o) => o.id)),
      source: new Set((scenario.sources ?? []).map((s) => s.id)),
      agreement: new Set(agreements ?? []),
    };
  }

  add(code: string, path: IssuePath, message: string): void {
    this.issues.push({ code, path, message });
  }

  ref(kind: ReferenceKind, id: string, path: IssuePath, owner: string): void {
    if (!this.known[kind].has(id)) {
      this.add("unknown_reference", path, `${owner}: ${kind} "${id}" does not exist`);
    }
  }

  refs(kind: ReferenceKind, ids: readonly string[] | "all" | undefined, path: IssuePath, owner: string): void {
    if (ids === undefined || ids === "all") return;
    ids.forEach((id, i) => {
      this.ref(kind, id, [...path, i], owner);
    });
  }

  unique(list: readonly { id: string }[] | readonly string[], path: IssuePath, what: string): void {
    const seen = new Set<string>();
    list.forEach((item, index) => {
      const id = typeof item === "string" ? item : item.id;
      if (seen.has(id)) {
        this.add("duplicate_id", typeof item === "string" ? [...path, index] : [...path, index, "id"], `${what} "${id}" appears more than once`);
      }
      seen.add(id);
    });
  }

  nonEmpty(ids: readonly string[] | "all" | undefined, path: IssuePath, owner: string): void {
    if (Array.isArray(ids) && ids.length === 0) {
      this.add("empty_list", path, `${owner}: an empty list matches nothing; leave it out (or write "all") to match everything`);
    }
  }

  interval(from: string | undefined, until: string | undefined, path: IssuePath, owner: string, fromName: string): void {
    if (from !== undefined && until !== undefined && until <= from) {
      this.add("invalid_interval", path, `${owner}: ${until} must be after ${fromName} ${from}`);
    }
  }

  sources(ids: readonly string[] | undefined, path: IssuePath, owner: string): void {
    this.refs("source", ids, [...path, "sources"], owner);
  }

  party({ one, several, spokesperson }: PartyFields, path: IssuePath, owner: string, names: PartyFieldNames): void {
    if (one !== undefined && several !== undefined) {
      this.add("one_and_several", [...path, names.several], `${owner}: give either "${names.one}" (one organisation) or "${names.several}" (a coalition), not both`);
    } else if (one === undefined && several === undefined) {
      this.add("missing_field", [...path, names.one], `${owner}: needs "${names.one}" (one organisation) or "${names.several}" (a coalition of two or more)`);
    }
    if (one !== undefined) this.ref("organisation", one, [...path, names.one], owner);
    if (several !== undefined) {
      this.refs("organisation", several, [...path, names.several], owner);
      this.unique(several, [...path, names.several], `${owner}: coalition member`);
    }
    if (spokesperson === undefined) return;
    if (several === undefined) {
      this.add("spokesperson_without_coalition", [...path, "spokesperson"], `${owner}: a spokesperson needs a coalition in "${names.several}"`);
    } else if (!several.includes(spokesperson)) {
      this.add("spokesperson_not_in_coalition", [...path, "spokesperson"], `${owner}: spokesperson "${spokesperson}" is not one of ${names.several} ${several.map((id) => `"${id}"`).join(", ")}`);
    }
  }

  dated<T>(field: T | Dated<T> | undefined, path: IssuePath, owner: string, each: (value: T, path: IssuePath) => void, plainIsList = false): void {
    if (field === undefined) return;
    if (Array.isArray(field) && field.length === 0 && !plainIsList) {
      this.add("empty_list", path, `${owner}: a dated value needs at least one period; leave the field out when nothing is known`);
      return;
    }
    if (!isDated(field)) {
      each(field, path);
      return;
    }
    field.forEach((period, i) => {
      const at = [...path, i];
      this.interval(period.from, period.until, [...at, "until"], owner, "from");
      const before = i === 0 ? undefined : field[i - 1];
      if (before !== undefined) {
        if (period.from < before.from) {
          this.add("unsorted_periods", [...at, "from"], `${owner}: periods must be sorted by "from"; ${period.from} comes after ${before.from}`);
        } else if (before.until === undefined || period.from < before.until) {
          const end = before.until === undefined ? "open-ended" : `until ${before.until}`;
          this.add("overlapping_periods", [...at, "from"], `${owner}: the period from ${period.from} overlaps the one before it (from ${before.from}, ${end})`);
        }
      }
      each(period.value, [...at, "value"]);
    });
  }
}

function checkStructure(c: Checker, s: Scenario): void {
  c.unique(s.sources ?? [], ["sources"], "source");
  c.unique(s.sectors, ["sectors"], "sector");
  c.unique(s.regions, ["regions"], "region");
  c.unique(s.themes, ["themes"], "theme");
  c.unique(s.organisations, ["organisations"], "organisation");
  c.unique(s.mandates, ["mandates"], "mandate");
  s.sectors.forEach((sector, i) => {
    c.sources(sector.sources, ["sectors", i], `sector "${sector.id}"`);
  });
  s.regions.forEach((region, i) => {
    const owner = `region "${region.id}"`;
    if (region.parent !== undefined) c.ref("region", region.parent, ["regions", i, "parent"], owner);
    c.sources(region.sources, ["regions", i], owner);
  });
  s.themes.forEach((theme, i) => {
    const owner = `theme "${theme.id}"`;
    if (theme.parent !== undefined) c.ref("theme", theme.parent, ["themes", i, "parent"], owner);
    c.sources(theme.sources, ["themes", i], owner);
  });
  for (const issue of checkRegionTree(s.regions)) c.issues.push(issue);
  for (const issue of checkThemeTree(s.themes)) c.issues.push(issue);
}

function checkOrganisations(c: Checker, s: Scenario): void {
  s.organisations.forEach((org, i) => {
    const owner = `organisation "${org.id}"`;
    const path = ["organisations", i];
    c.dated(org.sectors, [...path, "sectors"], owner, (sectors, at) => {
      c.refs("sector", sectors, at, owner);
    }, true);
    c.refs("organisation", org.memberOf, [...path, "memberOf"], owner);
    if (org.memberOf?.includes(org.id) === true) {
      c.add("self_reference", [...path, "memberOf"], `${owner} cannot be a member of itself`);
    }
    checkMembership(c, org.members, [...path, "members"], owner);
    c.interval(org.founded, org.dissolved, [...path, "dissolved"], owner, "founded");
    c.sources(org.sources, path, owner);
  });
  if (s.population !== undefined) {
    for (const sector of Object.keys(s.population.bySector ?? {})) {
      c.ref("sector", sector, ["population", "bySector", sector], "population");
    }
    c.sources(s.population.sources, ["population"], "population");
  }
}

const HOLDER_FIELDS: PartyFieldNames = { one: "holder", several: "holders" };

/** A membership figure's sector and source references; in a series, figures sorted by `asOf` with no day twice. */
function checkMembership(c: Checker, members: Membership | undefined, path: IssuePath, owner: string): void {
  if (members === undefined) return;
  const figure = (m: Members, at: IssuePath): void => {
    for (const sector of Object.keys(m.bySector ?? {})) c.ref("sector", sector, [...at, "bySector", sector], owner);
    if (m.source !== undefined) c.ref("source", m.source, [...at, "source"], owner);
  };
  if (!Array.isArray(members)) {
    figure(members as Members, path);
    return;
  }
  const series: readonly Members[] = members;
  if (series.length === 0) c.add("empty_list", path, `${owner}: a series of membership figures needs at least one figure; leave "members" out when none is known`);
  series.forEach((m, i) => {
    const before = series[i - 1];
    if (before !== undefined && m.asOf < before.asOf) {
      c.add("unsorted_periods", [...path, i, "asOf"], `${owner}: membership figures must be sorted by "asOf"; ${m.asOf} comes after ${before.asOf}`);
    } else if (before !== undefined && m.asOf === before.asOf) {
      c.add("duplicate_date", [...path, i, "asOf"], `${owner}: two membership figures are dated ${m.asOf}; keep one`);
    }
    figure(m, [...path, i]);
  });
}

function checkMandates(c: Checker, s: Scenario): void {
  s.mandates.forEach((mandate, i) => {
    const owner = `mandate "${mandate.id}"`;
    const path = ["mandates", i];
    c.party({ one: mandate.holder, several: mandate.holders, spokesperson: mandate.spokesperson }, path, owner, HOLDER_FIELDS);
    c.refs("theme", mandate.scope.themes, [...path, "scope", "themes"], owner);
    c.refs("region", mandate.scope.regions, [...path, "scope", "regions"], owner);
    c.refs("sector", mandate.scope.sectors, [...path, "scope", "sectors"], owner);
    c.nonEmpty(mandate.scope.themes, [...path, "scope", "themes"], owner);
    c.nonEmpty(mandate.scope.sectors, [...path, "scope", "sectors"], owner);
    c.interval(mandate.validFrom, mandate.validUntil, [...path, "validUntil"], owner, "validFrom");
    const grant = mandate.grant;
    if (grant.by === "delegation") {
      c.ref("organisation", grant.from, [...path, "grant", "from"], owner);
    } else if (grant.by === "agreement" && c.checksAgreements) {
      c.ref("agreement", grant.agreement, [...path, "grant", "agreement"], owner);
    }
    c.sources(mandate.sources, path, owner);
  });
}

function checkModel(c: Checker, s: Scenario, meaning: ModelMeaning<Scenario["model"]>): void {
  c.sources(s.model.sources, ["model"], "model");
  meaning.checkMeaning(s.model, c);
}

/** Every problem of meaning in a shape-valid scenario: references, trees, dates and counts. */
export function checkMeaning(scenario: Scenario, meaning: ModelMeaning<Scenario["model"]>): ScenarioIssue[] {
  const c = new Checker(scenario, meaning);
  checkStructure(c, scenario);
  checkOrganisations(c, scenario);
  checkMandates(c, scenario);
  checkFunding(scenario.funding, c);
  checkTeachersAndOverlaps(scenario, c);
  checkModel(c, scenario, meaning);
  return c.issues;
}
