/** A node of a tree given as a list: an id and, except for a root, its parent's id. */
interface TreeNode {
  readonly id: string;
  readonly parent?: string | undefined;
}

/**
 * The parent links of a region or theme tree (or forest), compiled into arrays whose
 * size is linear in the number of nodes, however deep the tree: numbers, parents and
 * depths, and each node's place in a depth-first order with the size of its subtree,
 * so that "is `a` an ancestor of `b`" takes constant time. Nothing is recursive.
 */
export class TreeIndex {
  /** Each id's number: its place in the list (the first one, should an id repeat). */
  readonly numbers = new Map<string, number>();
  readonly ids: readonly string[];
  /** The parent's number, or -1 for a root (or a parent not in the list). */
  readonly parents: Int32Array;
  /** Distance from the node's root; a root is 0. */
  readonly depths: Int32Array;
  /** The node's place in a depth-first order of the whole forest. */
  private readonly enter: Int32Array;
  /** How many nodes the node's subtree holds, the node included. */
  private readonly sizes: Int32Array;

  /** @throws Error naming `what` when the parent links form a cycle (parsed scenarios never do). */
  constructor(nodes: readonly TreeNode[], what: string) {
    const n = nodes.length;
    const ids: string[] = [];
    nodes.forEach((node, i) => {
      ids.push(node.id);
      if (!this.numbers.has(node.id)) this.numbers.set(node.id, i);
    });
    this.ids = ids;
    this.parents = new Int32Array(n);
    nodes.forEach((node, i) => {
      const parent = node.parent === undefined ? undefined : this.numbers.get(node.parent);
      this.parents[i] = parent ?? -1;
    });
    this.depths = new Int32Array(n);
    this.enter = new Int32Array(n);
    this.sizes = new Int32Array(n);
    this.order(what);
  }

  /** Numbers the nodes depth-first from each root, then sums the subtree sizes from the leaves up. */
  private order(what: string): void {
    const n = this.parents.length;
    // Children in compressed rows: the children of node i are kids[first[i] .. first[i + 1]).
    const first = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) {
      const p = this.parents[i] as number;
      if (p >= 0) first[p + 1] = (first[p + 1] as number) + 1;
    }
    for (let i = 0; i < n; i++) first[i + 1] = (first[i + 1] as number) + (first[i] as number);
    const fill = first.slice(0, n);
    const kids = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const p = this.parents[i] as number;
      if (p < 0) continue;
      const slot = fill[p] as number;
      kids[slot] = i;
      fill[p] = slot + 1;
    }
    const byEnter = new Int32Array(n);
    const stack: number[] = [];
    let next = 0;
    for (let root = 0; root < n; root++) {
      if (this.parents[root] !== -1) continue;
      stack.push(root);
      while (stack.length > 0) {
        const at = stack.pop() as number;
        this.enter[at] = next;
        byEnter[next++] = at;
        const p = this.parents[at] as number;
        this.depths[at] = p < 0 ? 0 : (this.depths[p] as number) + 1;
        // Pushed last to first, so that the first child is numbered first.
        for (let k = (first[at + 1] as number) - 1; k >= (first[at] as number); k--) stack.push(kids[k] as number);
      }
    }
    // A node not reached from any root sits on a cycle, or below one.
    if (next < n) {
      const stuck = this.ids.find((_, i) => this.depths[i] === 0 && this.parents[i] !== -1) ?? "";
      throw new Error(`ScenarioIndex: the ${what} form a cycle through "${stuck}"; parse the scenario with parseScenario first`);
    }
    for (let k = n - 1; k >= 0; k--) {
      const at = byEnter[k] as number;
      this.sizes[at] = (this.sizes[at] as number) + 1;
      const p = this.parents[at] as number;
      if (p >= 0) this.sizes[p] = (this.sizes[p] as number) + (this.sizes[at]);
    }
  }

  has(id: string): boolean {
    return this.numbers.has(id);
  }

  /** The node's depth below its root (a root is 0), or -1 for an unknown id. */
  depth(id: string): number {
    const at = this.numbers.get(id);
    return at === undefined ? -1 : (this.depths[at] as number);
  }

  /** True when `ancestor` is `id` itself or one of its ancestors. */
  within(id: string, ancestor: string): boolean {
    const at = this.numbers.get(id);
    const up = this.numbers.get(ancestor);
    if (at === undefined || up === undefined) return false;
    const from = this.enter[up] as number;
    const e = this.enter[at] as number;
    return e >= from && e < from + (this.sizes[up] as number);
  }

  /** The depth of the deepest of `listed` that is `id` or one of its ancestors, or -1 when none is. */
  deepestListed(id: string, listed: readonly string[]): number {
    let deepest = -1;
    for (const up of listed) if (this.within(id, up)) deepest = Math.max(deepest, this.depth(up));
    return deepest;
  }
}
