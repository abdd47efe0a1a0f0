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
