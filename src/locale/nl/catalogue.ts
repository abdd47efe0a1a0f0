import type { Catalogue } from "../catalogue.js";
import { deepFreeze } from "../../internal/deep-freeze.js";
import { nl as cli } from "./cli-words.js";
import { nl as council } from "./council-words.js";
import { nl as explain } from "./explain-words.js";
import { nl as findings } from "./finding-words.js";
import { nl as labels } from "./labels.js";
import { numbers } from "./numbers.js";
import { nl as structure } from "./structure-words.js";

/**
 * Dutch (Nederlands): every sentence the library writes, in Dutch. Not to be
 * confused with the Dutch dataset of the entry `beroepsgroep/nl`.
 * @example
 * ```ts
 * import { dutch } from "beroepsgroep/locale/nl";
 * dutch.labels.legend; // => "Legenda"
 * ```
 * @category Languages
 */
export const dutch: Catalogue = deepFreeze({ code: "nl", language: "Dutch", numbers, explain, labels, structure, findings, council, cli });
