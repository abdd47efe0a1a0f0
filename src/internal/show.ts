/** A value as it would appear in JSON, for messages; `undefined` and functions show as their type. */
export function show(value: unknown): string {
  // JSON.stringify returns undefined for undefined and functions, whatever its declared type says.
  const json = JSON.stringify(value) as string | undefined;
  return json ?? String(value);
}
