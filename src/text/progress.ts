// Where recommendations and milestones stand, in words: who reported what and when, and whether
// an item was met, met late or is overdue. Worded so a reader cannot take "overdue" for "not done":
// it means only that no published evidence says the item was met by its due date. Pure.
import {
  compareDates,
  formatDate,
  onDate,
  type CalendarDate,
  type DayDate,
} from '../domain/dates.ts';
import { inspectionOf } from '../dataset/queries.ts';
import { timelineHeadline } from './headlines.ts';
import { firstCompletion, type Standing } from '../domain/status.ts';
import type { StatusUpdate, Tracking } from '../dataset/types.ts';
import type { Dataset, Deadline, Inspection } from '../dataset/types.ts';
import type { Status } from '../domain/vocabulary.ts';
import {
  REPORTER_WORDS,
  STANDING_LEAD,
  STATUS_LABEL,
  statusText,
  type StandingGroup,
} from './labels.ts';

/** What an update says, for a recommendation or (where "completed" reads "met") a milestone. */
export function statusWords(status: Status, item: 'recommendation' | 'milestone'): string {
  return status === 'completed' && item === 'milestone' ? 'met' : statusText(status);
}

/** Which group of standings a standing counts in. */
export function standingGroup(s: Standing): StandingGroup {
  switch (s) {
    case 'overdue':
      return 'overdue';
    case 'met':
    case 'met late':
      return 'met';
    case 'closed':
      return 'closed';
    case 'no public record':
      return 'no public record';
    case 'open, not yet due':
    case 'open, due date not yet known':
      return 'open';
  }
}

/** Anything with a deadline and tracking: a recommendation or a milestone. */
export type Tracked = Deadline & { readonly tracking: Tracking };

/** "Due 27 September 2019", or "Due immediately (27 June 2019)". */
export function dueWords(item: Deadline): string {
  return item.timescale.kind === 'immediately'
    ? `Due immediately (${item.dueText})`
    : `Due ${item.dueText}`;
}

/**
 * Where an item stands, after its label: "past its due date (27 September 2019) with no
 * published evidence it was met."
 */
export function standingDetail(item: Tracked, asOf: DayDate): string {
  const on = formatDate(asOf);
  switch (item.tracking.standing) {
    case 'overdue':
      return `past its due date (${item.dueText}) with no published evidence it was met.`;
    case 'no public record':
      return `past its due date (${item.dueText}); whether it was met is between the force and the inspectorate, which do not publish it.`;
    case 'open, not yet due':
      return `not yet due as of ${on} (due ${item.timescale.kind === 'immediately' ? 'immediately, ' : ''}${item.dueText}).`;
    case 'open, due date not yet known':
      return `due in ${item.dueText}, which may have passed by ${on}; no published evidence says it was met.`;
    case 'closed':
      return item.tracking.latest
        ? `reported superseded by ${REPORTER_WORDS[item.tracking.latest.by]}.`
        : 'reported superseded.';
    case 'met':
    case 'met late': {
      const done = firstCompletion(item.tracking.updates, asOf);
      const when = done
        ? `, as reported by ${REPORTER_WORDS[done.by]} (${formatDate(done.date)})`
        : '';
      return item.tracking.standing === 'met'
        ? `by its due date${when}.`
        : `after its due date (${item.dueText})${when}.`;
    }
  }
}

/**
 * One sentence on where an item stands on the as-of date: "Overdue: past its due date
 * (27 September 2019) with no published evidence it was met."
 */
export function standingSentence(item: Tracked, asOf: DayDate): string {
  return `${STANDING_LEAD[item.tracking.standing]}: ${standingDetail(item, asOf)}`;
}

/** "on 1 August 2019", or "in January 2020" when only the month is known. */
/** "July 2020, from the inspectorate’s post-inspection review: progress not assessed." */
export function updateSentence(u: StatusUpdate, item: 'recommendation' | 'milestone'): string {
  return `${formatDate(u.date)}, from ${REPORTER_WORDS[u.by]}: ${statusWords(u.status, item)}.`;
}

