/** Fixtures of the tests of the Dutch dataset: its documents, each parsed anew on every call. */
import { parseScenario, type Scenario } from "../../src/index.js";
import { nl, type NlDocumentName } from "../../src/nl/index.js";
import type { Dated } from "../../src/model/dated.js";

// nl.scenarios and nl.history parse a document on first use and keep it, so only the first test
// to read one runs the code that writes it: mutation testing would then credit that test alone.
// Tests of the data read a copy parsed anew instead; test/nl/dataset.test.ts checks that the
// kept scenarios equal these.

/** One Dutch document, parsed anew on every call. */
export const fresh = (name: NlDocumentName): Scenario => parseScenario(nl.document(name));

/** The three proposals, each parsed anew on every call. */
export const proposal = {
  coordination: (): Scenario => fresh("coordination"),
  oc2: (): Scenario => fresh("oc2"),
  alternative: (): Scenario => fresh("alternative"),
};

/** The two earlier attempts and the history of representation, each parsed anew on every call. */
export const past = {
  oc: (): Scenario => fresh("history-oc"),
  lc: (): Scenario => fresh("history-lc"),
  representation: (): Scenario => fresh("history-representation"),
};

/** A field written as a dated list (an OC-style body's board or register), its periods in order; throws when it is one value. */
export function periodsOf<T>(field: T | Dated<T> | undefined, what: string): Dated<T> {
  if (!Array.isArray(field)) throw new Error(`${what} is not dated`);
  return field as Dated<T>;
}
