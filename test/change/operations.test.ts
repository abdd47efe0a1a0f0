import { applyPatches, enablePatches } from "immer";
import { describe, expect, it } from "vitest";
import { type Scenario } from "../../src/index.js";
import { applyChange, type Change, type ChangeType } from "../../src/change-entry.js";
import { alternativeModel, refusal, world, type WorldName } from "./fixtures.js";
import { figureOf } from "../fixtures/in-force.js";

interface Case {
  readonly type: ChangeType;
  readonly world: WorldName;
  /** A change that applies, and what it must have done. */
  readonly valid: Change;
  readonly expect: (before: Scenario, after: Scenario) => void;
  /** Changes that must be refused, each with the issue code it must give. */
  readonly invalid: readonly (readonly [Change, string])[];
  /** Applied to the scenario after `valid`: restating it alters nothing. */
  readonly noop: Change | null;
}

const mbo = { id: "nieuw", name: "Nieuwe Bond", kind: "union", sectors: ["vo"] } as const;
const m7 = {
  id: "m7",
  holder: "aob",
  role: "lead",
  scope: { themes: ["curriculum"], regions: ["noord"], sectors: "all" },
  validFrom: "2025-01-01",
  grant: { by: "agreement", agreement: "a1" },
} as const;

const cases: readonly Case[] = [
  {
    type: "add-organisation",
    world: "coordination",
    valid: { type: "add-organisation", organisation: mbo },
    expect: (before, after) => {
      expect(after.organisations).toHaveLength(before.organisations.length + 1);
      expect(after.organisations.at(-1)).toEqual(mbo);
    },
    invalid: [
      [{ type: "add-organisation", organisation: { ...mbo, sectors: ["hbo"] } }, "unknown_reference"],
      [{ type: "add-organisation", organisation: { ...mbo, id: "aob" } }, "duplicate_id"],
    ],
    noop: { type: "add-organisation", organisation: mbo },
  },
  {
    type: "update-organisation",
    world: "coordination",
    valid: { type: "update-organisation", id: "aob", set: { members: { total: 90000, asOf: "2025-01-01" } }, unset: ["founded"] },
    expect: (_before, after) => {
      expect(figureOf(after.organisations[0])?.total).toBe(90000);
      expect(after.organisations[0]).not.toHaveProperty("founded");
      expect(after.organisations[0]?.name).toBe("Algemene Onderwijsbond");
    },
    invalid: [
      [{ type: "update-organisation", id: "aob", set: { sectors: ["hbo"] } }, "unknown_reference"],
      [{ type: "update-organisation", id: "nope", set: { name: "Nope" } }, "unknown_organisation"],
      [{ type: "update-organisation", id: "aob", set: { founded: "2000-01-01" }, unset: ["founded"] }, "conflicting_update"],
    ],
    noop: { type: "update-organisation", id: "aob", set: { name: "Algemene Onderwijsbond" }, unset: ["founded"] },
  },
  {
    type: "dissolve-organisation",
    world: "coordination",
    valid: { type: "dissolve-organisation", id: "cnvo", on: "2026-01-01" },
    expect: (_before, after) => {
      expect(after.organisations[1]?.dissolved).toBe("2026-01-01");
    },
    invalid: [
      [{ type: "dissolve-organisation", id: "cnvo", on: "1999-01-01" }, "invalid_interval"],
      [{ type: "dissolve-organisation", id: "nope", on: "2026-01-01" }, "unknown_organisation"],
    ],
    noop: { type: "dissolve-organisation", id: "cnvo", on: "2026-01-01" },
  },
  {
    type: "merge-organisations",
    world: "coordination",
    valid: {
      type: "merge-organisations",
      ids: ["cnvo", "fvov"],
      into: { id: "samen", name: "Samen Onderwijs", kind: "union", sectors: ["po", "vo", "mbo"] },
      on: "2026-01-01",
    },
    expect: (before, after) => {
      expect(after.organisations.find((o) => o.id === "cnvo")?.dissolved).toBe("2026-01-01");
      expect(after.organisations.find((o) => o.id === "fvov")?.dissolved).toBe("2026-01-01");
      expect(after.organisations.find((o) => o.id === "samen")?.founded).toBe("2026-01-01");
      const copies = after.mandates.slice(before.mandates.length);
      expect(copies.map((m) => [m.id, m.holder, m.validFrom])).toEqual([
        ["m3@samen", "samen", "2026-01-01"],
        ["m4@samen", "samen", "2026-01-01"],
        ["m5@samen", "samen", "2026-01-01"],
      ]);
      expect(after.mandates.slice(0, before.mandates.length)).toEqual(before.mandates);
      if (after.model.kind !== "coordination") throw new Error("the model changed kind");
      expect(after.model.parties).toContain("samen");
      expect(after.model.agreement.signatories).toContain("samen");
    },
    invalid: [
      [{ type: "merge-organisations", ids: ["aob"], into: "aob", on: "2026-01-01" }, "merge_into_itself"],
      [{ type: "merge-organisations", ids: ["nope"], into: "aob", on: "2026-01-01" }, "unknown_organisation"],
      [{ type: "merge-organisations", ids: ["cnvo"], into: "aob", on: "1999-01-01" }, "invalid_interval"],
    ],
    noop: {
      type: "merge-organisations",
      ids: ["cnvo", "fvov"],
      into: { id: "samen", name: "Samen Onderwijs", kind: "union", sectors: ["po", "vo", "mbo"] },
      on: "2026-01-01",
    },
  },
  {
    type: "add-theme",
    world: "coordination",
    valid: { type: "add-theme", theme: { id: "didactiek", name: "Didactiek", parent: "bekwaamheid" } },
    expect: (_before, after) => {
      expect(after.themes.at(-1)?.id).toBe("didactiek");
    },
    invalid: [
      [{ type: "add-theme", theme: { id: "los", name: "Los" } }, "theme_kind_missing"],
      [{ type: "add-theme", theme: { id: "los", name: "Los", parent: "nope" } }, "unknown_reference"],
    ],
    noop: { type: "add-theme", theme: { id: "didactiek", name: "Didactiek", parent: "bekwaamheid" } },
  },
  {
    type: "add-region",
    world: "coordination",
    valid: { type: "add-region", region: { id: "groningen", name: "Groningen", level: "province", parent: "noord" } },
    expect: (_before, after) => {
      expect(after.regions.at(-1)?.parent).toBe("noord");
    },
    invalid: [[{ type: "add-region", region: { id: "be", name: "België", level: "national" } }, "multiple_root_regions"]],
    noop: { type: "add-region", region: { id: "groningen", name: "Groningen", level: "province", parent: "noord" } },
  },
  {
    type: "add-sector",
    world: "coordination",
    valid: { type: "add-sector", sector: { id: "ho", name: "Hoger onderwijs" } },
    expect: (_before, after) => {
      expect(after.sectors.map((s) => s.id)).toEqual(["po", "vo", "mbo", "ho"]);
    },
    invalid: [[{ type: "add-sector", sector: { id: "vo", name: "Anders" } }, "duplicate_id"]],
    noop: { type: "add-sector", sector: { id: "ho", name: "Hoger onderwijs" } },
  },
  {
    type: "grant-mandate",
    world: "coordination",
    valid: { type: "grant-mandate", mandate: m7 },
    expect: (_before, after) => {
      expect(after.mandates.at(-1)).toEqual(m7);
    },
    invalid: [
      [{ type: "grant-mandate", mandate: { ...m7, holder: "nope" } }, "unknown_reference"],
      [{ type: "grant-mandate", mandate: { ...m7, id: "m1" } }, "duplicate_id"],
      [{ type: "grant-mandate", mandate: { ...m7, validUntil: "2024-01-01" } }, "invalid_interval"],
      [{ type: "grant-mandate", mandate: { ...m7, scope: { ...m7.scope, sectors: [] } } }, "empty_list"],
    ],
    noop: { type: "grant-mandate", mandate: m7 },
  },
  {
    type: "amend-mandate",
    world: "coordination",
    valid: { type: "amend-mandate", id: "m2", set: { role: "member", validUntil: "2027-01-01" } },
    expect: (_before, after) => {
      expect(after.mandates[1]).toMatchObject({ id: "m2", role: "member", validUntil: "2027-01-01", holder: "bvmbo" });
    },
    invalid: [
      [{ type: "amend-mandate", id: "m2", set: { validUntil: "2024-01-01" } }, "invalid_interval"],
      [{ type: "amend-mandate", id: "m2", set: { holder: "nope" } }, "unknown_reference"],
      [{ type: "amend-mandate", id: "m99", set: { role: "lead" } }, "unknown_mandate"],
    ],
    noop: { type: "amend-mandate", id: "m2", set: { role: "member" } },
  },
  {
    type: "revoke-mandate",
    world: "coordination",
    valid: { type: "revoke-mandate", id: "m1", on: "2026-01-01" },
    expect: (before, after) => {
      expect(after.mandates[0]?.validUntil).toBe("2026-01-01");
      expect(after.mandates).toHaveLength(before.mandates.length);
    },
    invalid: [
      [{ type: "revoke-mandate", id: "m1", on: "2024-06-01" }, "revoke_before_start"],
      [{ type: "revoke-mandate", id: "m1", on: "2025-01-01" }, "revoke_before_start"],
      [{ type: "revoke-mandate", id: "m99", on: "2026-01-01" }, "unknown_mandate"],
    ],
    noop: { type: "revoke-mandate", id: "m1", on: "2026-01-01" },
  },
  {
    type: "sign-agreement",
    world: "coordination",
    valid: { type: "sign-agreement", organisation: "lg-noord", on: "2025-06-01" },
    expect: (_before, after) => {
      if (after.model.kind !== "coordination") throw new Error("the model changed kind");
      expect(after.model.parties).toEqual(["aob", "cnvo", "fvov", "bvmbo", "lg-noord"]);
      expect(after.model.agreement.signatories).toEqual(["aob", "cnvo", "fvov", "bvmbo", "lg-noord"]);
      expect(after.model.agreement.signedOn).toBe("2025-01-01");
    },
    invalid: [[{ type: "sign-agreement", organisation: "nope", on: "2025-06-01" }, "unknown_organisation"]],
    noop: { type: "sign-agreement", organisation: "aob", on: "2025-01-01" },
  },
  {
    type: "end-agreement",
    world: "coordination",
    valid: { type: "end-agreement", on: "2027-01-01" },
    expect: (_before, after) => {
      if (after.model.kind !== "coordination") throw new Error("the model changed kind");
      expect(after.model.agreement.validUntil).toBe("2027-01-01");
    },
    invalid: [
      [{ type: "end-agreement", on: "2024-01-01" }, "end_before_signed"],
      [{ type: "end-agreement", on: "2025-13-01" }, "invalid_date"],
    ],
    noop: { type: "end-agreement", on: "2027-01-01" },
  },
  {
    type: "set-model",
    world: "coordination",
    valid: { type: "set-model", model: alternativeModel },
    expect: (_before, after) => {
      expect(after.model).toEqual(alternativeModel);
    },
    invalid: [
      [{ type: "set-model", model: { kind: "coordination", parties: ["aob", "nope"], agreement: { id: "a1", signedOn: "2025-01-01", signatories: ["aob"] }, fallback: "none" } }, "unknown_reference"],
      [{ type: "set-model", model: { kind: "coordination", parties: ["aob", "cnvo"], agreement: { id: "a2", signedOn: "2025-01-01", signatories: ["aob", "cnvo"] }, fallback: "none" } }, "unknown_reference"],
    ],
    noop: { type: "set-model", model: alternativeModel },
  },
  {
    type: "add-chapter",
    world: "oc2",
    valid: { type: "add-chapter", chapter: { region: "zuid", organisation: "fvov" } },
    expect: (_before, after) => {
      if (after.model.kind !== "oc2") throw new Error("the model changed kind");
      expect(after.model.chapters).toEqual([
        { region: "noord", organisation: "lg-noord" },
        { region: "zuid", organisation: "fvov" },
      ]);
    },
    invalid: [
      [{ type: "add-chapter", chapter: { region: "noord", organisation: "aob" } }, "duplicate_id"],
      [{ type: "add-chapter", chapter: { region: "nope", organisation: "aob" } }, "unknown_reference"],
    ],
    noop: { type: "add-chapter", chapter: { region: "zuid", organisation: "fvov" } },
  },
  {
    type: "delegate",
    world: "oc2",
    valid: { type: "delegate", id: "d2", to: "cnvo", scope: { themes: ["lerarenopleiding"], regions: ["nl"], sectors: "all" }, validFrom: "2026-01-01" },
    expect: (_before, after) => {
      expect(after.mandates.at(-1)).toEqual({
        id: "d2",
        holder: "cnvo",
        role: "lead",
        scope: { themes: ["lerarenopleiding"], regions: ["nl"], sectors: "all" },
        validFrom: "2026-01-01",
        grant: { by: "delegation", from: "oc2" },
      });
    },
    invalid: [
      [{ type: "delegate", id: "d3", to: "nope", scope: { themes: "all", regions: ["nl"], sectors: "all" }, validFrom: "2026-01-01" }, "unknown_reference"],
      [{ type: "delegate", id: "d1", to: "cnvo", scope: { themes: "all", regions: ["nl"], sectors: "all" }, validFrom: "2026-01-01" }, "duplicate_id"],
    ],
    noop: { type: "delegate", id: "d2", to: "cnvo", scope: { themes: ["lerarenopleiding"], regions: ["nl"], sectors: "all" }, validFrom: "2026-01-01" },
  },
  {
    type: "add-rule",
    world: "alternative",
    valid: { type: "add-rule", rule: { id: "r0", when: { regions: ["zuid"] }, then: { unrepresented: { reason: "nog geen afspraak" } } }, at: 0 },
    expect: (_before, after) => {
      if (after.model.kind !== "alternative") throw new Error("the model changed kind");
      expect(after.model.rules.map((r) => r.id)).toEqual(["r0", "r1", "r2", "r3"]);
    },
    invalid: [
      [{ type: "add-rule", rule: { id: "r4", then: { assign: { lead: "nope" } } } }, "unknown_reference"],
      [{ type: "add-rule", rule: { id: "r4", then: { assign: { lead: "aob" } } }, at: 9 }, "position_out_of_range"],
      [{ type: "add-rule", rule: { id: "r1", then: { assign: { lead: "aob" } } } }, "duplicate_id"],
    ],
    noop: { type: "add-rule", rule: { id: "r0", when: { regions: ["zuid"] }, then: { unrepresented: { reason: "nog geen afspraak" } } }, at: 0 },
  },
  {
    type: "remove-rule",
    world: "alternative",
    valid: { type: "remove-rule", id: "r1" },
    expect: (_before, after) => {
      if (after.model.kind !== "alternative") throw new Error("the model changed kind");
      expect(after.model.rules.map((r) => r.id)).toEqual(["r2", "r3"]);
    },
    invalid: [[{ type: "remove-rule", id: "r9" }, "unknown_rule"]],
    // Every valid removal removes a rule, and naming a rule that is not there is refused (see below).
    noop: null,
  },
];