/** The latest update in words, or that none was published. */
export function latestUpdateText(tracking: Tracking, item: 'recommendation' | 'milestone'): string {
  return tracking.latest
    ? `Latest update: ${updateSentence(tracking.latest, item)}`
    : `${STATUS_LABEL.none}.`;
}

// Whether a date falls within the span of a review's fieldwork (month-precision dates overlap);
// never, where no source gives the fieldwork's dates.
function during(date: CalendarDate, review: Inspection): boolean {
  const { fieldworkStart: start, fieldworkEnd: end } = review;
  if (start === null || end === null) return false;
  return compareDates(date, start) !== 'before' && compareDates(date, end) !== 'after';
}

/**
 * Whether and when a milestone was met, as one sentence generated from the data. Where the
 * evidence is the inspectorate's review and the date is its fieldwork, it says so: "Due 27
 * December 2019; met late: the post-inspection review’s fieldwork in January 2020 came after it."
 */
export function milestoneSentence(
  d: Dataset,
  m: Tracked & { readonly inspection: string },
): string {
  const s = m.tracking.standing;
  if (s !== 'met' && s !== 'met late') return `${dueWords(m)}. ${standingSentence(m, d.asOf)}`;
  const done = firstCompletion(m.tracking.updates, d.asOf);
  if (!done) return `${dueWords(m)}. ${standingSentence(m, d.asOf)}`;
  const review =
    done.by === 'inspectorate-review'
      ? inspectionOf(d, m.inspection)
          .reviewedBy.map((id) => inspectionOf(d, id))
          .find((r) => during(done.date, r))
      : undefined;
  const late = s === 'met late';
  const evidence = review
    ? `the post-inspection review’s fieldwork in ${formatDate(done.date)} came ${late ? 'after' : 'before'} it`
    : `${REPORTER_WORDS[done.by]} reported it met ${onDate(done.date)}, ${late ? 'after' : 'by'} its due date`;
  return `${dueWords(m)}; ${late ? 'met late' : 'met'}: ${evidence}.`;
}

/**
 * A short title for a long text: its first sentence (or first line, before any list), without
 * "We recommend that", cut at a word boundary to at most `max` characters with an ellipsis.
 */
export function shortTitle(text: string, max = 100): string {
  const firstLine = text.split(/\r?\n/)[0]?.trim() ?? '';
  const sentence = (/^(.+?[.!?])(?:\s|$)/.exec(firstLine)?.[1] ?? firstLine)
    .replace(/^We recommend that,?\s*/i, '')
    .replace(/[.:;,]\s*$/, '');
  const capital = sentence.charAt(0).toUpperCase() + sentence.slice(1);
  if (capital.length <= max) return capital;
  const cut = capital.slice(0, max);
  const space = cut.lastIndexOf(' ');
  let kept = space > max / 2 ? cut.slice(0, space) : cut;
  // An aside cut off before its closing bracket is dropped whole rather than left open.
  const open = kept.lastIndexOf('(');
  if (open > kept.lastIndexOf(')') && open > max / 2) kept = kept.slice(0, open);
  // No trailing punctuation, so the title never ends "to,…" or mid-word.
  return `${kept.replace(/[\s,;:(–-]+$/, '')}…`;
}

/**
 * The timeline's heading with where the recommendations stand: "All 8 recommendations were due
 * by 27 September 2019; none has published evidence it was met".
 */
export function trackingHeadline(
  recommendations: readonly (Deadline & { readonly tracking: Tracking })[],
): string {
  const base = timelineHeadline(recommendations);
  const n = recommendations.length;
  if (n === 0) return base;
  const met = recommendations.filter((r) => standingGroup(r.tracking.standing) === 'met').length;
  const overdue = recommendations.filter((r) => r.tracking.standing === 'overdue').length;
  if (met > 0) return `${base}; ${String(met)} of ${String(n)} reported met`;
  if (overdue === n) {
    return `${base}; ${n === 1 ? 'no published evidence says it was' : 'none has published evidence it was'} met`;
  }
  return base;
}
