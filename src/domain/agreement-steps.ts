// One cross-table for each number of cases graded the same that the published totals allow, so a
// reader can step from the fewest to the most and see what each would mean. Not every number in
// between is possible (with one case of each of two grades on both sides, either both or neither
// are graded the same), so each is found, not assumed: a table has exactly `d_i` cases on the
// diagonal for grade i when the rest of the cases can be paired with none on it.
import { agreementRange, minCostTable, type Margins } from './agreement.ts';

/** A possible cross-table (rows: the force's grades; columns: the inspectors'), and its counts. */
export interface AgreementStep {
  readonly same: number;
  readonly forceMoreFavourable: number;
  readonly forceLessFavourable: number;
  readonly table: number[][];
}

/** How many diagonal splits are tried at most: ample for 3- and 4-point scales of real audits. */
export const STEP_TRIALS = 50_000;

function counts(table: readonly (readonly number[])[]): Omit<AgreementStep, 'table'> {
  let same = 0;
  let more = 0;
  let less = 0;
  table.forEach((row, i) =>
    row.forEach((n, j) => {
      if (i === j) same += n;
      else if (i < j) more += n;
      else less += n;
    }),
  );
  return { same, forceMoreFavourable: more, forceLessFavourable: less };
}

/** A table with exactly `diagonal` on its diagonal and these margins, or null if there is none. */
function withDiagonal(
  force: Margins,
  inspectorate: Margins,
  diagonal: readonly number[],
): number[][] | null {
  const rows = force.map((r, i) => r - (diagonal[i] ?? 0));
  const columns = inspectorate.map((c, j) => c - (diagonal[j] ?? 0));
  // The fewest further cases on the diagonal: none means the rest can all be paired off it.
  const rest = minCostTable(rows, columns, (i, j) => (i === j ? 1 : 0));
  if (rest.some((row, i) => (row[i] ?? 0) > 0)) return null;
  return rest.map((row, i) => row.map((n, j) => (i === j ? (diagonal[i] ?? 0) : n)));
}

/**
 * For each attainable number of cases graded the same, in ascending order, one table with the
 * given margins that has it. Tries diagonal splits (each grade's count graded the same on both
 * sides) until every number from the fewest to the most is found or none is left, or STEP_TRIALS
 * is reached; `complete` says whether the search finished, so that a number it did not find is
 * known to be impossible.
 */
export function agreementSteps(
  force: Margins,
  inspectorate: Margins,
  trials = STEP_TRIALS,
): { steps: AgreementStep[]; complete: boolean } {
  const caps = force.map((r, i) => Math.min(r, inspectorate[i] ?? 0));
  const { same } = agreementRange(force, inspectorate);
  const found = new Map<number, AgreementStep>();
  // Once every number from the fewest to the most has its table, the search can stop.
  const all = same.max - same.min + 1;
  const diagonal = caps.map(() => 0);
  let tried = 0;
  let complete = true;
  const visit = (i: number, sum: number): boolean => {
    if (i === caps.length) {
      if (found.has(sum)) return true;
      if (++tried > trials) {
        complete = false;
        return false;
      }
      const table = withDiagonal(force, inspectorate, diagonal);
      if (table) found.set(sum, { ...counts(table), table });
      return found.size < all;
    }
    for (let d = 0; d <= (caps[i] ?? 0); d++) {
      diagonal[i] = d;
      if (!visit(i + 1, sum + d)) return false;
    }
    diagonal[i] = 0;
    return true;
  };
  if (visit(0, 0) || found.size === all) complete = true;
  return { steps: [...found.values()].sort((a, b) => a.same - b.same), complete };
}
