import { holdersOf, leadsOf } from "../model/holders.js";
import type { ModelFacts } from "../governance/model-rules.js";
import type { IsoDate, Organisation, Period, Rule, RuleAction, Scenario } from "../model/types.js";
import type { Flowchart } from "./mermaid.js";
import type { StructureWords } from "../locale/structure-words.js";
import { plainNumbers } from "../locale/format.js";
import { EXPLORATION } from "../model/schema/funding.js";

/** Adds organisation nodes on demand, one per id. */
export class OrganisationNodes {
  private readonly ids = new Map<string, string>();
  private byId: Map<string, Organisation> | undefined;

  constructor(
    private readonly chart: Flowchart,
    private readonly scenario: Scenario,
  ) {}

  /** The node of an organisation, added the first time it is asked for. */
  of(id: string, indent = "  "): string {
    let node = this.ids.get(id);
    if (node === undefined) {
      // A map built on first use, not a search of the list for each organisation.
      this.byId ??= new Map(this.scenario.organisations.map((o) => [o.id, o]));
      const org = this.byId.get(id);
      const label = org === undefined ? [id] : org.shortName === undefined || org.shortName === org.name ? [org.name] : [org.shortName, org.name];
      this.ids.set(id, (node = this.chart.node(label, "round", indent)));
    }
    return node;
  }
}

/** An agreement among parties (coordination): the parties, who signed, the agreement, its fallback. */
export function agreementStructure(chart: Flowchart, scenario: Scenario, model: NonNullable<ModelFacts["agreement"]>, w: StructureWords, orgs: OrganisationNodes): void {
  chart.group(w.parties, () => {
    for (const party of model.parties) orgs.of(party, "    ");
  });
  const a = model.agreement;
  const granted = scenario.mandates.filter((m) => m.grant.by === "agreement" && m.grant.agreement === a.id).length;
  const agreement = chart.node([w.agreement(a.id), w.signedOn(a.signedOn), ...(a.validUntil === undefined ? [] : [w.until(a.validUntil)]), w.mandatesGranted(granted)], "hexagon");
  const signed = new Set(a.signatories);
  for (const party of model.parties) chart.edge(orgs.of(party), agreement, signed.has(party) ? w.signed : w.notSigned, !signed.has(party));
  chart.edge(agreement, chart.node([w.fallback(model.fallback)]));
}

/** A body (OC 2.0): the body and its organs, chapters, safeguards, funding and delegations. */
export function bodyStructure(chart: Flowchart, scenario: Scenario, model: NonNullable<ModelFacts["body"]>, w: StructureWords, orgs: OrganisationNodes, on?: IsoDate): void {
  const body = orgs.of(model.body);
  chart.edge(chart.node([w.established(model.established)], "stadium"), body);
  if (model.board !== undefined) {
    const total = model.board.seats.reduce((sum, s) => sum + s.seats, 0) + (model.board.teacherSeats ?? 0);
    const board = chart.node([w.board, w.seats(total)]);
    chart.edge(board, body);
    for (const seat of model.board.seats) chart.edge(orgs.of(seat.organisation), board, w.seats(seat.seats));
    if (model.board.teacherSeats !== undefined && model.board.teacherSeats > 0) chart.edge(chart.node([w.teachers], "stadium"), board, w.seats(model.board.teacherSeats));
  }
  if (model.assembly !== undefined) {
    const each = model.assembly.delegatesPerOrganisation;
    chart.edge(chart.node([w.assembly, w.openToUnorganised(model.assembly.openToUnorganised), ...(each === undefined ? [] : [w.delegatesEach(each)])]), body);
  }
  if (model.advisoryCouncil !== undefined) {
    const how = model.advisoryCouncil.allocation;
    chart.edge(chart.node([w.advisoryCouncil, w.seats(model.advisoryCouncil.seats), ...(how === undefined ? [] : [w.allocation(how)])]), body);
  }
  if (model.chapters !== undefined && model.chapters.length > 0) {
    const nodes: string[] = [];
    chart.group(w.chapters, () => {
      const regionNames = new Map(scenario.regions.map((r) => [r.id, r.name]));
      for (const chapter of model.chapters ?? []) {
        const region = regionNames.get(chapter.region) ?? chapter.region;
        nodes.push(chart.node([region], "box", "    "));
      }
    });
    (model.chapters).forEach((chapter, i) => {
      const node = nodes[i];
      if (node === undefined) return;
      chart.edge(body, node, w.chapterOf);
      chart.edge(orgs.of(chapter.organisation), node, w.leads);
    });
  }
  if (model.safeguards !== undefined) chart.edge(chart.node([w.register(model.safeguards.mandatoryRegister)], "stadium"), body);
  if (model.dated.length > 0) chart.edge(chart.node([w.datedParts(model.dated, on ?? null)], "stadium"), body);
  if (model.funding !== undefined) {
    const f = model.funding;
    const lines = [w.funding, w.structural(f.structural), ...(f.annualBudgetEur === undefined ? [] : [w.budget(plainNumbers.count(f.annualBudgetEur))]), ...(f.fte === undefined ? [] : [w.fte(f.fte)]), ...(f.until === undefined ? [] : [w.until(f.until)])];
    chart.edge(chart.node(lines, "stadium"), body);
  }
  for (const mandate of scenario.mandates) {
    if (mandate.grant.by !== "delegation" || mandate.grant.from !== model.body) continue;
    const themes = mandate.scope.themes === "all" ? w.allThemes : mandate.scope.themes.join(", ");
    const sectors = mandate.scope.sectors === "all" ? "" : ` (${mandate.scope.sectors.join(", ")})`;
    const label = `${w.delegates(`${themes}${sectors}`)}, ${mandate.id}`;
    if (mandate.holders !== undefined) chart.edge(body, coalitionNode(chart, scenario, mandate, w, orgs), label, true);
    else for (const holder of holdersOf(mandate)) chart.edge(body, orgs.of(holder), label, true);
  }
}

