import { describe, expect, it } from "vitest";
import { resolve } from "../../src/resolve/resolve.js";
import type { Representation } from "../../src/resolve/representation.js";
import { type Doc, doc, mandate } from "./fixtures.js";
import { parseScenario } from "../../src/governance/parse-scenario.js";

// The models keep what they work out per scenario (claims per pair, fallbacks per day and sector, rotation
// periods per rule and day, ...). An answer must never depend on the questions asked before it: every cell,
// asked in any order of one scenario, gets the answer a freshly parsed copy of the scenario gives, even when
// the caller scribbles on the claims of the answers it got before.

type Query = Parameters<typeof resolve>[1];

const themes = ["curriculum", "lerarenopleiding", "bevoegdheden", "cao"];
const regions = ["nl", "noord", "west"];
const sectors = ["po", "mbo", null];

function queries(days: readonly string[]): Query[] {
  const out: Query[] = [];
  for (const on of days)
    for (const theme of themes)
      for (const region of regions)
        for (const sector of sectors) out.push(sector === null ? { theme, region, on } : { theme, region, sector, on });
  return out;
}

/** Deterministic shuffles, so that a failure reproduces. */
function shuffled<T>(list: readonly T[], seed: number): T[] {
  const out = [...list];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

const answer = (r: Representation) => ({ status: r.status, lead: r.lead, delegation: r.delegation, contenders: r.contenders, reason: r.reason, basis: r.basis });

/** Tries to change every claim of an answer; claims the models keep must refuse it. */
function scribble(r: Representation): void {
  const claims = r.basis.flatMap((step) => [step.claim, ...(step.claim.defer ?? [])]);
  for (const claim of claims) {
    Reflect.set(claim, "holder", "scribbled");
    Reflect.set(claim, "tier", 99);
    Reflect.set(claim.specificity, "theme", 99);
    Reflect.set(claim.source, "kind", "scribbled");
    Reflect.set(claim.members, claim.members.length, "scribbled");
    if (claim.excluded !== undefined) Reflect.set(claim.excluded, "reason", "scribbled");
  }
}

function expectOrderFree(document: Doc, days: readonly string[]): void {
  const asked = queries(days);
  const alone = asked.map((q) => answer(resolve(parseScenario(structuredClone(document)), q)));
  for (const seed of [1, 7]) {
    const shared = parseScenario(structuredClone(document));
    const order = shuffled(
      asked.map((_, i) => i),
      seed,
    );
    for (const i of order) {
      const r = resolve(shared, asked[i] as Query);
      expect(answer(r)).toStrictEqual(alone[i]);
      scribble(r);
    }
  }
}

describe("answers do not depend on the questions asked before", () => {
  it("under coordination, with a joint fallback, an agreement that ends and parties that come and go", () => {
    const d = doc();
    d["model"].fallback = "joint";
    d["model"].agreement.validUntil = "2027-01-01";
    d["organisations"][1].dissolved = "2026-06-01";
    d["organisations"][0].members.bySector = { po: 100, mbo: 10 };
    d["mandates"].push(mandate("m7", "cnvo", { themes: ["bekwaamheid"], sectors: ["po"] }, { validUntil: "2026-03-01" }));
    d["mandates"].push(mandate("m8", "lg-noord", { themes: ["cao"] }));
    expectOrderFree(d, ["2024-06-01", "2025-06-01", "2026-07-01", "2027-06-01"]);
  });

  it("under OC 2.0, before establishment, while active and after dissolution", () => {
    const d = doc("worked-oc2");
    d["organisations"][4].dissolved = "2030-01-01";
    d["model"].chapters.push({ region: "nl", organisation: "cnvo" });
    d["mandates"].push(mandate("x1", "fvov", { themes: ["curriculum"] }, { grant: { by: "statute" }, validFrom: "2020-01-01" }));
    d["mandates"].push(mandate("x2", "cnvo", { themes: ["cao"], sectors: ["po"] }, { validFrom: "2020-01-01" }));
    expectOrderFree(d, ["2025-06-01", "2026-06-01", "2030-06-01"]);
  });

  it("under the alternative model, with every action and several rules of each kind", () => {
    const d = doc();
    d["organisations"][0].members.bySector = { po: 10 };
    d["model"] = {
      kind: "alternative",
      name: "Test",
      rules: [
        { id: "fixed", when: { themes: ["bevoegdheden"], sectors: ["po"] }, then: { assign: { lead: "fvov", members: ["cnvo"] } } },
        { id: "stop", when: { themes: ["bevoegdheden"], regions: ["noord"] }, then: { unrepresented: { reason: "Left to the schools." } } },
        { id: "rot-a", when: { themes: ["lerarenopleiding"], regions: ["noord"] }, then: { rotate: { among: ["aob", "cnvo", "fvov"], every: { years: 1 }, startingOn: "2025-01-01" } } },
        { id: "rot-b", when: { themes: ["lerarenopleiding"] }, then: { rotate: { among: ["fvov", "aob"], every: { months: 6 }, startingOn: "2024-03-01" } } },
        { id: "big-a", when: { themes: ["curriculum"], regions: ["noord"] }, then: { largestMembership: { among: ["aob", "cnvo"], joint: true } } },
        { id: "big-b", when: { themes: ["curriculum"] }, then: { largestMembership: { among: ["cnvo", "fvov", "bvmbo"] } } },
        { id: "by-agreement", when: { themes: ["cao"], regions: ["noord"] }, then: { mandates: { grants: ["agreement"] } } },
        { id: "by-statute", when: { themes: ["cao"] }, then: { mandates: { grants: ["statute"] } } },
        { id: "any", then: { mandates: {} } },
      ],
    };
    d["mandates"].push(mandate("m8", "lg-noord", { themes: ["cao"] }, { grant: { by: "statute" } }));
    d["mandates"].push(mandate("m9", "cnvo", { themes: ["cao"], regions: ["noord"] }));
    d["organisations"][1].dissolved = "2026-06-01";
    expectOrderFree(d, ["2024-06-01", "2025-06-01", "2026-07-01"]);
  });
});
