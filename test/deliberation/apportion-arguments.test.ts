import { describe, expect, it } from "vitest";
import { apportion, lotOrder } from "../../src/council.js";

describe("apportion refuses bad arguments by name", () => {
  it.each([Number.NaN, Infinity, -Infinity, -1, 2.5, 1e308, 100_001, "3", 1n])("refuses %s seats", (seats) => {
    expect(() => apportion(seats as number, { a: 3, b: 2 }, { method: "dhondt" })).toThrow(/^apportion: seats must be a whole number from 0 to 100000, got /);
  });

  it("names a NaN or BigInt seat count as itself", () => {
    expect(() => apportion(Number.NaN, { a: 1 }, { method: "dhondt" })).toThrow("got NaN");
    expect(() => apportion(2n as unknown as number, { a: 1 }, { method: "dhondt" })).toThrow("got 2n");
  });

  it("accepts -0 seats as no seats", () => {
    expect(apportion(-0, { a: 1 }, { method: "dhondt" }).allocation).toEqual({ a: 0 });
  });

  it.each([Number.NaN, Infinity, -1, 2.5, 2 ** 32, 1n, null, {}])("refuses the tie-break seed %s", (seed) => {
    expect(() => apportion(1, { a: 1, b: 1 }, { method: "dhondt", tieBreak: { seed: seed as number } })).toThrow(
      /^apportion: options\.tieBreak\.seed must be a whole number from 0 to 4294967295 or a string, got /,
    );
  });

  it("refuses options that are not an object", () => {
    expect(() => apportion(1, { a: 1 }, undefined as never)).toThrow('apportion: options must be an object such as { method: "dhondt" }, got undefined');
  });
});

describe("lotOrder refuses bad arguments by name", () => {
  it("refuses candidates given as one string instead of a list", () => {
    expect(() => lotOrder(1, "vo" as unknown as string[])).toThrow('lotOrder: the candidates must be a list of ids, got "vo"');
  });

  it("refuses a candidate that is not an id", () => {
    expect(() => lotOrder(1, ["a", 2 as unknown as string])).toThrow("lotOrder: candidates[1] must be an id (a string), got 2");
  });

  it.each([1n, null, { seed: 1 }, Number.NaN])("refuses the seed %s", (seed) => {
    expect(() => lotOrder(seed as number, ["a", "b"])).toThrow(/^lotOrder: the seed must be a whole number from 0 to 4294967295 or a string, got /);
  });
});
