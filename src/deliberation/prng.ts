import type { Seed } from "./tally-options.js";

/** The 32-bit starting state of a seed: a number as it is, a string by 32-bit FNV-1a over its UTF-16 code units. */
export function seedState(seed: Seed): number {
  if (typeof seed === "number") return seed >>> 0;
  let hash = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    hash = Math.imul(hash ^ seed.charCodeAt(i), 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * A generator of uniform 32-bit unsigned integers: the state walks a Weyl sequence (step
 * 0x9e3779b9) and each value is the murmur3 finaliser of the new state. Small, fast and the
 * same on every platform, so that anyone can redo a draw.
 */
export function generator(state: number): () => number {
  let s = state >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** A uniform whole number in [0, k), by rejection so that no value is favoured. */
export function below(next: () => number, k: number): number {
  const limit = Math.floor(0x100000000 / k) * k;
  for (;;) {
    const x = next();
    if (x < limit) return x % k;
  }
}

/** The positions 0 .. n-1 shuffled by Fisher-Yates from the last position down. */
export function shuffledPositions(seed: Seed, n: number): number[] {
  const next = generator(seedState(seed));
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = below(next, i + 1);
    const t = order[i] as number;
    order[i] = order[j] as number;
    order[j] = t;
  }
  return order;
}
