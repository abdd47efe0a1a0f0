// fast-xml-parser's validator is deprecated in favour of fast-xml-validator, which is not a dependency here.
import { XMLValidator } from "fast-xml-parser";

/** True when the text is well-formed XML (SVG, or the XHTML-compatible HTML the renderers write). */
export function wellFormed(xml: string): boolean {
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- XMLValidator still works in fast-xml-parser 5; fast-xml-validator is not installed
  return XMLValidator.validate(xml) === true;
}
