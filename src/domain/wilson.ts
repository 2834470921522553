// Small samples make shares uncertain: a 95% Wilson score interval says how uncertain, and unlike
// the textbook ±1.96·√(p(1−p)/n) it stays inside 0–1 and behaves at 0 of n and n of n.

/** An interval for a proportion, as fractions between 0 and 1. */
export interface Interval {
  readonly lower: number;
  readonly upper: number;
}

/** The Wilson score interval for k successes in n trials (95% by default); null when n is 0. */
export function wilson(k: number, n: number, z = 1.959964): Interval | null {
  if (!Number.isInteger(k) || !Number.isInteger(n) || k < 0 || n < 0 || k > n) {
    throw new RangeError(
      `wilson(k, n) needs whole numbers with 0 ≤ k ≤ n, got k=${String(k)}, n=${String(n)}`,
    );
  }
  if (n === 0) return null;
  const p = k / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // Clamp the float noise at the ends, where the exact bound is 0 or 1.
  return {
    lower: k === 0 ? 0 : Math.max(0, centre - half),
    upper: k === n ? 1 : Math.min(1, centre + half),
  };
}

/**
 * A 95% interval for the difference between two independent proportions, k1/n1 − k2/n2, by
 * Newcombe's hybrid score method (his method 10, 1998), built from the two Wilson intervals. Unlike
 * asking whether the two intervals overlap, it answers the question asked: could the difference
 * be zero? Null when either sample is empty.
 */
export function newcombe(k1: number, n1: number, k2: number, n2: number): Interval | null {
  const a = wilson(k1, n1);
  const b = wilson(k2, n2);
  if (!a || !b) return null;
  const p1 = k1 / n1;
  const p2 = k2 / n2;
  const d = p1 - p2;
  return {
    lower: d - Math.sqrt((p1 - a.lower) ** 2 + (b.upper - p2) ** 2),
    upper: d + Math.sqrt((a.upper - p1) ** 2 + (p2 - b.lower) ** 2),
  };
}
