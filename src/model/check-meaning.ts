import { addMonthsThenDays, FIRST_DAY, LAST_DAY, LAST_DAY_NUMBER } from "./calendar.js";
import { checkRegionTree, checkThemeTree } from "./check-trees.js";
import type { IssuePath, ScenarioIssue } from "./scenario-error.js";
import type { Period, Scenario } from "./types.js";
import { show } from "../internal/show.js";

type Kind = "sector" | "region" | "theme" | "organisation" | "source" | "agreement";

/** Collects the problems of meaning in a scenario whose shape is already valid. */
class Checker {
  readonly issues: ScenarioIssue[] = [];
  private readonly known: Record<Kind, Set<string>>;

  constructor(private readonly scenario: Scenario) {
    const model = scenario.model;
    this.known = {
      sector: new Set(scenario.sectors.map((s) => s.id)),
      region: new Set(scenario.regions.map((r) => r.id)),
      theme: new Set(scenario.themes.map((t) => t.id)),
      organisation: new Set(scenario.organisations.map((o) => o.id)),
      source: new Set((scenario.sources ?? []).map((s) => s.id)),
      agreement: new Set(model.kind === "coordination" ? [model.agreement.id] : []),
    };
  }

  add(code: string, path: IssuePath, message: string): void {
    this.issues.push({ code, path, message });
  }

  ref(kind: Kind, id: string, path: IssuePath, owner: string): void {
    if (!this.known[kind].has(id)) {
      this.add("unknown_reference", path, `${owner}: ${kind} "${id}" does not exist`);
    }
  }

