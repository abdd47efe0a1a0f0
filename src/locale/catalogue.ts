import type { CliWords } from "./cli-words.js";
import type { CouncilWords } from "./council-words.js";
import type { ExplainWords } from "./explain-words.js";
import type { FindingWords } from "./finding-words.js";
import type { NumberFormat } from "./format.js";
import type { Labels } from "./labels.js";
import type { StructureWords } from "./structure-words.js";

/**
 * The name of a language the library can write: `en` (built in) or `nl` (after
 * `import "beroepsgroep/locale/nl"`).
 * @example
 * ```ts
 * const locale: Locale = "en";
 * ```
 * @category Languages
 */
export type Locale = "en" | "nl";

/**
 * Every sentence a user reads, in one language: explanations, the words on
 * pictures and structure diagrams, the pitfalls' findings, the council's
 * explanation and the command line's text, with the language's number format.
 * English is built in ({@link english}); Dutch is the entry `beroepsgroep/locale/nl`.
 * Pass a catalogue itself as `locale`, or its `code` once its entry is imported.
 * @example
 * ```ts
 * english.code; // => "en"
 * english.numbers.percent(0.125); // => "12.5%"
 * ```
 * @category Languages
 */
export interface Catalogue {
  /** The code that names the language in a `locale` option, e.g. `en`. */
  readonly code: string;
  /** The language's name in English, for error messages. */
  readonly language: string;
  readonly numbers: NumberFormat;
  readonly explain: ExplainWords;
  readonly labels: Labels;
  readonly structure: StructureWords;
  readonly findings: FindingWords;
  readonly council: CouncilWords;
  readonly cli: CliWords;
}

/**
 * A `locale` option: the code of a loaded language, or a catalogue itself.
 * @example
 * ```ts
 * const options: { locale: LocaleOption } = { locale: "en" };
 * ```
 * @category Languages
 */
export type LocaleOption = Locale | Catalogue;
