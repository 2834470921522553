// A worked example of how little a small sample says: the smallest practice area with published
// grades, how much one case moves its share, and the 95% interval around its least favourable grade.
import { gradesOf, inspectionOf } from '../../dataset/queries.ts';
import type { Dataset, Inspection } from '../../dataset/types.ts';
import { wilson } from '../../domain/wilson.ts';

export interface SmallSampleExample {
  readonly inspection: Inspection;
  /** The practice area's label. */
  readonly area: string;
  /** The least favourable grade any of its cases got, in lower case. */
  readonly grade: string;
  readonly count: number;
  readonly total: number;
  /** The 95% Wilson interval of the share, in whole per cent; null when it cannot be worked out. */
  readonly lower: number | null;
  readonly upper: number | null;
  /** Percentage points one case is worth, to one decimal place. */
  readonly step: number;
}

/**
 * The smallest complete practice-area distribution with cases, and its least favourable grade
 * that has any; null when there is none.
 */
export function smallSampleExample(d: Dataset): SmallSampleExample | null {
  const areaDists = d.distributions.filter(
    (x) => x.area !== 'all' && x.total !== null && x.total > 0 && x.complete,
  );
  const smallest = [...areaDists].sort((a, b) => (a.total ?? 0) - (b.total ?? 0))[0];
  if (!smallest || smallest.total === null) return null;
  const grades = gradesOf(d, smallest.inspection);
  const worst = [...grades].reverse().find((g) => {
    const c = smallest.counts.find((x) => x.grade === g.id)?.count;
    return c !== null && c !== undefined && c > 0;
  });
  const count = smallest.counts.find((x) => x.grade === worst?.id)?.count ?? null;
  if (!worst || count === null) return null;
  const interval = wilson(count, smallest.total);
  const area = d.practiceAreas.find((a) => a.id === smallest.area);
  return {
    inspection: inspectionOf(d, smallest.inspection),
    area: area?.label ?? smallest.area,
    grade: worst.label.toLowerCase(),
    count,
    total: smallest.total,
    lower: interval ? Math.round(interval.lower * 100) : null,
    upper: interval ? Math.round(interval.upper * 100) : null,
    step: Math.round(1000 / smallest.total) / 10,
  };
}
