// Baseline versus revisit: the same grade in two audits, as counts and shares with 95% Wilson
// intervals, and plain warnings whenever the two audits are not like for like.
import type { Distribution, Grade } from '../dataset/types.ts';
import { newcombe, wilson, type Interval } from './wilson.ts';

/** One audit's figure for one grade. */
export interface Side {
  readonly count: number | null;
  readonly total: number | null;
  readonly share: number | null;
  readonly interval: Interval | null;
}

export interface GradeChange {
  readonly grade: Grade;
  readonly base: Side;
  readonly revisit: Side;
  /** In percentage points. */
  readonly shareChange: number | null;
  /**
   * The 95% interval of the change in share (revisit minus baseline, in percentage points), by
   * Newcombe's method; where it includes 0 the change may be chance in which cases were picked.
   */
  readonly changeInterval: Interval | null;
}

export interface Comparison {
  readonly rows: readonly GradeChange[];
  readonly warnings: readonly string[];
}

function side(d: Distribution, grade: string): Side {
  const count = d.counts.find((c) => c.grade === grade)?.count ?? null;
  const total = d.total;
  if (count === null || total === null || total === 0)
    return { count, total, share: null, interval: null };
  return { count, total, share: count / total, interval: wilson(count, total) };
}

/**
 * Compares two audits grade by grade. `labels` name the two audits in warnings ("2021", "2022");
 * `sameScale` is false when the grade scale (the method) changed between them.
 */
export function compareDistributions(
  base: Distribution,
  revisit: Distribution,
  grades: readonly Grade[],
  labels: { readonly base: string; readonly revisit: string; readonly sameScale: boolean },
): Comparison {
  const rows = grades.map((grade) => {
    const b = side(base, grade.id);
    const r = side(revisit, grade.id);
    const change =
      r.count !== null && r.total && b.count !== null && b.total
        ? newcombe(r.count, r.total, b.count, b.total)
        : null;
    return {
      grade,
      base: b,
      revisit: r,
      shareChange: b.share !== null && r.share !== null ? (r.share - b.share) * 100 : null,
      changeInterval: change && { lower: change.lower * 100, upper: change.upper * 100 },
    };
  });
  const warnings: string[] = [];
  if (base.total !== null && revisit.total !== null && base.total !== revisit.total) {
    warnings.push(
      `The two audits differ in size: ${String(base.total)} cases in ${labels.base}, ${String(revisit.total)} in ${labels.revisit}. Compare shares, not counts, and mind the intervals.`,
    );
  }
  if (base.sample !== revisit.sample) {
    warnings.push(
      `The cases were selected differently: ${base.sample} cases in ${labels.base}, ${revisit.sample} in ${labels.revisit}.`,
    );
  }
  if (base.assessor !== revisit.assessor) {
    warnings.push(
      `Different assessors graded them: the ${base.assessor} in ${labels.base}, the ${revisit.assessor} in ${labels.revisit}.`,
    );
  }
  if (!labels.sameScale) {
    warnings.push(
      `The grading method changed between ${labels.base} and ${labels.revisit}: they used different grade scales.`,
    );
  }
  if (
    rows.some((r) => r.changeInterval && r.changeInterval.lower <= 0 && r.changeInterval.upper >= 0)
  ) {
    warnings.push(
      'Where the 95% interval of a change includes no change, the change could be down to which cases happened to be audited rather than a change in practice.',
    );
  }
  return { rows, warnings };
}