  refs(kind: Kind, ids: readonly string[] | "all" | undefined, path: IssuePath, owner: string): void {
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
}

function periodIsPositive(period: Period): boolean {
  return (period.years ?? 0) + (period.months ?? 0) + (period.weeks ?? 0) + (period.days ?? 0) > 0;
}

/** True when one period, counted from the first day supported, ends by the last: no longer than the whole calendar. */
function periodFitsCalendar(period: Period): boolean {
  const months = (period.years ?? 0) * 12 + (period.months ?? 0);
  const days = (period.weeks ?? 0) * 7 + (period.days ?? 0);
  return addMonthsThenDays(FIRST_DAY, months, days) <= LAST_DAY_NUMBER;
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
    c.refs("sector", org.sectors, [...path, "sectors"], owner);
    c.refs("organisation", org.memberOf, [...path, "memberOf"], owner);
    if (org.memberOf?.includes(org.id) === true) {
      c.add("self_reference", [...path, "memberOf"], `${owner} cannot be a member of itself`);
    }
    for (const sector of Object.keys(org.members?.bySector ?? {})) {
      c.ref("sector", sector, [...path, "members", "bySector", sector], owner);
    }
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

function checkMandates(c: Checker, s: Scenario): void {
  s.mandates.forEach((mandate, i) => {
    const owner = `mandate "${mandate.id}"`;
    const path = ["mandates", i];
    c.ref("organisation", mandate.holder, [...path, "holder"], owner);
    c.refs("theme", mandate.scope.themes, [...path, "scope", "themes"], owner);
    c.refs("region", mandate.scope.regions, [...path, "scope", "regions"], owner);
    c.refs("sector", mandate.scope.sectors, [...path, "scope", "sectors"], owner);
    c.nonEmpty(mandate.scope.themes, [...path, "scope", "themes"], owner);
    c.nonEmpty(mandate.scope.sectors, [...path, "scope", "sectors"], owner);
    c.interval(mandate.validFrom, mandate.validUntil, [...path, "validUntil"], owner, "validFrom");
    const grant = mandate.grant;
    if (grant.by === "delegation") {
      c.ref("organisation", grant.from, [...path, "grant", "from"], owner);
    } else if (grant.by === "agreement" && s.model.kind === "coordination") {
      c.ref("agreement", grant.agreement, [...path, "grant", "agreement"], owner);
    }
    c.sources(mandate.sources, path, owner);
  });
}

function checkModel(c: Checker, s: Scenario): void {
  const model = s.model;
  c.sources(model.sources, ["model"], "model");
  switch (model.kind) {
    case "coordination": {
      const owner = "coordination model";
      c.refs("organisation", model.parties, ["model", "parties"], owner);
      c.unique(model.parties, ["model", "parties"], "party");
      if (model.parties.length < 2) {
        c.add("too_few_parties", ["model", "parties"], `${owner}: needs at least two parties, found ${model.parties.length}`);
      }
      c.refs("organisation", model.agreement.signatories, ["model", "agreement", "signatories"], `agreement "${model.agreement.id}"`);
      c.unique(model.agreement.signatories, ["model", "agreement", "signatories"], "signatory");
      c.interval(model.agreement.signedOn, model.agreement.validUntil, ["model", "agreement", "validUntil"], `agreement "${model.agreement.id}"`, "signedOn");
      break;
    }
    case "oc2": {
      const owner = `OC 2.0 body "${model.body}"`;
      c.ref("organisation", model.body, ["model", "body"], "OC 2.0 model");
      const seats = model.board?.seats ?? [];
      seats.forEach((seat, i) => {
        c.ref("organisation", seat.organisation, ["model", "board", "seats", i, "organisation"], owner);
      });
      c.unique(seats.map((seat) => seat.organisation), ["model", "board", "seats"], "board seat holder");
      const chapters = model.chapters ?? [];
      chapters.forEach((chapter, i) => {
        c.ref("region", chapter.region, ["model", "chapters", i, "region"], owner);
        c.ref("organisation", chapter.organisation, ["model", "chapters", i, "organisation"], owner);
      });
      c.unique(chapters.map((chapter) => chapter.region), ["model", "chapters"], "chapter region");
      break;
    }
    case "alternative": {
      c.unique(model.rules, ["model", "rules"], "rule");
      model.rules.forEach((rule, i) => {
        const owner = `rule "${rule.id}"`;
        const path = ["model", "rules", i];
        const when = rule.when;
        if (when !== undefined) {
          c.refs("theme", when.themes, [...path, "when", "themes"], owner);
          c.refs("region", when.regions, [...path, "when", "regions"], owner);
          c.refs("sector", when.sectors, [...path, "when", "sectors"], owner);
          c.nonEmpty(when.themes, [...path, "when", "themes"], owner);
          c.nonEmpty(when.regions, [...path, "when", "regions"], owner);
          c.nonEmpty(when.sectors, [...path, "when", "sectors"], owner);
        }
        const then = rule.then;
        const at = [...path, "then"];
        if ("assign" in then) {
          c.ref("organisation", then.assign.lead, [...at, "assign", "lead"], owner);
          c.refs("organisation", then.assign.members, [...at, "assign", "members"], owner);
        } else if ("largestMembership" in then) {
          c.refs("organisation", then.largestMembership.among, [...at, "largestMembership", "among"], owner);
          c.nonEmpty(then.largestMembership.among, [...at, "largestMembership", "among"], owner);
        } else if ("rotate" in then) {
          c.refs("organisation", then.rotate.among, [...at, "rotate", "among"], owner);
          if (!periodIsPositive(then.rotate.every)) {
            c.add("invalid_period", [...at, "rotate", "every"], `${owner}: a rotation period must be longer than zero`);
          } else if (!periodFitsCalendar(then.rotate.every)) {
            c.add(
              "invalid_period",
              [...at, "rotate", "every"],
              `${owner}: a rotation period of ${show(then.rotate.every)} is longer than the whole calendar supported, ${FIRST_DAY} to ${LAST_DAY}`,
            );
          }
        }
      });
      break;
    }
  }
}

/** Every problem of meaning in a shape-valid scenario: references, trees, dates and counts. */
export function checkMeaning(scenario: Scenario): ScenarioIssue[] {
  const c = new Checker(scenario);
  checkStructure(c, scenario);
  checkOrganisations(c, scenario);
  checkMandates(c, scenario);
  checkModel(c, scenario);
  return c.issues;
}
