import { rulesOf } from "../../governance/models.js";
import type { FindingFact } from "../finding.js";
import type { PitfallContext } from "./context.js";

/**
 * The OC's lesson: a mandatory register of teachers caused much discontent.
 * Only a model with a body (OC 2.0) records safeguards; coordination and alternative
 * models keep no register, so the pitfall never fires for them. A dated register is read
 * on the day asked for: the OC's register was voluntary until 1 August 2017.
 */
export function mandatoryRegister({ scenario, matrix }: PitfallContext): FindingFact | undefined {
  const body = rulesOf(scenario.model).facts(scenario.model, matrix.on).body;
  if (body?.safeguards?.mandatoryRegister !== true) return undefined;
  return {
    id: "mandatory-register",
    severity: "high",
    evidence: { field: "model.safeguards.mandatoryRegister", mandatoryRegister: true, body: body.body },
  };
}
