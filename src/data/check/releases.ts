// Each release of the data is a row of releases.csv: when, the data's content hash, and what
// changed. The last row must name the data as it is, so data that changed without a new entry
// is refused with the line to add; dates may not go backwards. A folder without releases.csv
// (a test fixture, a draft) builds without a version.
import { compareDates, toIso } from '../../domain/dates.ts';
import type { Problem } from '../problems.ts';
import type { Tables } from '../read/tables.ts';
import { cellProblem } from '../contract/table-spec.ts';

export function checkReleases(rows: Tables['releases'], hash: string): Problem[] {
  const problems: Problem[] = [];
  rows.forEach((r, i) => {
    const before = rows[i - 1];
    if (r.values.date.precision !== 'day')
      problems.push(
        cellProblem(
          r.at,
          'date',
          `a release is made on a day (expected YYYY-MM-DD, got ${toIso(r.values.date)})`,
        ),
      );
    if (before && compareDates(r.values.date, before.values.date) === 'before')
      problems.push(
        cellProblem(
          r.at,
          'date',
          `before the release above it (expected ${toIso(before.values.date)} or later, got ${toIso(r.values.date)}): releases are listed oldest first`,
        ),
      );
  });
  const last = rows[rows.length - 1];
  if (last && last.values.data_hash !== hash)
    problems.push(
      cellProblem(
        last.at,
        'data_hash',
        `the data has changed since this release (its files now hash to ${hash}, not ${last.values.data_hash}): add a row for the new release below this one, e.g. YYYY-MM-DD,${hash},what changed`,
      ),
    );
  return problems;
}
