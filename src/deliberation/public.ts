/** Public exports of the deliberation part; src/index.ts re-exports this list. */
export {};
