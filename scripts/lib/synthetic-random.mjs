// The seeded randomness of the synthetic data (scripts/lib/synthetic-comparison.mjs): no
// Math.random, so the same count gives the same files on every run and machine.

export const SEED = 0x5eed_c0de;

/** mulberry32: a small, fast, seeded 32-bit PRNG; floats in [0, 1). */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Draws an index with weight 1/(i+1)^skew, by binary search over the cumulative weights. */
export function zipf(count, skew) {
  const cumulative = new Float64Array(count);
  let total = 0;
  for (let i = 0; i < count; i++) cumulative[i] = total += 1 / Math.pow(i + 1, skew);
  return (random) => {
    const x = random() * total;
    let low = 0;
    let high = count - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (cumulative[middle] <= x) low = middle + 1;
      else high = middle;
    }
    return low;
  };
}

/** A stable hash of two small integers to [0, 1), for each pair's leaning. */
export function pairHash(a, b) {
  let h = Math.imul(a + 1, 0x9e3779b1) ^ Math.imul(b + 1, 0x85ebca77) ^ SEED;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return ((h ^ (h >>> 16)) >>> 0) / 4294967296;
}
