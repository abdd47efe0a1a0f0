/** The longest text {@link show} returns. */
export const SHOW_MAX_LENGTH = 120;

/** How many levels of objects and arrays {@link show} opens before it writes `{…}` or `[…]`. */
const MAX_DEPTH = 3;

/** How many items or keys of one object or array {@link show} writes before `…`. */
const MAX_ITEMS = 8;

/**
 * A value as it would appear in JSON, briefly, for messages. It never throws and
 * never runs the caller's code: getters show as `<getter>`, `toJSON` and `toString`
 * are not called, cycles show as `<cycle>`, nesting past a few levels as `{…}` or
 * `[…]`, and the text is cut at {@link SHOW_MAX_LENGTH} characters. Where JSON has
 * no form, the value shows as itself: `undefined`, `NaN`, `-Infinity`, `-0`, `12n`,
 * `Symbol(x)`, a function by its source, an object that cannot be read as
 * `<unreadable object>`.
 */
export function show(value: unknown): string {
  return cut(part(value, 0, []), SHOW_MAX_LENGTH);
}

function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function part(value: unknown, depth: number, ancestors: object[]): string {
  switch (typeof value) {
    case "string":
      // JSON.stringify never throws on a string; only the first part of a long one is quoted.
      return value.length > SHOW_MAX_LENGTH ? `${JSON.stringify(value.slice(0, SHOW_MAX_LENGTH))}…` : JSON.stringify(value);
    case "number":
      return Object.is(value, -0) ? "-0" : String(value);
    case "bigint":
      return `${value.toString()}n`;
    case "boolean":
    case "undefined":
      return String(value);
    case "symbol":
      return cut(Symbol.prototype.toString.call(value), SHOW_MAX_LENGTH);
    case "function":
      return functionText(value);
    default:
      // Only "object" is left: typeof has no other answers.
      return value === null ? "null" : objectText(value as object, depth, ancestors);
  }
}

function functionText(fn: unknown): string {
  try {
    return cut(Function.prototype.toString.call(fn), SHOW_MAX_LENGTH);
  } catch {
    return "<function>";
  }
}

function objectText(value: object, depth: number, ancestors: object[]): string {
  try {
    const date = dateText(value);
    if (date !== undefined) return date;
    const collection = collectionText(value);
    if (collection !== undefined) return collection;
    if (ancestors.includes(value)) return "<cycle>";
    const isList = Array.isArray(value);
    if (depth >= MAX_DEPTH) return isList ? "[…]" : "{…}";
    const inner = [...ancestors, value];
    return isList ? listText(value as unknown[], depth, inner) : recordText(value, depth, inner);
  } catch {
    // A revoked Proxy, or a Proxy whose traps throw, cannot be read at all.
    return "<unreadable object>";
  }
}

/** A real Date as JSON shows it, or undefined for anything else; a Proxy of a Date is no Date. */
function dateText(value: object): string | undefined {
  let time: number;
  try {
    time = Date.prototype.getTime.call(value);
  } catch {
    return undefined;
  }
  return Number.isNaN(time) ? "Invalid Date" : JSON.stringify(new Date(time).toISOString());
}

/** A real Map or Set by its kind and size (JSON would show `{}`), or undefined for anything else. */
function collectionText(value: object): string | undefined {
  for (const [name, prototype] of [["Map", Map.prototype], ["Set", Set.prototype]] as const) {
    try {
      // The size getter of the prototype itself throws for anything but a real Map or Set.
      return `${name}(${String(Reflect.get(prototype, "size", value))})`;
    } catch {
      // Not this kind of collection.
    }
  }
  return undefined;
}

/** The value of an own data property, or a marker; a getter is never called. */
function ownValue(record: object, key: string, depth: number, ancestors: object[]): string {
  const descriptor = Object.getOwnPropertyDescriptor(record, key);
  if (descriptor === undefined) return "undefined";
  if (!("value" in descriptor)) return "<getter>";
  return part(descriptor.value, depth + 1, ancestors);
}

function listText(list: unknown[], depth: number, ancestors: object[]): string {
  const lengthDescriptor = Object.getOwnPropertyDescriptor(list, "length");
  const length = typeof lengthDescriptor?.value === "number" ? lengthDescriptor.value : 0;
  const items: string[] = [];
  let size = 0;
  for (let i = 0; i < length && i < MAX_ITEMS && size <= SHOW_MAX_LENGTH; i += 1) {
    const item = ownValue(list, String(i), depth, ancestors);
    items.push(item);
    size += item.length + 1;
  }
  if (items.length < length) items.push(`… ${length - items.length} more`);
  return `[${items.join(",")}]`;
}

function recordText(record: object, depth: number, ancestors: object[]): string {
  const keys = Object.keys(record);
  const entries: string[] = [];
  let size = 0;
  for (const key of keys) {
    if (entries.length >= MAX_ITEMS || size > SHOW_MAX_LENGTH) break;
    const entry = `${part(key, depth, ancestors)}:${ownValue(record, key, depth, ancestors)}`;
    entries.push(entry);
    size += entry.length + 1;
  }
  if (entries.length < keys.length) entries.push(`… ${keys.length - entries.length} more`);
  return `{${entries.join(",")}}`;
}
