/**
 * Dutch for every sentence the library writes. Importing this entry registers the
 * language, so `locale: "nl"` works everywhere; `dutch` can also be passed itself.
 *
 * ```ts
 * import "beroepsgroep/locale/nl";
 * // or: import { dutch } from "beroepsgroep/locale/nl";
 * ```
 * @module beroepsgroep/locale/nl
 */
import { dutch } from "./catalogue.js";
import { registerLocale } from "../registry.js";

registerLocale(dutch);

export { dutch };
