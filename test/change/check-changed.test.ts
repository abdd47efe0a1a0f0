import { enablePatches, produceWithPatches } from "immer";
import { describe, expect, it } from "vitest";
import type { Scenario } from "../../src/index.js";
import { checkChanged, fullCheck } from "../../src/change/check-changed.js";
import { world } from "./fixtures.js";

/** An edit no named operation makes, with its patches, to reach the check's defensive paths. */
function edited(edit: (draft: any) => void): [Scenario, Scenario, readonly { op: "add" | "remove" | "replace"; path: (string | number)[] }[]] {
  enablePatches();
  const before = world("coordination");
  const [after, patches] = produceWithPatches(before, edit);
  return [before, after, patches];
}

describe("checkChanged", () => {
  it("checks every mandate again when an id they may refer to disappears", () => {
    const [before, after, patches] = edited((d) => {
      d.organisations.splice(0, 1);
    });
    const issues = checkChanged(before, after, patches);
    expect(issues).toEqual(fullCheck(after));
    expect(issues.filter((issue) => issue.path[0] === "mandates").map((issue) => issue.path.join("."))).toEqual(["mandates.0.holder", "mandates.5.holder"]);
  });

  it("checks the whole scenario when mandates are removed or replaced as a list", () => {
    const [before, removed, removal] = edited((d) => {
      d.mandates.splice(0, 1);
      d.mandates[0].holder = "nope";
    });
    expect(checkChanged(before, removed, removal)).toEqual(fullCheck(removed));
    const [base, replaced, replacement] = edited((d) => {
      d.mandates = [{ ...d.mandates[0], holder: "nope" }];
    });
    expect(checkChanged(base, replaced, replacement).map((issue) => issue.code)).toEqual(["unknown_reference"]);
  });

  it("reports a malformed mandate with its real place in the list", () => {
    const [before, after, patches] = edited((d) => {
      d.mandates[4].validFrom = "someday";
    });
    expect(checkChanged(before, after, patches)).toEqual(fullCheck(after));
    expect(checkChanged(before, after, patches)[0]?.message).toMatch(/^mandates\[4\]\.validFrom: /);
  });
});