type Mandate = Scenario["mandates"][number];

/**
 * A mandate held by a coalition: one node saying what it covers, with an edge from each holder
 * (the spokesperson's edge says so), so the coalition reads as one party.
 */
export function coalitionNode(chart: Flowchart, scenario: Scenario, mandate: Mandate, w: StructureWords, orgs: OrganisationNodes): string {
  const themes = mandate.scope.themes === "all" ? w.allThemes : mandate.scope.themes.join(", ");
  const sectors = mandate.scope.sectors === "all" ? "" : ` (${mandate.scope.sectors.join(", ")})`;
  const regionNames = new Map(scenario.regions.map((r) => [r.id, r.name]));
  const regions = mandate.scope.regions.map((id) => regionNames.get(id) ?? id).join(", ");
  const node = chart.node([w.coalitionMandate(mandate.id, mandate.role), `${w.covers(themes, regions)}${sectors}`], "box");
  for (const holder of holdersOf(mandate)) chart.edge(orgs.of(holder), node, holder === mandate.spokesperson ? w.spokesperson : w.member);
  return node;
}

/** Every coalition mandate not drawn as a body's delegation: the coalitions of a coordination agreement, a statute or a law. */
export function coalitionsStructure(chart: Flowchart, scenario: Scenario, body: string | undefined, w: StructureWords, orgs: OrganisationNodes): void {
  for (const mandate of scenario.mandates) {
    if (mandate.holders === undefined) continue;
    if (body !== undefined && mandate.grant.by === "delegation" && mandate.grant.from === body) continue;
    coalitionNode(chart, scenario, mandate, w, orgs);
  }
}

function period(p: Period, w: StructureWords): string {
  const parts = (["years", "months", "weeks", "days"] as const).flatMap((unit) => {
    const n = p[unit];
    return n === undefined ? [] : [`${n} ${w.units[unit][n === 1 ? 0 : 1]}`];
  });
  return parts.join(" ");
}

function condition(rule: Rule, w: StructureWords): string {
  const when = rule.when;
  if (when === undefined) return w.always;
  const parts = [
    ...(when.themes === undefined ? [] : [`${w.themesWord} ${when.themes.join(", ")}`]),
    ...(when.themeKind === undefined ? [] : [`${w.kindWord} ${when.themeKind}`]),
    ...(when.regions === undefined ? [] : [`${w.regionsWord} ${when.regions.join(", ")}`]),
    ...(when.sectors === undefined ? [] : [`${w.sectorsWord} ${when.sectors.join(", ")}`]),
  ];
  return parts.length === 0 ? w.always : w.when(parts.join("; "));
}

