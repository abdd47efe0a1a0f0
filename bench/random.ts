/** A small seeded random source (mulberry32), so that a seed always yields the same scenario. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty list. */
  pick<T>(list: readonly T[]): T {
    const item = list[Math.floor(this.next() * list.length)];
    if (item === undefined) throw new Error("Random.pick: empty list");
    return item;
  }

  /** Up to `n` distinct elements, in the list's order. */
  sample<T>(list: readonly T[], n: number): T[] {
    const chosen = new Set<number>();
    const want = Math.min(n, list.length);
    while (chosen.size < want) chosen.add(Math.floor(this.next() * list.length));
    return [...chosen].sort((a, b) => a - b).flatMap((i) => (i < list.length ? [list[i] as T] : []));
  }
}
