// Ids and names are user data: every renderer passes them through one of these before output.

/** Characters XML 1.0 forbids outright (most C0 controls, lone surrogates, U+FFFE/U+FFFF). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point: XML forbids them.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Any character that escapeXml changes: markup, forbidden controls, U+FFFE/U+FFFF and every surrogate (lone ones are replaced). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point: XML forbids them.
const XML_SPECIAL = /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/;

/** Escapes text for XML and HTML content and attribute values; forbidden characters become U+FFFD. */
export function escapeXml(text: string): string {
  // Most ids and names need nothing: return them as they are rather than copying them six times.
  if (!XML_SPECIAL.test(text)) return text;
  return text
    .replace(NOT_XML, "\uFFFD")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** Any character that escapeMarkdown changes. */
const MARKDOWN_SPECIAL = /[\r\n\u2028\u2029\\`*_[\]<>#!|~&$]/;

/**
 * Escapes text for one Markdown table cell or line: ASCII punctuation that Markdown
 * (or inline HTML) could read as syntax gets a backslash, line breaks become spaces.
 */
export function escapeMarkdown(text: string): string {
  if (!MARKDOWN_SPECIAL.test(text)) return text;
  return text
    .replace(/[\r\n\u2028\u2029]+/g, " ")
    .replace(/[\\`*_[\]<>#!|~&$]/g, (c) => `\\${c}`);
}

/**
 * Escapes text for a quoted Mermaid label: anything outside a plain set of letters,
 * digits and punctuation becomes a `#code;` entity, which Mermaid decodes.
 */
export function escapeMermaid(text: string): string {
  let out = "";
  for (const char of text.replace(/[\r\n]+/g, " ")) {
    out += /^[\p{L}\p{N} ,.:/()+\-_?]$/u.test(char) ? char : `#${char.codePointAt(0) ?? 0};`;
  }
  return out;
}
