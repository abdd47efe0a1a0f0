import { describe, expect, it } from "vitest";
import { changePoints } from "../../src/index.js";
import { addDays, dayNumber } from "../../src/time/day-number.js";
import { ruled } from "./fixtures.js";

const FROM = "2001-01-01";
const UNTIL = "2501-01-01";

describe("changePoints over a long daily rotation", () => {
  const among = ["aob", "cnvo", "fvov"];
  const rotation = ruled({ rotate: { among, every: { days: 1 }, startingOn: FROM } });
  const days = dayNumber(UNTIL) - dayNumber(FROM);

  it(`lists one turnover on each of the ${days} days of five centuries, in order, with the chair in turn`, () => {
    // More events than a spread of arguments can pass: they must be gathered one by one.
    expect(days).toBeGreaterThan(150_000);
    const points = changePoints(rotation, { from: FROM, until: UNTIL });
    expect(points).toHaveLength(days);
    const wrong = points.filter((point, turn) => {
      const event = point.events[0];
      return (
        point.on !== addDays(FROM, turn) ||
        point.events.length !== 1 ||
        event?.kind !== (turn === 0 ? "rotation-starts" : "rotation-turns") ||
        !("chair" in event) ||
        event.chair !== among[turn % among.length] ||
        event.turn !== turn
      );
    });
    expect(wrong).toEqual([]);
  });

  it("starts the list at the first turnover inside a period that opens in the middle of the rotation", () => {
    const from = "2400-03-01";
    const points = changePoints(rotation, { from, until: UNTIL });
    const turn = dayNumber(from) - dayNumber(FROM);
    expect(points).toHaveLength(dayNumber(UNTIL) - dayNumber(from));
    expect(points[0]).toEqual({ on: from, events: [{ kind: "rotation-turns", rule: "r1", turn, chair: among[turn % among.length] }] });
  });
});
