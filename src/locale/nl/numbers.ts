import { numberFormat, type NumberFormat } from "../format.js";

/** Numbers as Dutch writes them: `150.000`, `12,5%`. */
export const numbers: NumberFormat = numberFormat(".", ",");
