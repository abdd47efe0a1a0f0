import type { Claim } from "../governance/claim.js";
import type { RepresentationMatrix } from "../resolve/matrix.js";

/** A contested cell: who contends for the lead, and the claims that nothing could separate. @category Analysis */
export interface Conflict {
  readonly theme: string;
  readonly region: string;
  readonly sector: string | null;
  /** Every organisation of a contending party, sorted by id. */
  readonly contenders: readonly string[];
  /** The contending parties: each one organisation or a coalition, its ids sorted, as the cell lists them. */
  readonly parties: readonly (readonly string[])[];
  /** The tied lead claims, taken from the cell's basis in its order. */
  readonly claims: readonly Claim[];
}

/** Every contested cell of a matrix, in the matrix's order. */
export function conflictsOf(matrix: RepresentationMatrix): Conflict[] {
  return matrix.cells
    .filter((cell) => cell.status === "contested")
    .map((cell) => ({
      theme: cell.theme,
      region: cell.region,
      sector: cell.sector,
      contenders: cell.contenders,
      parties: cell.contendingParties,
      claims: cell.basis.filter((step) => step.outcome.kind === "tied").map((step) => step.claim),
    }));
}
