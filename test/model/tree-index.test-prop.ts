import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TreeIndex } from "../../src/model/tree-index.js";

/** A forest as a list: node i's parent is an earlier node, or none. */
const forest = fc
  .array(fc.option(fc.nat(), { nil: undefined }), { minLength: 1, maxLength: 60 })
  .map((parents) => parents.map((p, i) => ({ id: `n${i}`, ...(p === undefined || i === 0 ? {} : { parent: `n${p % i}` }) })));

/** The ids from a node up to its root, by walking parent links one at a time. */
function walkUp(nodes: readonly { id: string; parent?: string }[], id: string): string[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const out: string[] = [];
  for (let at: string | undefined = id; at !== undefined; at = byId.get(at)?.parent) out.push(at);
  return out;
}

describe("TreeIndex", () => {
  it("answers depth, ancestry and the deepest listed ancestor as walking the parent links does", () => {
    fc.assert(
      fc.property(forest, fc.array(fc.nat(), { maxLength: 5 }), (nodes, picks) => {
        const tree = new TreeIndex(nodes, "nodes");
        const listed = picks.map((p) => `n${p % nodes.length}`);
        for (const node of nodes) {
          const up = walkUp(nodes, node.id);
          expect(tree.depth(node.id)).toBe(up.length - 1);
          for (const other of nodes) expect(tree.within(node.id, other.id)).toBe(up.includes(other.id));
          const deepest = up.findIndex((id) => listed.includes(id));
          expect(tree.deepestListed(node.id, listed)).toBe(deepest < 0 ? -1 : up.length - 1 - deepest);
        }
      }),
    );
  });

  it("refuses parent links that form a cycle, naming the tree", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50 }), (length) => {
        const nodes = Array.from({ length }, (_, i) => ({ id: `n${i}`, parent: `n${(i + 1) % length}` }));
        expect(() => new TreeIndex([{ id: "root" }, ...nodes], "regions")).toThrow(/^ScenarioIndex: the regions form a cycle through "n\d+"/);
      }),
    );
  });
});
