import { z } from "zod";
import { show } from "../internal/show.js";
import type { Catalogue } from "../locale/catalogue.js";
import { readLocale } from "../locale/registry.js";
import { dayArgument } from "../model/argument-schemas.js";
import type { DisplayNames } from "./display-names.js";

/*
 * The renderers' options, checked one way: a zod schema per renderer, read with
 * `checkArgument` (src/model/argument-schemas.ts), whose first issue becomes
 * `fn: <message>`. Each message names the option and shows what was received.
 * Defaults are filled in here, so a renderer reads only checked values.
 */

/** True for an object made by `{}`, `Object.create(null)` or `JSON.parse` (in any realm): not an array, a `Date`, a `Map` or a class instance. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  try {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
    const proto: unknown = Object.getPrototypeOf(value);
    return proto === null || Object.getPrototypeOf(proto) === null;
  } catch {
    // A revoked Proxy cannot be read: it is no options object.
    return false;
  }
}

/**
 * An options object with exactly the keys of `shape`: anything but a plain object is
 * refused with `notAnObject`, an unknown key (a typo, or `__proto__` from `JSON.parse`)
 * by its name and the options there are.
 */
function optionsObject<S extends z.core.$ZodLooseShape>(shape: S, notAnObject: (input: unknown) => string): z.ZodPipe<z.ZodCustom<object>, z.ZodObject<S, z.core.$strict>> {
  const known = Object.keys(shape).join(", ");
  return z.custom<object>(isPlainObject, { error: (issue) => notAnObject(issue.input) }).pipe(
    z.strictObject(shape, {
      error: (issue) =>
        issue.code === "unrecognized_keys" ? `unknown option${issue.keys.length === 1 ? "" : "s"} ${issue.keys.map((k) => show(k)).join(", ")}; the options are ${known}` : notAnObject(issue.input),
    }),
  );
}

/** An option that may be left out; when given, its value passes `test`, else it is refused with `message(value)`. The value is kept as it is (not copied). */
function option<T>(test: (value: unknown) => boolean, message: (value: unknown) => string): z.ZodOptional<z.ZodCustom<T>> {
  return z.custom<T>(test, { error: (issue) => message(issue.input) }).optional();
}

/** `locale`: `en` (also when left out), a loaded language's code, or a catalogue; read as the catalogue. */
export const localeOption: z.ZodType<Catalogue> = z.unknown().optional().transform((value, ctx) => {
  const read = readLocale(value);
  if (read.ok) return read.catalogue;
  ctx.issues.push({ code: "custom", message: read.message, input: value });
  return z.NEVER;
});

/** `idPrefix`: starts with a letter, then letters, digits, `_` and `-`; `bg` when left out. */
export const idPrefixOption: z.ZodType<string> = option<string>(
  (value) => value === undefined || (typeof value === "string" && /^[A-Za-z][\w-]*$/.test(value)),
  (value) => `idPrefix must start with a letter and hold only letters, digits, "_" and "-", received ${show(value)}`,
).transform((value) => value ?? "bg");

/** A record whose every own value is a string (a table of names or colours by id). */
function isStringRecord(value: unknown): value is Readonly<Record<string, string>> {
  return isPlainObject(value) && Object.values(value).every((v) => typeof v === "string");
}

/** `colours`: `#rrggbb` colours by organisation id. The colours of the organisations a picture shows are checked as it is drawn. */
const coloursOption = option<Readonly<Record<string, string>>>(
  (value) => value === undefined || isStringRecord(value),
  (value) => `colours must be a record of #rrggbb colours by organisation id, received ${show(value)}`,
);

const TABLES: ReadonlySet<string> = new Set<keyof DisplayNames>(["organisations", "organisationNames", "themes", "regions", "sectors", "candidates"]);

/**
 * `names`: display names (see `displayNames()`), a table of names per kind of id. With
 * `flat`, also (deprecated, `renderTimeline` only) one record of names by id, which then
 * names organisations, themes, regions and sectors alike.
 */
