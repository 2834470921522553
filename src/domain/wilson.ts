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
