/** Public exports of the change part; src/index.ts re-exports this list. */
export {};