function action(a: RuleAction, w: StructureWords, name: (id: string) => string): { text: string; leads: readonly string[]; members: readonly string[] } {
  const names = (ids: readonly string[]): string => ids.map(name).join(", ");
  if ("assign" in a) {
    const leads = leadsOf(a.assign);
    return { text: w.assign(names(leads), names(a.assign.members ?? [])), leads, members: a.assign.members ?? [] };
  }
  if ("largestMembership" in a) {
    const among = a.largestMembership.among;
    return { text: w.largest(among === "all" ? w.everyone : names(among), a.largestMembership.joint === true), leads: among === "all" ? [] : among, members: [] };
  }
  if ("rotate" in a) return { text: w.rotate(names(a.rotate.among), period(a.rotate.every, w), a.rotate.startingOn), leads: a.rotate.among, members: [] };
  if ("mandates" in a) return { text: w.mandates((a.mandates.grants ?? []).join(", ")), leads: [], members: [] };
  return { text: w.unrepresented(a.unrepresented.reason), leads: [], members: [] };
}

/** Rules (the alternative): the model and its rules in order, each linked to the organisations it names. */
export function rulesStructure(chart: Flowchart, scenario: Scenario, model: NonNullable<ModelFacts["rules"]>, w: StructureWords, orgs: OrganisationNodes): void {
  const byId = new Map(scenario.organisations.map((o) => [o.id, o]));
  const name = (id: string): string => {
    const org = byId.get(id);
    return org === undefined ? id : (org.shortName ?? org.name);
  };
  const top = chart.node([model.name, ...(model.description === undefined ? [] : [model.description])], "hexagon");
  const rules: { node: string; act: ReturnType<typeof action> }[] = [];
  chart.group(w.rules, () => {
    model.rules.forEach((rule, i) => {
      const act = action(rule.then, w, name);
      rules.push({ node: chart.node([`${i + 1}. ${w.rule(rule.id)}`, condition(rule, w), act.text], "box", "    "), act });
    });
  });
  rules.forEach(({ node, act }) => {
    chart.edge(top, node);
    for (const lead of act.leads) chart.edge(node, orgs.of(lead), w.leads);
    for (const member of act.members) chart.edge(node, orgs.of(member), w.member, true);
  });
}

/**
 * The scenario's funding periods, under any model: one node per period (kind, funder, dates,
 * amount and FTEs where recorded), joined to what it pays for: an organisation, the body or the
 * parties' joint work when `for` is left out, the exploration, or a named programme.
 */
export function fundingStructure(chart: Flowchart, scenario: Scenario, funded: ModelFacts["funded"], w: StructureWords, orgs: OrganisationNodes): void {
  const periods = scenario.funding ?? [];
  if (periods.length === 0) return;
  const organisations = new Set(scenario.organisations.map((o) => o.id));
  const others = new Map<string, string>();
  const target = (key: string, label: string): string => {
    let node = others.get(key);
    if (node === undefined) others.set(key, (node = chart.node([label], "stadium")));
    return node;
  };
  for (const p of periods) {
    const lines = [
      w.fundingPeriod(p.id),
      w.fundingKind[p.kind],
      w.paidBy(p.by),
      w.from(p.from),
      ...(p.until === undefined ? [] : [w.until(p.until)]),
      ...(p.amountEurPerYear === undefined ? [] : [w.budget(plainNumbers.count(p.amountEurPerYear))]),
      ...(p.fte === undefined ? [] : [w.fte(p.fte)]),
    ];
    const node = chart.node(lines, "stadium");
    const pays = p.for ?? funded.organisation;
    if (pays === undefined) chart.edge(node, target("\u0000joint", w.jointWork));
    else if (organisations.has(pays)) chart.edge(node, orgs.of(pays));
    else if (pays === EXPLORATION) chart.edge(node, target("\u0000exploration", w.exploration));
    else chart.edge(node, target(pays, pays));
  }
}
