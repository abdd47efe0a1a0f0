import { rulesOf } from "../../governance/models.js";
import type { Finding } from "../finding.js";
import type { PitfallContext } from "./context.js";

/**
 * The OC's lesson: a mandatory register of teachers caused much discontent.
 * Only a model with a body (OC 2.0) records safeguards; coordination and alternative
 * models keep no register, so the pitfall never fires for them.
 */
export function mandatoryRegister({ scenario }: PitfallContext): Finding | undefined {
  const body = rulesOf(scenario.model).facts(scenario.model).body;
  if (body?.safeguards?.mandatoryRegister !== true) return undefined;
  return {
    id: "mandatory-register",
    severity: "high",
    message: {
      en: "The register of teachers is mandatory (model.safeguards.mandatoryRegister is true). The OC's mandatory register caused much discontent and helped bring it down.",
      nl: "Het lerarenregister is verplicht (model.safeguards.mandatoryRegister is true). Het verplichte lerarenregister van de OC zorgde voor veel onvrede en droeg bij aan haar opheffing.",
    },
    evidence: { field: "model.safeguards.mandatoryRegister", mandatoryRegister: true, body: body.body },
  };
}
