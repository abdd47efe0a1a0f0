/**
 * The Dutch case: organisations, themes, regions and the three models of the
 * founding letter, as an embedded dataset.
 *
 * @packageDocumentation
 */
export {};
