import type { Catalogue } from "../catalogue.js";
import { deepFreeze } from "../../internal/deep-freeze.js";
import { en as cli } from "./cli-words.js";
import { en as council } from "./council-words.js";
import { en as explain } from "./explain-words.js";
import { en as findings } from "./finding-words.js";
import { en as labels } from "./labels.js";
import { numbers } from "./numbers.js";
import { en as structure } from "./structure-words.js";

/**
 * English, built in: every sentence the library writes, in English. It is the
 * default of every `locale` option.
 * @example
 * ```ts
 * english.labels.legend; // => "Legend"
 * renderStructure(scenario, { locale: english }) === renderStructure(scenario); // => true
 * ```
 * @category Languages
 */
export const english: Catalogue = deepFreeze({ code: "en", language: "English", numbers, explain, labels, structure, findings, council, cli });