function namesOption(flat: boolean): z.ZodType<DisplayNames | undefined> {
  const expected = flat ? "display names (see displayNames()) or a record of names by id" : "display names (see displayNames())";
  return z.unknown().optional().transform((value, ctx): DisplayNames | undefined => {
    if (value === undefined) return undefined;
    if (flat && isStringRecord(value)) return { organisations: value, themes: value, regions: value, sectors: value };
    if (!isPlainObject(value)) {
      ctx.issues.push({ code: "custom", message: `names must be ${expected}, received ${show(value)}`, input: value });
      return z.NEVER;
    }
    for (const [key, table] of Object.entries(value)) {
      if (!TABLES.has(key) || (table !== undefined && !isStringRecord(table))) {
        ctx.issues.push({ code: "custom", message: `names must be ${expected}, but ${show(key)} holds ${show(table)}`, input: value });
        return z.NEVER;
      }
    }
    return value;
  });
}

const formatOption = z.enum(["markdown", "html", "svg"], { error: (issue) => `format must be "markdown", "html" or "svg", received ${show(issue.input)}` });

/** `headingLevel`: a whole number from 1 to 5; 2 when left out (or null). */
const headingLevelOption = option<number | null>(
  (value) => value === undefined || value === null || (typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 5),
  (value) => `headingLevel must be a whole number from 1 to 5, received ${show(value)}`,
).transform((value) => value ?? 2);

const standaloneOption = option<boolean>(
  (value) => value === undefined || typeof value === "boolean",
  (value) => `standalone must be true or false, received ${show(value)}`,
).transform((value) => value === true);

/** The options every Markdown/HTML/SVG renderer takes, in the order they are checked. */
const renderShape = {
  format: formatOption,
  locale: localeOption,
  headingLevel: headingLevelOption,
  idPrefix: idPrefixOption,
  standalone: standaloneOption,
  names: namesOption(false),
  colours: coloursOption,
};

const notRenderOptions = (): string => "options must be an object with a format";

/** The options of `renderMatrix` and `renderTally` (`RenderOptions`), checked and completed. */
export const renderOptionsSchema = optionsObject(renderShape, notRenderOptions);

/** The options of `renderComparison` (`ComparisonRenderOptions`): those of every renderer and `maxRows` (all rows when left out). */
export const comparisonOptionsSchema = optionsObject(
  {
    ...renderShape,
    maxRows: option<number>(
      (value) => value === undefined || (typeof value === "number" && value >= 0 && (Number.isInteger(value) || value === Number.POSITIVE_INFINITY)),
      (value) => `maxRows must be a whole number of at least 0, received ${show(value)}`,
    ).transform((value) => value ?? Number.POSITIVE_INFINITY),
  },
  notRenderOptions,
);

const notAnObject = (input: unknown): string => `options must be an object, received ${show(input)}`;

/** The options of `renderTimeline` (`RenderTimelineOptions`), checked and completed. */
export const timelineOptionsSchema = optionsObject(
  {
    width: option<number>(
      (value) => value === undefined || (typeof value === "number" && value >= 400 && value <= 100_000),
      (value) => `'width' must be a number from 400 to 100,000, received ${show(value)}`,
    ).transform((value) => value ?? 960),
    title: option<string>((value) => value === undefined || typeof value === "string", (value) => `'title' must be a string, received ${show(value)}`),
    locale: localeOption,
    idPrefix: idPrefixOption,
    names: namesOption(true),
    colours: coloursOption,
  },
  notAnObject,
);

/** The options of `renderStructure` (`StructureOptions`), checked and completed. */
export const structureOptionsSchema = optionsObject(
  {
    locale: localeOption,
    direction: option<"TB" | "LR">(
      (value) => value === undefined || value === "TB" || value === "LR",
      (value) => `direction must be "TB" or "LR", received ${show(value)}`,
    ).transform((value) => value ?? "TB"),
    on: dayArgument().optional(),
  },
  notAnObject,
);
