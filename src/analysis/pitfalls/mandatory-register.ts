import type { FindingFact } from "../finding.js";
import type { PitfallContext } from "./context.js";

/**
 * The OC's lesson: a mandatory register of teachers caused much discontent.
 * Only an OC 2.0 model records safeguards; coordination and alternative models
 * keep no register, so the pitfall never fires for them.
 */
export function mandatoryRegister({ scenario }: PitfallContext): FindingFact | undefined {
  const model = scenario.model;
  if (model.kind !== "oc2" || model.safeguards?.mandatoryRegister !== true) return undefined;
  return {
    id: "mandatory-register",
    severity: "high",
    evidence: { field: "model.safeguards.mandatoryRegister", mandatoryRegister: true, body: model.body },
  };
}
