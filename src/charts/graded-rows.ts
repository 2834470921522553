// Rows of grade counts trimmed to what a bar chart draws, so extra fields never reach a chart.
import type { GradedRow } from '../domain/order.ts';

/** Each row's key, label, counts, total and cases with no published grade, and nothing else. */
export function gradedRows(rows: readonly GradedRow[]): GradedRow[] {
  return rows.map(({ key, label, counts, total, notStated }) => ({
    key,
    label,
    counts,
    total,
    notStated,
  }));
}
