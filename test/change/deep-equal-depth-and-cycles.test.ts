import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { deepEqual } from "../../src/change/deep-equal.js";

const DEPTH = 200_000;

/** `{ level, next: { level, next: ... } }` and arrays in turn, `depth` levels deep, with `leaf` at the bottom. */
function nested(depth: number, leaf: unknown): unknown {
  let inner: unknown = leaf;
  for (let d = depth - 1; d >= 0; d--) inner = d % 2 === 0 ? { level: d, next: inner } : [d, inner];
  return inner;
}

/** A graph of nodes, each a label and a list of the nodes it points to (by position). */
interface Graph {
  readonly labels: readonly number[];
  readonly edges: readonly (readonly number[])[];
}

/** The graph built as objects `{ label, next: [...] }` that point at each other, cycles and all. */
function build(graph: Graph): Record<string, unknown>[] {
  const nodes = graph.labels.map((label) => ({ label, next: [] as unknown[] }));
  graph.edges.forEach((targets, i) => {
    for (const t of targets) nodes[i]?.next.push(nodes[t]);
  });
  return nodes;
}

/**
 * The reference: node i of `a` and node j of `b` unfold into the same infinite tree. Two unfoldings
 * that agree to a depth of (nodes of a) x (nodes of b) agree at every depth, since there are no
 * more pairs of nodes than that to tell apart.
 */
function sameUnfolding(a: Graph, b: Graph, i: number, j: number): boolean {
  const memo = new Map<string, boolean>();
  const agree = (x: number, y: number, depth: number): boolean => {
    if (depth === 0) return true;
    const key = `${x} ${y} ${depth}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const left = a.edges[x] ?? [];
    const right = b.edges[y] ?? [];
    const answer = a.labels[x] === b.labels[y] && left.length === right.length && left.every((t, k) => agree(t, right[k] ?? -1, depth - 1));
    memo.set(key, answer);
    return answer;
  };
  return agree(i, j, a.labels.length * b.labels.length + 1);
}

const graph = (maxNodes: number): fc.Arbitrary<Graph> =>
  fc.integer({ min: 1, max: maxNodes }).chain((n) =>
    fc.record({
      labels: fc.array(fc.integer({ min: 0, max: 1 }), { minLength: n, maxLength: n }),
      edges: fc.array(fc.array(fc.integer({ min: 0, max: n - 1 }), { maxLength: 2 }), { minLength: n, maxLength: n }),
    }),
  );

describe("deepEqual on deep values", () => {
  it(`compares values nested ${DEPTH} levels deep without running out of stack`, () => {
    expect(deepEqual(nested(DEPTH, "end"), nested(DEPTH, "end"))).toBe(true);
    expect(deepEqual(nested(DEPTH, "end"), nested(DEPTH, "END"))).toBe(false);
    expect(deepEqual(nested(DEPTH, "end"), nested(DEPTH - 1, "end"))).toBe(false);
  });
});

describe("deepEqual on cyclic values", () => {
  it("tells apart two rings that differ in one label, however far round the ring it is", () => {
    const ring = (labels: readonly number[]): unknown => build({ labels, edges: labels.map((_, i) => [(i + 1) % labels.length]) })[0];
    expect(deepEqual(ring([1, 1, 1]), ring([1, 1, 1]))).toBe(true);
    expect(deepEqual(ring([1, 1, 1]), ring([1, 1, 0]))).toBe(false);
    expect(deepEqual(ring([1, 0, 1]), ring([1, 1, 0]))).toBe(false);
  });

  it("counts a one-node loop and a two-node loop with the same labels equal: they unfold alike", () => {
    const one = build({ labels: [1], edges: [[0]] })[0];
    const two = build({ labels: [1, 1], edges: [[1], [0]] })[0];
    expect(deepEqual(one, two)).toBe(true);
    expect(deepEqual(two, one)).toBe(true);
  });

  it("agrees with comparing the unfoldings of two random graphs, cycles and shared nodes included", () => {
    fc.assert(
      fc.property(graph(4), graph(4), (a, b) => {
        const left = build(a)[0];
        const right = build(b)[0];
        expect(deepEqual(left, right)).toBe(sameUnfolding(a, b, 0, 0));
        expect(deepEqual(right, left)).toBe(sameUnfolding(b, a, 0, 0));
      }),
      { numRuns: 500 },
    );
  });
});

/** A plain recursive reference for acyclic JSON values: the rule written out directly. */
function referenceEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => referenceEqual(item, b[i]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const present = (o: Record<string, unknown>): string[] => Object.keys(o).filter((k) => o[k] !== undefined).sort();
  const keys = present(left);
  return JSON.stringify(keys) === JSON.stringify(present(right)) && keys.every((k) => referenceEqual(left[k], right[k]));
}

/** Acyclic JSON-like values, some keys holding undefined, often sharing parts. */
const value = fc.letrec<{ v: unknown }>((tie) => ({
  v: fc.oneof(
    { depthSize: "small" },
    fc.constantFrom(0, 1, "a", "b", true, null),
    fc.array(tie("v"), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom("x", "y", "z"), fc.oneof(tie("v"), fc.constant(undefined)), { maxKeys: 3 }),
  ),
})).v;

describe("deepEqual on acyclic values", () => {
  it("agrees with a plain recursive comparison, and finds a value equal to a copy of itself", () => {
    fc.assert(
      fc.property(value, value, (a, b) => {
        expect(deepEqual(a, b)).toBe(referenceEqual(a, b));
        expect(deepEqual(a, structuredClone(a))).toBe(true);
        expect(deepEqual({ a, b }, { a, b: a })).toBe(referenceEqual(a, b));
      }),
      { numRuns: 500 },
    );
  });
});
