// checkChanged must give exactly what checking the whole scenario gives. These edits reach
// each way an unchanged mandate can turn invalid, and each shortcut the check takes.
import { enablePatches, produceWithPatches } from "immer";
import { describe, expect, it } from "vitest";
import { checkChanged, fullCheck } from "../../src/change/check-changed.js";
import type { Scenario } from "../../src/index.js";
import { parseScenario } from "../../src/governance/parse-scenario.js";
import { worldJson } from "./fixtures.js";

type Patch = { op: "add" | "remove" | "replace"; path: (string | number)[]; value?: unknown };

/** A valid scenario (edited as JSON first, when asked) and the scenario `edit` makes of it, with the patches. */
function edited(edit: (draft: any) => void, prepare: (doc: any) => void = () => undefined): [Scenario, Scenario, Patch[]] {
  enablePatches();
  const doc = worldJson("coordination");
  prepare(doc);
  const before = parseScenario(doc);
  const [after, patches] = produceWithPatches(before, edit);
  return [before, after, patches];
}

/** The check's answer, which must equal the whole check's and must find something. */
function exact(before: Scenario, after: Scenario, patches: Patch[]): string[] {
  const issues = checkChanged(before, after, patches);
  expect(issues).toEqual(fullCheck(after));
  expect(issues.length).toBeGreaterThan(0);
  return issues.map((issue) => `${issue.code} ${issue.path.join(".")}`);
}

describe("checkChanged checks unchanged mandates again when what they name disappears", () => {
  it("a sector", () => {
    const [before, after, patches] = edited(
      (d) => {
        d.sectors.splice(2, 1);
      },
      (doc) => {
        doc.mandates[0].scope.sectors = ["mbo"];
      },
    );
    expect(exact(before, after, patches)).toContain("unknown_reference mandates.0.scope.sectors.0");
  });

  it("a region", () => {
    const [before, after, patches] = edited(
      (d) => {
        d.regions.splice(4, 1);
      },
      (doc) => {
        doc.mandates[0].scope.regions = ["west"];
      },
    );
    expect(exact(before, after, patches)).toContain("unknown_reference mandates.0.scope.regions.0");
  });

  it("a theme", () => {
    const [before, after, patches] = edited((d) => {
      d.themes = d.themes.filter((t: { id: string }) => t.id !== "curriculum");
    });
    expect(exact(before, after, patches)).toContain("unknown_reference mandates.0.scope.themes.0");
  });

  it("a source", () => {
    const [before, after, patches] = edited(
      (d) => {
        d.sources = [];
      },
      (doc) => {
        doc.sources = [{ id: "s1", title: "Brief", url: "https://example.org/brief" }];
        doc.mandates[0].sources = ["s1"];
      },
    );
    expect(exact(before, after, patches)).toContain("unknown_reference mandates.0.sources.0");
  });

  it("the agreement, under another id", () => {
    const [before, after, patches] = edited((d) => {
      d.model.agreement.id = "a2";
    });
    expect(exact(before, after, patches)).toContain("unknown_reference mandates.0.grant.agreement");
  });
});

describe("checkChanged's other paths", () => {
  it("checks what changed outside the mandates", () => {
    const [before, after, patches] = edited((d) => {
      d.organisations[0].sectors = ["hbo"];
    });
    expect(exact(before, after, patches)).toEqual(["unknown_reference organisations.0.sectors.0"]);
  });

  it("takes sources added to a scenario that had none", () => {
    const [before, after, patches] = edited((d) => {
      d.sources = [{ id: "s1", title: "Brief", url: "https://example.org/brief" }];
      d.mandates[1].holder = "nobody";
    });
    expect(exact(before, after, patches)).toEqual(["unknown_reference mandates.1.holder"]);
  });

  it("reports edited mandates in document order, whatever order the edits came in", () => {
    const [before, after, patches] = edited((d) => {
      d.mandates[4].holder = "ghost";
      d.mandates[1].holder = "phantom";
    });
    // Immer lists them in document order; two edits of different mandates may come either way.
    const reversed = [...patches].reverse();
    expect(reversed.map((p) => p.path[1])).toEqual([4, 1]);
    expect(exact(before, after, reversed)).toEqual(["unknown_reference mandates.1.holder", "unknown_reference mandates.4.holder"]);
  });

  it("reports two edited mandates that now share an id once", () => {
    const [before, after, patches] = edited((d) => {
      d.mandates[1].id = "m9";
      d.mandates[3].id = "m9";
    });
    expect(exact(before, after, patches)).toEqual(["duplicate_id mandates.3.id"]);
  });
});
