/** Public exports of the report part; src/index.ts re-exports this list. */
export {};
