/**
 * Fixtures of the governance tests: the shared builders (a fixture document, copied, edited
 * and parsed), the deep-tree world of the resolution tests, the worked world under
 * a list of alternative rules, and a one-cell rotation world.
 */
import type { Period, Scenario } from "../../src/model/types.js";
import { type Doc, world } from "../fixtures/load.js";

export { doc, type Doc, mandate, world } from "../fixtures/load.js";
export { deepWorld } from "../resolve/fixtures.js";

/** A one-cell world (theme t, region nl, sector vo) where one rule rotates the chair among `among`. */
export function rotationDoc(every: Period, startingOn: string, among: readonly string[] = ["a", "b", "c"]): Record<string, unknown> {
  return {
    schemaVersion: 1,
    id: "rotation",
    name: "A rotating chair",
    sectors: [{ id: "vo", name: "Voortgezet onderwijs" }],
    regions: [{ id: "nl", name: "Nederland", level: "national" }],
    themes: [{ id: "t", name: "Curriculum", kind: "professional" }],
    organisations: among.map((id) => ({ id, name: id.toUpperCase(), kind: "union", sectors: ["vo"] })),
    mandates: [],
    model: { kind: "alternative", name: "Rotation", rules: [{ id: "r1", then: { rotate: { among, every, startingOn } } }] },
  };
}

/** The one cell of a rotation world. */
export const CELL = { theme: "t", region: "nl", sector: "vo" } as const;

/** The worked coordination world under an alternative model with these rules, in this order. */
export function rules(...list: Doc[]): Scenario {
  return world((d) => {
    d["model"] = { kind: "alternative", name: "Test", rules: list };
  });
}
