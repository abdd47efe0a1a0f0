// A TypeDoc plugin: a "Playground" link in the header of every page, guides included, to the
// page `npm run docs` builds into docs/api/playground/. TypeDoc's own `navigationLinks` writes
// its URL as given on every page, which breaks a relative link on pages in sub-folders; this
// link is made relative to each page, so the site works on any sub-path and from disk.
import { PageEvent } from "typedoc";

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.renderer.on(PageEvent.END, (page) => {
    if (page.contents === undefined) return;
    const depth = page.url.split("/").length - 1;
    const href = `${"../".repeat(depth)}playground/index.html`;
    page.contents = page.contents.replace('<div id="tsd-toolbar-links">', `<div id="tsd-toolbar-links"><a href="${href}">Playground</a>`);
  });
}
