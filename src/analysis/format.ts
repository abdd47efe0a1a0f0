/** Groups of three digits with the locale's separator; written by hand so output never depends on ICU data. */
function grouped(n: number, separator: string): string {
  const [whole = "0", fraction] = Math.abs(n).toString().split(".");
  const digits = whole.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
  const sign = n < 0 ? "-" : "";
  return fraction === undefined ? `${sign}${digits}` : `${sign}${digits}${separator === "," ? "." : ","}${fraction}`;
}

/** A count as English writes it: `150,000`. */
export function countEn(n: number): string {
  return grouped(n, ",");
}

/** A count as Dutch writes it: `150.000`. */
export function countNl(n: number): string {
  return grouped(n, ".");
}

/** A share in [0, 1] as a percentage with one decimal: `12.5%`. */
export function percentEn(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

/** A share in [0, 1] as a Dutch percentage with one decimal: `12,5%`. */
export function percentNl(share: number): string {
  return `${(share * 100).toFixed(1).replace(".", ",")}%`;
}

/** `part / whole`, or 0 when there is nothing to divide by. */
export function shareOf(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}
