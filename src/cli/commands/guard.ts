import { usageError } from "../errors.js";

/**
 * Runs a library call on validated scenarios: what it still rejects is the query the
 * user typed (an id missing from one scenario, say), so its error is a usage error.
 */
export function guardQuery<T>(command: string, call: () => T): T {
  try {
    return call();
  } catch (error) {
    if (error instanceof Error && !(error instanceof TypeError) && !(error instanceof RangeError) && /^[a-zA-Z]+: /.test(error.message)) {
      throw usageError(error.message, command);
    }
    throw error;
  }
}
