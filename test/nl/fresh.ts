import { parseScenario, type Scenario } from "../../src/index.js";
import { nl } from "../../src/nl/index.js";

// nl.scenarios and nl.history parse a document on first use and keep it, so only the first test
// to read one runs the code that writes it: mutation testing would then credit that test alone.
// Tests of the data read a copy parsed anew instead; test/nl/dataset.test.ts checks that the
// kept scenarios equal these.

/** The three proposals, each parsed anew on every call. */
export const proposal = {
  coordination: (): Scenario => parseScenario(nl.document("coordination")),
  oc2: (): Scenario => parseScenario(nl.document("oc2")),
  alternative: (): Scenario => parseScenario(nl.document("alternative")),
};

/** The two earlier attempts and the history of representation, each parsed anew on every call. */
export const past = {
  oc: (): Scenario => parseScenario(nl.document("history-oc")),
  lc: (): Scenario => parseScenario(nl.document("history-lc")),
  representation: (): Scenario => parseScenario(nl.document("history-representation")),
};
