/**
 * The value a record holds under `key` as its own property, or undefined. Ids are
 * chosen by users, so an id such as `constructor` or `__proto__` must never reach
 * what a plain object inherits from `Object.prototype`.
 */
export function ownValue<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Sets `key` on `record` as an own property, even when the key is `__proto__`. */
export function setOwn<T>(record: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * A record of `keys[i]` to `value(i)`, in key order, with every key an own property (an id
 * `__proto__` included). Built with a loop: `Object.fromEntries` slows down far more than
 * linearly once a record holds thousands of keys (on Node 20, a thousand records of a
 * thousand keys took a minute where the loop takes about a second).
 */
export function recordFrom<T>(keys: readonly string[], value: (i: number) => T): Record<string, T> {
  const out: Record<string, T> = {};
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    if (key === "__proto__") setOwn(out, key, value(i));
    else out[key] = value(i);
  }
  return out;
}
