/** Public exports of the analysis part; src/index.ts re-exports this list. */
export {};
