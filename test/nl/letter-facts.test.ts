import { describe, expect, it } from "vitest";
import { resolve } from "../../src/index.js";
import { nl } from "../../src/nl/index.js";
import { past, periodsOf, proposal } from "./fixtures.js";
import { latest } from "../fixtures/in-force.js";

const org = (id: string) => nl.organisations.find((o) => o.id === id);

describe("facts from the letter, pinned", () => {
  it("founds the OC in 2011 with board seats for AOb, CNV Onderwijs, FvOv (the letter's FO CMHF/VCP), PVVVO and BON", () => {
    const oc = past.oc();
    expect(oc.organisations.find((o) => o.id === "oc")?.founded?.slice(0, 4)).toBe("2011");
    if (oc.model.kind !== "oc2") throw new Error("expected an OC-style model");
    expect(oc.model.body).toBe("oc");
    expect(oc.model.established.slice(0, 4)).toBe("2011");
    // The founding board is the letter's five; BON's seat ends when it left in October 2016.
    const board = periodsOf(oc.model.board, "the OC's board");
    expect(board[0]?.value.seats.map((s) => s.organisation)).toEqual(["aob", "cnvo", "fvov", "pvvvo", "bon"]);
    expect(board[0]?.until).toBe(nl.timeline.find((e) => e.id === "bon-leaves-oc")?.on);
    expect(latest(board)?.seats.map((s) => s.organisation)).toEqual(["aob", "cnvo", "fvov", "pvvvo"]);
    expect(org("fvov")?.note).toContain("'FO CMHF/VCP'");
    expect(oc.model.note).toContain("'FO CMHF/VCP' (that is the FvOv)");
  });

  it("keeps the letter's 2018 for the OC's end beside the legal end of 1 January 2019", () => {
    expect(org("oc")?.dissolved).toBe("2019-01-01");
    expect(org("oc")?.note).toMatch(/the letter says it was dissolved 'in 2018'.*May 2018.*1 January 2019/i);
    const decided = nl.timeline.find((e) => e.id === "oc-wind-up");
    expect(decided?.on.slice(0, 7)).toBe("2018-05");
    expect(decided?.note).toMatch(/letter says/);
  });

  it("dissolves the LC, the Lerarencollectief, in June 2023", () => {
    const lc = org("lc");
    expect(lc?.name).toBe("Lerarencollectief");
    expect(lc?.dissolved?.slice(0, 7)).toBe("2023-06");
    expect(lc?.dissolved).toBe("2023-06-28");
    expect(lc?.note).toMatch(/letter says only 'LC'/);
    expect(nl.timeline.find((e) => e.id === "lc-dissolved")?.on).toBe("2023-06-28");
  });

  it("makes the four letter organisations exactly the parties of the coordination scenario, with Platform VVVO present", () => {
    const model = proposal.coordination().model;
    if (model.kind !== "coordination") throw new Error("expected the coordination model");
    expect([...model.parties].sort()).toEqual(["aob", "bvmbo", "cnvo", "fvov"]);
    expect([...model.agreement.signatories].sort()).toEqual(["aob", "bvmbo", "cnvo", "fvov"]);
    for (const scenario of [proposal.coordination(), proposal.oc2(), proposal.alternative()]) {
      expect(scenario.organisations.some((o) => o.id === "pvvvo"), scenario.id).toBe(true);
    }
  });

  it("records the BVMBO as an associated member of the OC, not a board member", () => {
    const model = past.oc().model;
    if (model.kind !== "oc2") throw new Error("expected an OC-style model");
    expect(latest(model.board)?.seats.some((s) => s.organisation === "bvmbo")).toBe(false);
    expect(model.note).toMatch(/BVMBO was only an associated member/);
  });

  it("starts the story with the 2008 action plan Leerkracht", () => {
    expect(nl.timeline[0]?.id).toBe("leerkracht");
    expect(nl.timeline[0]?.on.slice(0, 4)).toBe("2008");
  });

  it("keeps the letter's 2019 motion beside the sources that do not confirm it", () => {
    const event = nl.timeline.find((e) => e.id === "motion-van-meenen-2019");
    expect(event?.sources).toEqual(["letter", "motion-2016", "motion-2018", "debate-2019"]);
    expect(event?.note).toMatch(/No 2019 motion/);
  });

  it("has no one represent the profession through the OC once it is gone", () => {
    const answer = resolve(past.oc(), { theme: "curriculum", region: "nl", on: "2019-01-01" });
    expect(answer.status).toBe("unrepresented");
    expect(resolve(past.oc(), { theme: "curriculum", region: "nl", on: "2018-12-31" }).lead).toBe("oc");
  });
});
