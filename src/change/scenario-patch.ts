/**
 * One step of the difference between two scenarios, as immer writes it (and as
 * JSON Patch does, with the path as an array): add, remove or replace the value at `path`.
 * @category Change
 */
export interface ScenarioPatch {
  readonly op: "add" | "remove" | "replace";
  /** Keys and array indexes from the scenario's root. */
  readonly path: readonly (string | number)[];
  /** The new value; absent for `remove`. */
  readonly value?: unknown;
}
