import type { ScenarioIssue } from "./scenario-error.js";
import type { Region, Theme } from "./types.js";

interface Node {
  readonly id: string;
  readonly parent?: string;
}

/** Finds each parent cycle once, and returns the index of one node on it with the cycle's ids. */
function findCycles(nodes: readonly Node[]): { index: number; ids: string[] }[] {
  const indexOf = new Map<string, number>();
  nodes.forEach((node, index) => {
    if (!indexOf.has(node.id)) indexOf.set(node.id, index);
  });
  // 0 = unvisited, 1 = on the current walk, 2 = done
  const state = new Uint8Array(nodes.length);
  const cycles: { index: number; ids: string[] }[] = [];
  for (let start = 0; start < nodes.length; start++) {
    if (state[start] !== 0) continue;
    const walk: number[] = [];
    let at: number | undefined = start;
    while (at !== undefined && state[at] === 0) {
      state[at] = 1;
      walk.push(at);
      const parent: string | undefined = nodes[at]?.parent;
      at = parent === undefined ? undefined : indexOf.get(parent);
    }
    if (at !== undefined && state[at] === 1) {
      const from = walk.indexOf(at);
      const ids: string[] = [];
      let first = at;
      // A loop, not Math.min(...): a spread of a long cycle would overflow the stack.
      for (let k = from; k < walk.length; k++) {
        const i = walk[k] as number;
        ids.push(nodes[i]?.id ?? "");
        if (i < first) first = i;
      }
      cycles.push({ index: first, ids });
    }
    for (const i of walk) state[i] = 2;
  }
  return cycles;
}

/** A cycle as `a -> b -> a`, shortened when it is long. */
function describeCycle(ids: readonly string[]): string {
  const shown = ids.length > 8 ? [...ids.slice(0, 8), `... (${ids.length} in all)`] : [...ids, ids[0] ?? ""];
  return shown.join(" -> ");
}

/** Regions form one tree: exactly one root, no cycles. */
export function checkRegionTree(regions: readonly Region[]): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  const roots = regions.flatMap((region, index) => (region.parent === undefined ? [{ region, index }] : []));
  if (roots.length === 0 && regions.length > 0) {
    issues.push({ code: "no_root_region", path: ["regions"], message: "regions: no region without a parent; exactly one root (the national level) is needed" });
  }
  for (const extra of roots.slice(1)) {
    issues.push({
      code: "multiple_root_regions",
      path: ["regions", extra.index],
      message: `region "${extra.region.id}" has no parent, but "${roots[0]?.region.id ?? ""}" is already the root; regions form one tree`,
    });
  }
  for (const cycle of findCycles(regions)) {
    issues.push({
      code: "region_cycle",
      path: ["regions", cycle.index, "parent"],
      message: `regions form a cycle: ${describeCycle(cycle.ids)}`,
    });
  }
  return issues;
}

/** Themes form a forest: no cycles, and every root states its kind. */
export function checkThemeTree(themes: readonly Theme[]): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  themes.forEach((theme, index) => {
    if (theme.parent === undefined && theme.kind === undefined) {
      issues.push({
        code: "theme_kind_missing",
        path: ["themes", index, "kind"],
        message: `theme "${theme.id}" has no parent, so it must state its kind ("professional" or "labour")`,
      });
    }
  });
  for (const cycle of findCycles(themes)) {
    issues.push({
      code: "theme_cycle",
      path: ["themes", cycle.index, "parent"],
      message: `themes form a cycle: ${describeCycle(cycle.ids)}`,
    });
  }
  return issues;
}
