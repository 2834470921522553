// Orders rows of grade counts by how many were not given the best grade, for area comparisons.
import type { Grade } from '../dataset/types.ts';

/** A labelled row of grade counts, shaped like a Distribution so one can be spread into it. */
export interface GradedRow {
  readonly key: string;
  readonly label: string;
  readonly counts: readonly { readonly grade: string; readonly count: number | null }[];
  readonly total: number | null;
  readonly notStated: number | null;
}

/** Cases not given the most favourable grade, out of the total. */
export interface ShareNotGood {
  readonly notGood: number;
  readonly total: number;
}

/** The most favourable grade of a scale (rank 1 in the data, but the lowest rank whatever it is). */
export function bestGrade(grades: readonly Grade[]): Grade {
  const best = [...grades].sort((a, b) => a.rank - b.rank)[0];
  if (best === undefined) throw new RangeError('a grade scale needs at least one grade');
  return best;
}

/** How many of a row's cases were not graded the best grade, or null when the figures do not say. */
export function shareNotGood(row: GradedRow, grades: readonly Grade[]): ShareNotGood | null {
  const best = bestGrade(grades);
  const count = row.counts.find((c) => c.grade === best.id)?.count ?? null;
  if (count === null || row.total === null || row.total <= 0) return null;
  return { notGood: row.total - count, total: row.total };
}

/** Rows ordered by share not graded the best grade, largest first, unknown shares last, ties by label. */
export function sortByShareNotGood<T extends GradedRow>(
  rows: readonly T[],
  grades: readonly Grade[],
): T[] {
  const shares = new Map(rows.map((row) => [row, shareNotGood(row, grades)]));
  return [...rows].sort((a, b) => {
    const sa = shares.get(a) ?? null;
    const sb = shares.get(b) ?? null;
    if (sa !== null && sb !== null) {
      // Cross-multiplying compares the fractions exactly, so equal shares tie exactly.
      const difference = sb.notGood * sa.total - sa.notGood * sb.total;
      if (difference !== 0) return difference;
    } else if (sa !== null || sb !== null) {
      return sa === null ? 1 : -1;
    }
    return a.label.localeCompare(b.label, 'en-GB');
  });
}
