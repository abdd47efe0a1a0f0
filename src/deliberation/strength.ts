/** The strength of a pairwise defeat of `against` by `pro` under each convention; only called when pro > against. */
export function defeatStrength(kind: "winning" | "margin" | "ratio", pro: number, against: number): number {
  if (kind === "winning") return pro;
  if (kind === "margin") return pro - against;
  return against === 0 ? Number.POSITIVE_INFINITY : pro / against;
}
