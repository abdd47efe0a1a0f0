/** `part / whole`, or 0 when there is nothing to divide by. */
export function shareOf(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}
