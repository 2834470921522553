// No date in the data may lie after the day the build judges things on: a report, a review or
// an update cannot have been published in the future, and a typo such as 2091 for 2019 would
// otherwise pass every other check.
import { compareDates, toIso, type CalendarDate, type DayDate } from '../../domain/dates.ts';
import type { Problem } from '../problems.ts';
import type { Tables } from '../read/tables.ts';
import { cellProblem, type At } from '../contract/table-spec.ts';

function isDate(value: unknown): value is CalendarDate {
  return typeof value === 'object' && value !== null && 'precision' in value && 'year' in value;
}

/**
 * Reports every date cell, in every table, that lies wholly after the as-of date. Releases are
 * left out: the as-of date may be set back to see the data as it stood, and a release is a fact
 * about the files, not about what happened by then.
 */
export function checkNotAfter(t: Tables, asOf: DayDate): Problem[] {
  const problems: Problem[] = [];
  const { releases, ...events } = t;
  void releases;
  const rowsOfAll: readonly (readonly { readonly values: object; readonly at: At }[])[] =
    Object.values(events);
  for (const rows of rowsOfAll) {
    for (const r of rows) {
      for (const [column, value] of Object.entries(r.values)) {
        if (isDate(value) && compareDates(value, asOf) === 'after') {
          problems.push(
            cellProblem(
              r.at,
              column,
              `after the build's as-of date (expected ${toIso(asOf)} or earlier, got ${toIso(value)}); a date cannot be in the future`,
            ),
          );
        }
      }
    }
  }
  return problems;
}
