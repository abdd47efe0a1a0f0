import { escapeXml } from "./escape.js";
import { FONT } from "./svg-kit.js";

/** Inline styles: the fragment must look right wherever it is pasted, without a stylesheet. */
export const STYLE = {
  figure: `font-family:${FONT};font-size:14px;margin:0;color:#000000`,
  table: "border-collapse:collapse;margin:0 0 16px 0",
  caption: "text-align:left;font-weight:bold;padding:6px 0",
  th: "text-align:left;padding:4px 8px;border-bottom:1px solid #8C8C8C;font-weight:bold",
  td: "text-align:center;padding:4px 8px;border:2px solid #FFFFFF;min-width:4em;white-space:nowrap",
  hidden: "position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0",
  hatch: "background-color:#FFFFFF;background-image:repeating-linear-gradient(45deg,#8C8C8C 0 3px,#FFFFFF 3px 8px)",
  label: "background-color:#FFFFFF;padding:0 3px",
  empty: "background-color:#F2F2F2;color:#595959;border:1px dashed #8C8C8C",
  swatch: "display:inline-block;width:1.2em;height:1.2em;vertical-align:middle;margin-right:6px;border:1px solid #595959",
  list: "list-style:none;padding:0;margin:0",
} as const;

/** An element with escaped attribute values; `content` is trusted markup built by the caller. */
export function el(tag: string, attrs: Readonly<Record<string, string | undefined>>, content: string): string {
  let open = tag;
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) open += ` ${name}="${escapeXml(value)}"`;
  return `<${open}>${content}</${tag}>`;
}

/** Text that only screen readers read. */
export function hidden(text: string): string {
  return el("span", { style: STYLE.hidden }, escapeXml(text));
}
