// The bundle benchmark's "code without its text": every string and template literal
// emptied, and nothing else, whatever quotes regular expressions and divisions hold.
import { describe, expect, it } from "vitest";
import { withoutText } from "../../bench/bundle.js";

describe("the code of a bundle without its text", () => {
  it("empties string literals of either quote, escapes and all", () => {
    expect(withoutText(`const a="x\\"y",b='it\\'s';`)).toBe(`const a="",b="";`);
  });

  it("keeps a regular expression that holds a quote, and the code after it", () => {
    expect(withoutText(`const r=/"|'/g,s="text";f(r,"more")`)).toBe(`const r=/"|'/g,s="";f(r,"")`);
  });

  it("tells a division from a regular expression", () => {
    expect(withoutText(`x=a/2/"s".length;y=b/"'"`)).toBe(`x=a/2/"".length;y=b/""`);
  });

  it("empties the text of templates and keeps their expressions, nested too", () => {
    expect(withoutText("t=`a${b+'q'}c${`in${d}`}e`;u=`plain`;v=tag`x${1}`")).toBe("t=`${b+\"\"}${`${d}`}`;u=``;v=tag`${1}`");
  });

  it("leaves code without literals as it is", () => {
    const code = "function f(a,b){return a<b?a/b:b%a}export{f as g};";
    expect(withoutText(code)).toBe(code);
  });

  it("refuses code that does not parse, instead of guessing", () => {
    expect(() => withoutText(`const a="open`)).toThrow(/^withoutText: the code does not parse/);
  });
});
