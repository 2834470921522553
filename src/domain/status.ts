// A recommendation's status on a date is its latest update on or before that date; whether it
// is overdue follows from that status and its due date. The date is always a parameter.
import { compareDates, dayNumber, lastDay, type CalendarDate, type DayDate } from './dates.ts';
import { isPastDue, latestDueDay, type DueDate } from './timescale.ts';
import { CLOSED_STATUSES, type Evidence, type Status } from './vocabulary.ts';

/** What an update needs for status logic: when it was made and what it said. */
export interface Dated {
  readonly date: CalendarDate;
  readonly status: Status;
}

// A month-precision update counts from the end of its month, the latest day it could have been
// made, so the site never claims progress earlier than the source supports.
const effectiveDay = (d: CalendarDate): number => dayNumber(lastDay(d));

/** The latest update on or before `on` (ties: the later row), or null if there is none yet. */
export function statusOn<U extends Dated>(updates: readonly U[], on: DayDate): U | null {
  let best: U | null = null;
  let bestDay = -Infinity;
  const today = dayNumber(on);
  for (const u of updates) {
    const day = effectiveDay(u.date);
    if (day <= today && day >= bestDay) {
      best = u;
      bestDay = day;
    }
  }
  return best;
}

/**
 * The first update reporting the item completed, on or before `asOf` (by the same effective day
 * as statusOn), or null. Pages show its date, so it is the completion `standing` judged.
 */
export function firstCompletion<U extends Dated>(updates: readonly U[], asOf: DayDate): U | null {
  const today = dayNumber(asOf);
  let first: U | null = null;
  for (const u of updates) {
    if (u.status !== 'completed' || effectiveDay(u.date) > today) continue;
    if (first === null || effectiveDay(u.date) < effectiveDay(first.date)) first = u;
  }
  return first;
}

/** Where an item stands on the as-of date. Its words are in src/text/labels.ts. */
export const STANDINGS = [
  'met',
  'met late',
  'closed',
  'overdue',
  'no public record',
  'open, not yet due',
  'open, due date not yet known',
] as const;
export type Standing = (typeof STANDINGS)[number];

/**
 * Judges an item with a due date: met (on time or late) if its status on `asOf` is completed,
 * closed if superseded, otherwise overdue once the latest possible due day has passed, or, for a
 * milestone whose outcome is never published (`private`), no public record.
 */
export function standing<U extends Dated>(
  updates: readonly U[],
  due: DueDate,
  asOf: DayDate,
  evidence: Evidence = 'public',
): Standing {
  const current = statusOn(updates, asOf);
  if (current && CLOSED_STATUSES.includes(current.status)) {
    if (current.status !== 'completed') return 'closed';
    // Met late when the first completion came after the latest possible due day.
    const completed = firstCompletion(updates, asOf);
    return completed && compareDates(completed.date, latestDueDay(due)) === 'after'
      ? 'met late'
      : 'met';
  }
  const past = isPastDue(due, asOf);
  return past === 'yes'
    ? evidence === 'private'
      ? 'no public record'
      : 'overdue'
    : past === 'no'
      ? 'open, not yet due'
      : 'open, due date not yet known';
}

/** Whether a standing counts as overdue, for filters and counts. */
export const isOverdue = (s: Standing): boolean => s === 'overdue';
