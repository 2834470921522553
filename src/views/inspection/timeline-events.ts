// The dated events of an inspection, for its timeline chart and the sentence that summarises it.
import {
  inspectionOf,
  milestonesOf,
  recommendationsOf,
  statusUpdatesOf,
} from '../../dataset/queries.ts';
import {
  dayNumber,
  firstDay,
  formatDate,
  lastDay,
  type CalendarDate,
  type DayDate,
} from '../../domain/dates.ts';
import { shortTitle, statusWords } from '../../text/progress.ts';
import {
  REPORTER_SHORT,
  STANDING_LABEL,
  recommendationName,
  recommendationNameInSentence,
} from '../../text/labels.ts';
import { formatDueDate, type DueDate } from '../../domain/timescale.ts';
import type { StatusUpdate } from '../../dataset/types.ts';
import type { Standing } from '../../domain/status.ts';
import type { Dataset, Deadline, Inspection, Recommendation } from '../../dataset/types.ts';

/** What an event on the timeline is. */
export type TimelineKind =
  'publication' | 'fieldwork' | 'deadline' | 'milestone' | 'review' | 'update';

/** Each kind in words, for the table that repeats the chart. */
export const TIMELINE_KIND_LABELS: Record<TimelineKind, string> = {
  fieldwork: 'Fieldwork',
  publication: 'Publication',
  deadline: 'Recommendations due',
  milestone: 'Milestone due',
  review: 'Post-inspection review',
  update: 'Status update',
};

/** A dated event: a day, or a span from `date` to `end` when only the month or a range is known. */
export interface TimelineEvent {
  readonly date: DayDate;
  readonly end?: DayDate;
  readonly label: string;
  readonly kind: TimelineKind;
  /** Where the items due at a deadline or milestone stand on the as-of date. */
  readonly standing?: Standing;
}

const KIND_ORDER: readonly TimelineKind[] = [
  'fieldwork',
  'publication',
  'deadline',
  'milestone',
  'review',
  'update',
];

function span(from: DayDate, to: DayDate): EventSpan {
  return dayNumber(from) === dayNumber(to) ? { date: from } : { date: from, end: to };
}

function calendarSpan(from: CalendarDate, to: CalendarDate): EventSpan {
  return span(firstDay(from), lastDay(to));
}

function dueSpan(due: DueDate): EventSpan {
  return due.kind === 'between' ? span(due.from, due.to) : calendarSpan(due.date, due.date);
}

function isWholeMonths(from: DayDate, to: DayDate): boolean {
  return from.day === 1 && dayNumber(to) === dayNumber(lastDay({ ...to, precision: 'month' }));
}

/** When an event happens: a day, or a span of days. */
export type EventSpan = Pick<TimelineEvent, 'date' | 'end'>;

/** The first day of an event in words, or its month when the event spans whole months. */
export function formatEventStart(e: EventSpan): string {
  if (e.end !== undefined && isWholeMonths(e.date, e.end)) {
    return formatDate({ precision: 'month', year: e.date.year, month: e.date.month });
  }
  return formatDate(e.date);
}

/** The last day of an event in words, or its month when the event spans whole months. */
export function formatEventEnd(e: EventSpan): string {
  const end = e.end ?? e.date;
  if (e.end !== undefined && isWholeMonths(e.date, e.end)) {
    return formatDate({ precision: 'month', year: end.year, month: end.month });
  }
  return formatDate(end);
}

/** An event's date in GOV.UK style: "27 June 2019", "4 to 15 February 2019" or "January 2020". */
export function formatEventDate(e: EventSpan): string {
  if (e.end === undefined) return formatDate(e.date);
  const start = formatEventStart(e);
  const end = formatEventEnd(e);
  if (isWholeMonths(e.date, e.end)) {
    if (start === end) return start;
    return e.date.year === e.end.year
      ? `${start.replace(/ \d+$/, '')} to ${end}`
      : `${start} to ${end}`;
  }
  return formatDueDate({ kind: 'between', from: e.date, to: e.end });
}

/** "met", "overdue", "open, not yet due": a standing mid-label. */
const standingWords = (s: Standing): string => STANDING_LABEL[s].toLowerCase();

function dueWords(d: Deadline): string {
  return d.timescale.kind === 'immediately' ? 'immediately' : `by ${formatDueDate(d.due)}`;
}

function inspectionEvents(i: Inspection, asReview: boolean): TimelineEvent[] {
  // Likewise a publication no source dates (only a review of the inspection can be on the
  // timeline then: the inspection itself has no items, since their due dates would need it).
  const published = i.published === null ? null : calendarSpan(i.published, i.published);
  const what =
    asReview || i.kind === 'post-inspection-review' ? 'Post-inspection review' : 'Report';
  // A fieldwork no source dates is left off the timeline, not placed by guess.
  const start = i.fieldworkStart;
  const end = i.fieldworkEnd;
  const fieldwork = start === null || end === null ? null : calendarSpan(start, end);
  return [
    ...(fieldwork === null
      ? []
      : [
          {
            ...fieldwork,
            label: `${asReview ? 'Post-inspection review fieldwork' : 'Fieldwork'}: ${formatEventDate(fieldwork)}`,
            kind: asReview ? ('review' as const) : ('fieldwork' as const),
          },
        ]),
    ...(published === null
      ? []
      : [
          {
            ...published,
            label: `${what} published: ${formatEventDate(published)}`,
            kind: asReview ? ('review' as const) : ('publication' as const),
          },
        ]),
  ];
}

