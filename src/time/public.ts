/** Public exports of the time part; src/index.ts re-exports this list. */
export {};