/** A parsed world, as applyChange takes only scenarios the library made: deeply frozen, so that a stray write throws and shows. */
function parsedWorld(name: WorldName): Scenario {
  return world(name);
}

describe.each(cases)("$type", (c) => {
  it("applies a valid change, leaving the input untouched", () => {
    const input = parsedWorld(c.world);
    const copy = structuredClone(input);
    const { scenario: after, patches, inversePatches } = applyChange(input, c.valid);
    expect(after).not.toBe(input);
    expect(input).toEqual(copy);
    expect(patches.length).toBeGreaterThan(0);
    c.expect(input, after);
    enablePatches();
    expect(applyPatches(after, inversePatches as never)).toEqual(copy);
    expect(applyPatches(input, patches as never)).toEqual(after);
  });

  it.each(c.invalid.map(([change, code]) => ({ change, code })))("refuses an invalid change ($code), leaving the input intact", ({ change, code }) => {
    const input = parsedWorld(c.world);
    const copy = structuredClone(input);
    const error = refusal(() => applyChange(input, change));
    expect(error.message).toContain(`applyChange(${c.type})`);
    expect(error.issues.map((issue) => issue.code)).toContain(code);
    expect(input).toEqual(copy);
  });
});

describe.each(cases.flatMap((c) => (c.noop === null ? [] : [{ ...c, noop: c.noop }])))("$type that alters nothing", (c) => {
  it("returns the very same scenario, and no patches", () => {
    const after = applyChange(world(c.world), c.valid).scenario;
    const again = applyChange(after, c.noop);
    expect(again.scenario).toBe(after);
    expect(again.patches).toEqual([]);
    expect(again.inversePatches).toEqual([]);
  });
});