function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  return (
    dayNumber(a.date) - dayNumber(b.date) ||
    dayNumber(a.end ?? a.date) - dayNumber(b.end ?? b.date) ||
    KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
    (a.label < b.label ? -1 : a.label > b.label ? 1 : 0)
  );
}

// "recommendation 3", "the unnumbered recommendation", "recommendations 1 and 2", "8
// recommendations" (more than two read better as a count, as do two without published numbers;
// the table lists each).
function recommendationsWords(numbers: readonly number[], all: readonly Recommendation[]): string {
  const named = [...numbers]
    .sort((a, b) => a - b)
    .map(
      (n) => all.find((r) => r.number === n) ?? { number: n, numbering: 'report-order' as const },
    );
  const [first, second] = named;
  if (first && named.length === 1)
    return recommendationNameInSentence(recommendationName(first, all));
  if (first && second && named.length === 2 && named.every((r) => r.numbering !== 'source-order'))
    return `recommendations ${String(first.number)} and ${String(second.number)}`;
  return `${String(named.length)} recommendations`;
}

/**
 * Status updates as events. Updates on recommendations that share a date, reporter and status are
 * one event (a review usually reports on them all at once); each milestone update is its own.
 */
function updateEvents(d: Dataset, inspection: string): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  const groups = new Map<string, { update: StatusUpdate; numbers: number[] }>();
  // An update dated after the as-of date is not yet known on that date, as in status.ts.
  const known = statusUpdatesOf(d, inspection).filter(
    (x) => dayNumber(lastDay(x.date)) <= dayNumber(d.asOf),
  );
  for (const u of known) {
    const when = calendarSpan(u.date, u.date);
    const head = `Update (${REPORTER_SHORT[u.by]}, ${formatEventDate(when)})`;
    const [type, key = ''] = u.item.split(':');
    if (type === 'milestone') {
      const m = milestonesOf(d, inspection).find((x) => x.id === key);
      const what = m ? shortTitle(m.label, 70) : key;
      // Mid-sentence, a label's capital goes, unless it starts an acronym ("PCC").
      const phrase = /^[A-Z][a-z]/.test(what) ? what.charAt(0).toLowerCase() + what.slice(1) : what;
      events.push({
        ...when,
        label: `${head}: ${statusWords(u.status, 'milestone')} – ${phrase}`,
        kind: 'update',
      });
      continue;
    }
    const groupKey = `${JSON.stringify(u.date)}|${u.by}|${u.status}`;
    const group = groups.get(groupKey);
    if (group) group.numbers.push(Number(key));
    else groups.set(groupKey, { update: u, numbers: [Number(key)] });
  }
  for (const { update: u, numbers } of groups.values()) {
    const when = calendarSpan(u.date, u.date);
    events.push({
      ...when,
      label: `Update (${REPORTER_SHORT[u.by]}, ${formatEventDate(when)}): ${recommendationsWords(numbers, recommendationsOf(d, inspection))}, ${statusWords(u.status, 'recommendation')}`,
      kind: 'update',
    });
  }
  return events;
}

/**
 * An inspection's fieldwork, publication, deadlines (recommendations grouped by due date),
 * milestones, published status updates and reviews, in date order.
 */
export function timelineEvents(d: Dataset, inspection: string): TimelineEvent[] {
  const i = inspectionOf(d, inspection);
  const events: TimelineEvent[] = inspectionEvents(i, false);

  // Recommendations sharing a deadline and a standing are one event: the chart shows when and
  // where they stand, the table shows what. Met and overdue items due together are two events.
  const groups = new Map<string, { count: number; due: DueDate; standing: Standing }>();
  for (const r of recommendationsOf(d, inspection)) {
    const words = dueWords(r);
    const key = `${words}|${r.tracking.standing}`;
    const group = groups.get(key);
    if (group) group.count += 1;
    else groups.set(key, { count: 1, due: r.due, standing: r.tracking.standing });
  }
  for (const [key, { count, due, standing }] of groups) {
    events.push({
      ...dueSpan(due),
      label: `${count} recommendation${count === 1 ? '' : 's'}: ${key.split('|')[0] ?? ''} – ${standingWords(standing)}`,
      kind: 'deadline',
      standing,
    });
  }

  for (const m of milestonesOf(d, inspection)) {
    const standing = m.tracking.standing;
    events.push({
      ...dueSpan(m.due),
      label: `${m.label}: ${dueWords(m)} – ${standingWords(standing)}`,
      kind: 'milestone',
      standing,
    });
  }

  events.push(...updateEvents(d, inspection));
  for (const id of i.reviewedBy) events.push(...inspectionEvents(inspectionOf(d, id), true));
  return events.sort(compareEvents);
}
