// Status updates on recommendations and milestones: checked against what they refer to, and
// turned into each item's history and standing on the build's as-of date.
import type { Evidence } from '../../domain/vocabulary.ts';
import { checkReference } from '../check/references.ts';
import { compareDates, toIso, type CalendarDate, type DayDate } from '../../domain/dates.ts';
import { quote, type Problem } from '../problems.ts';
import { standing, statusOn } from '../../domain/status.ts';
import { cellProblem, type At } from '../contract/table-spec.ts';
import type { DueDate } from '../../domain/timescale.ts';
import type { StatusUpdate, Tracking } from '../../dataset/types.ts';

export type { StatusUpdate, Tracking } from '../../dataset/types.ts';

/** The item key of a recommendation or milestone, as status-updates.csv names it. */
export const recommendationItem = (n: number): string => `recommendation:${String(n)}`;
export const milestoneItem = (id: string): string => `milestone:${id}`;

/** What the check needs to know about each inspection. */
export interface TrackingContext {
  /** Null where the inspection's publication date is not known. */
  readonly published: ReadonlyMap<string, CalendarDate | null>;
  /** Every item key of each inspection. */
  readonly items: ReadonlyMap<string, ReadonlySet<string>>;
  /** Every inspection id in inspections.csv, valid or not (bad rows are reported once, there). */
  readonly knownInspections: ReadonlySet<string>;
}

/**
 * Checks each update: its inspection and item exist, and it is not dated before the report was
 * published (an update cannot report on a recommendation not yet made).
 */
export function checkStatusUpdates(
  rows: readonly { readonly values: StatusUpdate; readonly at: At }[],
  context: TrackingContext,
): Problem[] {
  const problems: Problem[] = [];
  // The same update twice would show twice on the timeline and in the history.
  const firstLine = new Map<string, number>();
  for (const { values: v, at } of rows) {
    const key = [v.inspection, v.item, toIso(v.date), v.status].join('\u0000');
    const seen = firstLine.get(key);
    if (seen !== undefined) {
      problems.push(
        cellProblem(
          at,
          'status',
          `the same update appears twice: ${v.item} of ${v.inspection}, ${v.status} on ${toIso(v.date)} (expected each update once; first at line ${String(seen)})`,
        ),
      );
      continue;
    }
    firstLine.set(key, at.line);
    if (!context.knownInspections.has(v.inspection)) {
      problems.push(
        ...checkReference(
          at,
          'inspection',
          v.inspection,
          context.knownInspections,
          'inspection in inspections.csv',
        ),
      );
      continue;
    }
    const items = context.items.get(v.inspection);
    const published = context.published.get(v.inspection);
    if (!items || !published) continue;
    if (!items.has(v.item)) {
      const known = [...items].join(', ');
      problems.push(
        cellProblem(
          at,
          'item',
          `not a recommendation or milestone of ${v.inspection} (expected one of ${known || 'none'}, got ${quote(v.item)})`,
        ),
      );
    }
    if (compareDates(v.date, published) === 'before') {
      problems.push(
        cellProblem(
          at,
          'date',
          `dated before ${v.inspection} was published, so it cannot report on its recommendations (expected ${toIso(published)} or later, got ${toIso(v.date)})`,
        ),
      );
    }
  }
  return problems;
}

/**
 * An item's updates in date order, its latest status on `asOf`, and its standing. Takes only the
 * item's own updates, so that tracking every item is one pass over the updates, not one each.
 */
export function trackItem(
  own: readonly StatusUpdate[],
  due: DueDate,
  asOf: DayDate,
  evidence: Evidence = 'public',
): Tracking {
  const sorted = [...own].sort((a, b) =>
    compareDates(a.date, b.date) === 'before'
      ? -1
      : compareDates(a.date, b.date) === 'after'
        ? 1
        : 0,
  );
  return {
    updates: sorted,
    latest: statusOn(sorted, asOf),
    standing: standing(sorted, due, asOf, evidence),
  };
}
