/** Joins names as people write them: "a", "a and b", "a, b and c", with the word for "and" of the language. */
export function joinNames(names: readonly string[], and: string): string {
  return names.length <= 1 ? names.join("") : `${names.slice(0, -1).join(", ")} ${and} ${names[names.length - 1] ?? ""}`;
}
