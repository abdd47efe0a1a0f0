/**
 * The ballots `tally` counts when no FILE is given: the three models of the founding
 * letter put to a teachers' council. The figures are an illustration, not the result
 * of a real vote; each ballot form is present so that every method can count it.
 */
export function councilExample(form: "ranking" | "approvals" | "scores" | "grades"): { candidates: string[]; ballots: Record<string, unknown>[] } {
  const candidates = ["coordination", "oc2", "alternative"];
  // Four groups of teachers, with their order of preference and how many they are.
  const groups: { ranking: string[]; count: number }[] = [
    { ranking: ["coordination", "alternative", "oc2"], count: 42 },
    { ranking: ["oc2", "alternative", "coordination"], count: 35 },
    { ranking: ["alternative", "oc2", "coordination"], count: 28 },
    { ranking: ["alternative", "coordination", "oc2"], count: 15 },
  ];
  const ballots = groups.map(({ ranking, count }) => {
    switch (form) {
      case "ranking":
        return { ranking, count };
      case "approvals":
        return { approvals: ranking.slice(0, 2), count };
      case "scores":
        return { scores: Object.fromEntries(ranking.map((id, i) => [id, [10, 6, 0][i] ?? 0])), count };
      case "grades":
        return { grades: Object.fromEntries(ranking.map((id, i) => [id, [5, 3, 1][i] ?? 0])), count };
    }
  });
  return { candidates, ballots };
}
