/**
 * How a language writes numbers: counts, shares as percentages and plain figures.
 * @example
 * ```ts
 * english.numbers.count(150000); // => "150,000"
 * ```
 * @category Languages
 */
export interface NumberFormat {
  /** A count with its digits grouped by threes: `150,000` in English, `150.000` in Dutch. */
  readonly count: (n: number) => string;
  /** A share in [0, 1] as a percentage with one decimal: `12.5%` in English, `12,5%` in Dutch. */
  readonly percent: (share: number) => string;
  /** A figure as it is when whole, else with two decimals, never grouped: `2.50` in English, `2,50` in Dutch. */
  readonly figure: (n: number) => string;
  /** A figure with exactly `digits` decimals, never grouped: the HHI `0.333` in English, `0,333` in Dutch. */
  readonly fixed: (n: number, digits: number) => string;
  /** A figure as it is when whole, else rounded to at most two decimals without trailing zeros, never grouped: a tally's `2.5` in English, `2,5` in Dutch. */
  readonly rounded: (n: number) => string;
}

/**
 * The number format that groups digits with `group` and separates decimals with `decimal`.
 * Written by hand, so no output depends on ICU data, the machine's locale or its time zone.
 */
export function numberFormat(group: string, decimal: string): NumberFormat {
  return {
    count(n) {
      const [whole = "0", fraction] = Math.abs(n).toString().split(".");
      const digits = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
      const sign = n < 0 ? "-" : "";
      return fraction === undefined ? `${sign}${digits}` : `${sign}${digits}${decimal}${fraction}`;
    },
    percent: (share) => `${(share * 100).toFixed(1).replace(".", decimal)}%`,
    figure: (n) => (Number.isInteger(n) ? String(n) : n.toFixed(2)).replace(".", decimal),
    fixed: (n, digits) => n.toFixed(digits).replace(".", decimal),
    rounded: (n) => (Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/\.?0+$/, "")).replace(".", decimal),
  };
}

/**
 * The numbers of tables and pictures, the same in every language so columns compare
 * across reports: digits grouped by a space, a decimal point.
 */
export const plainNumbers: NumberFormat = numberFormat(" ", ".");
