// Grade scales, from grade-scales.csv's one row a grade.
import type { Problem } from '../problems.ts';
import { provenanceOf } from './provenance.ts';
import type { RowsOf } from '../read/tables.ts';
import { cellProblem } from '../contract/table-spec.ts';
import type * as T from '../contract/tables.ts';
import type { GradeScale } from '../../dataset/types.ts';

/**
 * Groups the grades into scales ordered by rank, reporting ranks that do not run 1, 2, 3 …
 * without gaps or repeats (the scale is still built, so later checks can use it).
 */
export function deriveGradeScales(rows: RowsOf<typeof T.gradeScalesTable>): {
  scales: Map<string, GradeScale>;
  problems: Problem[];
} {
  const problems: Problem[] = [];
  const scales = new Map<string, GradeScale>();
  const byScale = new Map<string, RowsOf<typeof T.gradeScalesTable>>();
  for (const r of rows) byScale.set(r.values.scale, [...(byScale.get(r.values.scale) ?? []), r]);
  for (const [scale, group] of byScale) {
    const sorted = [...group].sort((a, b) => a.values.rank - b.values.rank);
    sorted.forEach((r, i) => {
      if (r.values.rank !== i + 1)
        problems.push(
          cellProblem(
            r.at,
            'rank',
            `the ranks of scale "${scale}" must run 1, 2, 3 … without gaps or repeats (expected ${String(i + 1)}, got ${String(r.values.rank)})`,
          ),
        );
    });
    const first = sorted[0];
    if (!first) continue;
    scales.set(scale, {
      id: scale,
      grades: sorted.map((r) => ({
        id: r.values.grade,
        rank: r.values.rank,
        label: r.values.label,
      })),
      provenance: provenanceOf(first.values),
    });
  }
  return { scales, problems };
}