describe("operations that need one model", () => {
  it.each([
    ["oc2", { type: "sign-agreement", organisation: "aob", on: "2025-06-01" }],
    ["oc2", { type: "end-agreement", on: "2027-01-01" }],
    ["coordination", { type: "add-chapter", chapter: { region: "zuid", organisation: "fvov" } }],
    ["alternative", { type: "delegate", id: "d9", to: "aob", scope: { themes: "all", regions: ["nl"], sectors: "all" }, validFrom: "2026-01-01" }],
    ["oc2", { type: "add-rule", rule: { id: "r9", then: { assign: { lead: "aob" } } } }],
    ["coordination", { type: "remove-rule", id: "r1" }],
  ] as const)("refuses under the %s model: %o", (name, change) => {
    const error = refusal(() => applyChange(world(name), change));
    expect(error.issues[0]).toMatchObject({ code: "wrong_model", path: ["change", "type"] });
    expect(error.issues[0]?.message).toContain(`the scenario's model is "${name}"`);
  });
});

describe("details of single operations", () => {
  it("refuses to remove a rule twice, since the second names a rule that is not there", () => {
    const after = applyChange(world("alternative"), { type: "remove-rule", id: "r1" }).scenario;
    expect(refusal(() => applyChange(after, { type: "remove-rule", id: "r1" })).issues[0]?.code).toBe("unknown_rule");
  });

  it("revoking never lengthens a mandate: one that already ends earlier is left alone", () => {
    const ended = applyChange(world("coordination"), { type: "revoke-mandate", id: "m1", on: "2026-01-01" }).scenario;
    expect(applyChange(ended, { type: "revoke-mandate", id: "m1", on: "2027-01-01" }).scenario).toBe(ended);
    const earlier = applyChange(ended, { type: "revoke-mandate", id: "m1", on: "2025-06-01" }).scenario;
    expect(earlier.mandates[0]?.validUntil).toBe("2025-06-01");
  });

  it("ending never lengthens an agreement", () => {
    const ended = applyChange(world("coordination"), { type: "end-agreement", on: "2026-01-01" }).scenario;
    expect(applyChange(ended, { type: "end-agreement", on: "2027-01-01" }).scenario).toBe(ended);
  });

  it("dissolving brings a planned dissolution forward, but never brings an organisation back", () => {
    const planned = applyChange(world("coordination"), { type: "dissolve-organisation", id: "cnvo", on: "2027-01-01" }).scenario;
    const sooner = applyChange(planned, { type: "dissolve-organisation", id: "cnvo", on: "2026-01-01" }).scenario;
    expect(sooner.organisations[1]?.dissolved).toBe("2026-01-01");
    const error = refusal(() => applyChange(sooner, { type: "dissolve-organisation", id: "cnvo", on: "2026-06-01" }));
    expect(error.issues[0]).toMatchObject({ code: "already_dissolved", path: ["change", "on"] });
  });

  it("a last signature puts the agreement in force from the day it is given", () => {
    const json = world("coordination");
    if (json.model.kind !== "coordination") throw new Error("unexpected model");
    const unsigned = applyChange(json, {
      type: "set-model",
      model: { ...json.model, agreement: { ...json.model.agreement, signatories: ["aob", "cnvo", "fvov"] } },
    }).scenario;
    const signed = applyChange(unsigned, { type: "sign-agreement", organisation: "bvmbo", on: "2025-03-01" }).scenario;
    if (signed.model.kind !== "coordination") throw new Error("unexpected model");
    expect(signed.model.agreement.signatories).toEqual(["aob", "cnvo", "fvov", "bvmbo"]);
    expect(signed.model.agreement.signedOn).toBe("2025-03-01");
    // A signature given before the recorded date does not move it back.
    const early = applyChange(unsigned, { type: "sign-agreement", organisation: "bvmbo", on: "2024-06-01" }).scenario;
    if (early.model.kind !== "coordination") throw new Error("unexpected model");
    expect(early.model.agreement.signedOn).toBe("2025-01-01");
  });

  it("a merger into an existing organisation adds no organisation and copies only mandates still in force", () => {
    const revoked = applyChange(world("coordination"), { type: "revoke-mandate", id: "m3", on: "2025-06-01" }).scenario;
    const merged = applyChange(revoked, { type: "merge-organisations", ids: ["cnvo"], into: "aob", on: "2026-01-01" }).scenario;
    expect(merged.organisations).toHaveLength(revoked.organisations.length);
    expect(merged.mandates.slice(revoked.mandates.length)).toEqual([]);
    const later = applyChange(revoked, { type: "merge-organisations", ids: ["fvov"], into: "aob", on: "2026-01-01" }).scenario;
    expect(later.mandates.slice(revoked.mandates.length).map((m) => [m.id, m.holder, m.role])).toEqual([
      ["m4@aob", "aob", "lead"],
      ["m5@aob", "aob", "member"],
    ]);
  });

  it("adding a rule without a position puts it last", () => {
    const after = applyChange(world("alternative"), { type: "add-rule", rule: { id: "r4", then: { assign: { lead: "aob" } } } }).scenario;
    if (after.model.kind !== "alternative") throw new Error("unexpected model");
    expect(after.model.rules.map((r) => r.id)).toEqual(["r1", "r2", "r3", "r4"]);
  });

  it("the first chapter of a body without chapters starts the list", () => {
    const base = world("oc2");
    if (base.model.kind !== "oc2") throw new Error("unexpected model");
    const withoutChapters = { ...base.model };
    delete withoutChapters.chapters;
    const bare = applyChange(base, { type: "set-model", model: withoutChapters }).scenario;
    const after = applyChange(bare, { type: "add-chapter", chapter: { region: "zuid", organisation: "fvov" } }).scenario;
    if (after.model.kind !== "oc2") throw new Error("unexpected model");
    expect(after.model.chapters).toEqual([{ region: "zuid", organisation: "fvov" }]);
  });
});
