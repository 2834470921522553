// Findings: a quote is the source's words by definition, so it cannot be a summary in ours.
import { quote, type Problem } from '../problems.ts';
import { cellProblem } from '../contract/table-spec.ts';
import type { RowsOf } from '../read/tables.ts';
import type * as T from '../contract/tables.ts';

/** Reports a finding of kind `quote` whose wording is not `quoted`. */
export function checkFindingWording(rows: RowsOf<typeof T.findingsTable>): Problem[] {
  return rows
    .filter((r) => r.values.kind === 'quote' && r.values.wording !== 'quoted')
    .map((r) =>
      cellProblem(
        r.at,
        'wording',
        `a quote is in the source's words (expected "quoted" for kind "quote", got ${quote(r.values.wording)})`,
      ),
    );
}
