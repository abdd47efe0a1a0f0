import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseScenario } from "../../src/governance/parse-scenario.js";
import { explain } from "../../src/resolve/explain.js";
import { resolve } from "../../src/resolve/resolve.js";
import { fixture } from "../fixtures/load.js";
import { doc, mandate } from "./fixtures.js";

// docs/resolution.md shows the worked examples as explain prints them; this keeps the page true.

const page = readFileSync(new URL("../../docs/resolution.md", import.meta.url), "utf8");

function withM7() {
  const d = doc();
  d["mandates"].push(mandate("m7", "aob", { themes: ["curriculum"], regions: ["noord"] }));
  return parseScenario(d);
}

/** The worked world with a coalition mandate c1 of fvov, aob and bvmbo (spokesperson aob) on lerarenopleiding/zuid, and `more` mandates. */
function withCoalition(...more: ReturnType<typeof mandate>[]) {
  const d = doc();
  const c1 = mandate("c1", "aob", { themes: ["lerarenopleiding"], regions: ["zuid"] });
  delete c1["holder"];
  d["mandates"].push({ ...c1, holders: ["fvov", "aob", "bvmbo"], spokesperson: "aob" }, ...more);
  return parseScenario(d);
}

const coordination = fixture("worked-coordination");
const oc2 = fixture("worked-oc2");
const rows = [
  [coordination, "curriculum", "west", "vo", "2025-06-01"],
  [coordination, "curriculum", "west", "mbo", "2025-06-01"],
  [coordination, "curriculum", "oost", "vo", "2025-06-01"],
  [coordination, "lerarenopleiding", "noord", "vo", "2025-06-01"],
  [coordination, "lerarenopleiding", "zuid", "vo", "2025-06-01"],
  [coordination, "curriculum", "west", "vo", "2024-12-31"],
  [withM7(), "curriculum", "noord", "mbo", "2025-06-01"],
  [withCoalition(), "lerarenopleiding", "zuid", "mbo", "2025-06-01"],
  [withCoalition(mandate("m8", "aob", { themes: ["lerarenopleiding"], regions: ["zuid"] })), "lerarenopleiding", "zuid", "mbo", "2025-06-01"],
  [oc2, "curriculum", "west", "vo", "2026-03-01"],
  [oc2, "curriculum", "noord", "vo", "2026-03-01"],
  [oc2, "curriculum", "noord", "mbo", "2026-03-01"],
  [oc2, "cao", "noord", "vo", "2026-03-01"],
  [oc2, "curriculum", "noord", "mbo", "2025-12-31"],
  [oc2, "cao", "noord", "vo", "2025-12-31"],
] as const;

describe("docs/resolution.md", () => {
  it("starts with a title in its front matter", () => {
    expect(page.startsWith("---\ntitle: Resolution\n---\n")).toBe(true);
  });

  it.each(rows.map(([s, theme, region, sector, on]) => [`${theme}/${region}/${sector} on ${on}`, s, theme, region, sector, on] as const))(
    "shows the explanation of %s in English and Dutch as explain prints it",
    (_, s, theme, region, sector, on) => {
      const r = resolve(s, { theme, region, sector, on });
      expect(page).toContain(`\`\`\`text\n${explain(r)}\n\`\`\``);
      expect(page).toContain(`\`\`\`text\n${explain(r, { locale: "nl" })}\n\`\`\``);
    },
  );
});

describe("docs/models.md", () => {
  const models = readFileSync(new URL("../../docs/models.md", import.meta.url), "utf8");

  it("starts with a title in its front matter and documents the tie-break", () => {
    expect(models.startsWith("---\ntitle: The three models\n---\n")).toBe(true);
    expect(models).toContain("A tie goes\n  to the smallest id");
  });
});
