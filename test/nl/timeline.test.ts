import { describe, expect, it } from "vitest";
import { nl } from "../../src/nl/index.js";

describe("nl.timeline", () => {
  it("is in date order and has unique ids", () => {
    const days = nl.timeline.map((e) => e.on);
    expect(days).toEqual([...days].sort());
    expect(new Set(nl.timeline.map((e) => e.id)).size).toBe(nl.timeline.length);
  });

  it("runs from the 2008 action plan, through the OC and the LC, to the onderwijsregio's", () => {
    const ids = nl.timeline.map((e) => e.id);
    const order = ["leerkracht", "oc-founded", "oc-dissolved", "lc-launched", "lc-dissolved", "forerunners", "regions-coverage"];
    const positions = order.map((id) => ids.indexOf(id));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(nl.timeline.at(-1)?.title).toMatch(/onderwijsregio/);
  });

  it("fills the day with the 1st exactly where the sources give only a month or year", () => {
    for (const event of nl.timeline) {
      if (event.precision === "month") expect(event.on.slice(8), event.id).toBe("01");
      if (event.precision === "year") expect(event.on.slice(5), event.id).toBe("01-01");
    }
  });

  it("dates the act of 2017 on its enactment (Staatsblad 2017, 85) and its entry into force on 1 August 2017 (Staatsblad 2017, 293)", () => {
    const event = (id: string) => nl.timeline.find((e) => e.id === id);
    expect(event("register-act")).toMatchObject({ on: "2017-02-22", precision: "day", sources: ["register-act", "register-in-force"] });
    expect(event("register-act")?.title).toContain("(Staatsblad 2017, 85)");
    expect(event("register-law")).toMatchObject({ on: "2017-08-01", sources: ["register-in-force", "register-act"] });
    expect(event("register-law")?.note).toBe("The entry into force was set by the decree Staatsblad 2017, 293; the act itself is Staatsblad 2017, 85.");
  });

  it("keeps the growth fund as a bid in the letter and as a grant in later sources, each attributed", () => {
    const event = (id: string) => nl.timeline.find((e) => e.id === id);
    const bid = event("napl-bid");
    const grant = event("napl");
    expect(bid?.title).toMatch(/bid .* is submitted$/);
    expect(bid?.sources).toEqual(["letter", "napl-submitted"]);
    expect(grant?.title).toMatch(/is granted$/);
    // The letter never speaks of the grant, so it is not cited for it.
    expect(grant?.sources).toEqual(["napl-granted", "napl-granted-partners"]);
    expect(grant?.note).toMatch(/The letter speaks only of the bid/);
    // The partner lists of the grant leave out CNV Onderwijs, which the letter names: kept visible.
    expect(grant?.note).toMatch(/name AOb, FvOv, Platform VVVO, BVMBO and the Lerarencollectief, but not CNV Onderwijs/);
  });

  it("has the Kamerbrief 'Voortgang lerarenstrategie' of 20 June 2023, which the letter answers, before the Wetgevingsoverleg of 26 June", () => {
    const ids = nl.timeline.map((e) => e.id);
    const event = nl.timeline.find((e) => e.id === "lerarenstrategie-2023");
    expect(event).toMatchObject({ on: "2023-06-20", precision: "day", sources: ["letter", "lerarenstrategie-2023"] });
    expect(event?.title).toContain("'Voortgang lerarenstrategie'");
    expect(ids.indexOf("lerarenstrategie-2023")).toBe(ids.indexOf("wgo-2023") - 1);
  });

  it("gives every event an English and a Dutch title", () => {
    for (const event of nl.timeline) {
      expect(event.title.length, event.id).toBeGreaterThan(0);
      expect(event.titleNl.length, event.id).toBeGreaterThan(0);
      expect(event.titleNl, event.id).not.toBe(event.title);
    }
  });
});
