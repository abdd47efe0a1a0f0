import type { Scenario } from "../../model/types.js";
import type { Change } from "../change.js";
import type { ScenarioDraft } from "./edit.js";
import { amendMandate, delegate, grantMandate, revokeMandate } from "./mandate-ops.js";
import { addCoalitionMember, removeCoalitionMember, setSpokesperson } from "./coalition-ops.js";
import { mergeOrganisations } from "./merge-ops.js";
import { addChapter, addRule, endAgreement, removeRule, setModel, signAgreement } from "./model-ops.js";
import { addFunding, endFunding } from "./funding-ops.js";
import { addOrganisation, dissolveOrganisation, updateOrganisation } from "./organisation-ops.js";
import { addRegion, addSector, addTheme } from "./structure-ops.js";

/** Carries out one operation on the draft; `base` is the frozen scenario the draft was made from. */
export function applyOperation(base: Scenario, draft: ScenarioDraft, change: Change): void {
  switch (change.type) {
    case "add-organisation":
      addOrganisation(base, draft, change);
      break;
    case "update-organisation":
      updateOrganisation(base, draft, change);
      break;
    case "dissolve-organisation":
      dissolveOrganisation(base, draft, change);
      break;
    case "merge-organisations":
      mergeOrganisations(base, draft, change);
      break;
    case "add-theme":
      addTheme(base, draft, change);
      break;
    case "add-region":
      addRegion(base, draft, change);
      break;
    case "add-sector":
      addSector(base, draft, change);
      break;
    case "grant-mandate":
      grantMandate(base, draft, change);
      break;
    case "amend-mandate":
      amendMandate(base, draft, change);
      break;
    case "revoke-mandate":
      revokeMandate(base, draft, change);
      break;
    case "add-coalition-member":
      addCoalitionMember(base, draft, change);
      break;
    case "remove-coalition-member":
      removeCoalitionMember(base, draft, change);
      break;
    case "set-spokesperson":
      setSpokesperson(base, draft, change);
      break;
    case "sign-agreement":
      signAgreement(base, draft, change);
      break;
    case "end-agreement":
      endAgreement(base, draft, change);
      break;
    case "set-model":
      setModel(base, draft, change);
      break;
    case "add-chapter":
      addChapter(base, draft, change);
      break;
    case "delegate":
      delegate(base, draft, change);
      break;
    case "add-rule":
      addRule(base, draft, change);
      break;
    case "remove-rule":
      removeRule(base, draft, change);
      break;
    case "add-funding":
      addFunding(base, draft, change);
      break;
    case "end-funding":
      endFunding(base, draft, change);
      break;
  }
}
