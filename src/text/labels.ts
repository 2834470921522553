// Every word the site uses for a value of a fixed vocabulary (src/domain/vocabulary.ts) or for
// a standing (src/domain/status.ts), declared once, so the same state reads the same on every
// page, in the briefing, the register, its script and the calendar files. Grades are not here:
// their labels are data. Pure, and free of the dataset, so the register's browser script can
// import it.
import type { Standing } from '../domain/status.ts';
import type {
  Absence,
  Assessor,
  InspectionKind,
  Nation,
  Numbering,
  Qualifier,
  Reporter,
  Sample,
  Status,
} from '../domain/vocabulary.ts';

/**
 * What is said of an absent figure. "Not published" only where this site holds the whole report
 * (so the report's own structure shows the figure is not in it); otherwise the report may well
 * publish it, and all that is true is that this site does not hold it yet.
 */
export interface AbsentWords {
  /** "not published", "not yet on this site" */
  readonly adjective: string;
  /** "were not published", "are not yet on this site" */
  readonly were: string;
  /** "was not published", "is not yet on this site" */
  readonly was: string;
  /** "no grades published", "no grades yet on this site" */
  readonly none: string;
}

export const ABSENT_WORDS: Readonly<Record<Absence, AbsentWords>> = {
  'not-published': {
    adjective: 'not published',
    were: 'were not published',
    was: 'was not published',
    none: 'published',
  },
  'not-held': {
    adjective: 'not yet on this site',
    were: 'are not yet on this site',
    was: 'is not yet on this site',
    none: 'yet on this site',
  },
};

/** Which cases a count covers, as a label: "Cases the inspectorate chose". */
export const SAMPLE_LABEL: Readonly<Record<Sample, string>> = {
  'force-selected': 'Cases the force chose and also graded itself',
  'inspectorate-selected': 'Cases the inspectorate chose',
  all: 'All cases',
};

/** Which cases a count covers, within a sentence: "the number of all cases …". */
export const SAMPLE_PHRASE: Readonly<Record<Sample, string>> = {
  'force-selected': 'the cases the force chose',
  'inspectorate-selected': 'the cases the inspectorate chose',
  all: 'all cases',
};

/** Whose grades a count gives, within a sentence. */
export const ASSESSOR_WORDS: Readonly<Record<Assessor, string>> = {
  force: 'the force',
  inspectorate: 'the inspectorate',
};

/** A nation's name. */
export const NATION_NAME: Readonly<Record<Nation, string>> = { england: 'England', wales: 'Wales' };

/** What kind of inspection a report is, in full. */
export const KIND_LABEL: Readonly<Record<InspectionKind, string>> = {
  inspection: 'National child protection inspection',
  'post-inspection-review': 'Post-inspection review',
};

/** What kind of inspection a report is, briefly, before its date: "Inspection, June 2019". */
export const KIND_SHORT: Readonly<Record<InspectionKind, string>> = {
  inspection: 'Inspection',
  'post-inspection-review': 'Post-inspection review',
};

/** The words before a key figure: "about 53", "more than 10 hours". */
export const QUALIFIER_WORDS: Readonly<Record<Qualifier, string>> = {
  exact: '',
  about: 'about ',
  over: 'more than ',
  under: 'under ',
  'at-least': 'at least ',
  'at-most': 'up to ',
};

/** Who made an update, as a phrase that can follow "from" or "by". */
export const REPORTER_WORDS: Readonly<Record<Reporter, string>> = {
  force: 'the force',
  commissioner: 'the police and crime commissioner',
  'inspectorate-review': 'the inspectorate’s post-inspection review',
  'inspectorate-monitoring': 'the inspectorate’s record of the recommendation',
};

/** Who made an update, briefly, where space is short (chart labels, the briefing's table). */
export const REPORTER_SHORT: Readonly<Record<Reporter, string>> = {
  force: 'force',
  commissioner: 'commissioner',
  'inspectorate-review': 'inspectorate’s review',
  'inspectorate-monitoring': 'inspectorate’s record',
};

/** A row's latest status, or `none` when no update has been published. */
export type StatusKey = Status | 'none';

/** What the latest update says about an item, as a label: "Progress not assessed". */
export const STATUS_LABEL: Readonly<Record<StatusKey, string>> = {
  none: 'No update published',
  'not-started': 'Not started',
  'in-progress': 'In progress',
  completed: 'Completed',
  superseded: 'Superseded',
  'not-assessed': 'Progress not assessed',
  'awaiting-review': 'Awaiting review by the inspectorate',
  'will-be-progressed': 'Will be progressed',
  'being-progressed': 'Being progressed',
};

/** Statuses in the order lists show them: what needs attention first. */
export const STATUS_ORDER: readonly StatusKey[] = [
  'none',
  'not-started',
  'awaiting-review',
  'will-be-progressed',
  'being-progressed',
  'in-progress',
  'not-assessed',
  'superseded',
  'completed',
];

/** Where an item stands, as a label for tables, tags and the calendar. */
export const STANDING_LABEL: Readonly<Record<Standing, string>> = {
  met: 'Met',
  'met late': 'Met late',
  closed: 'Closed (superseded)',
  overdue: 'Overdue',
  'no public record': 'No public record',
  'open, not yet due': 'Open, not yet due',
  'open, due date not yet known': 'Open, may be past due',
};

/** Standings in the order lists show them: what needs attention first. */
export const STANDING_ORDER: readonly Standing[] = [
  'overdue',
  'no public record',
  'open, due date not yet known',
  'open, not yet due',
  'met late',
  'met',
  'closed',
];

/**
 * Where an item stands, as the first word of a sentence whose detail follows a colon
 * ("Closed: reported superseded by the force."), so the detail is not said twice.
 */
export const STANDING_LEAD: Readonly<Record<Standing, string>> = {
  overdue: 'Overdue',
  'no public record': 'No public record',
  'open, not yet due': 'Open',
  'open, due date not yet known': 'Open',
  closed: 'Closed',
  met: 'Met',
  'met late': 'Met late',
};

/** Groups of standings, for counts: what is overdue, still open, met, or closed. */
export type StandingGroup = 'overdue' | 'no public record' | 'open' | 'met' | 'closed';

/** A group of standings, as a column heading. */
export const GROUP_LABEL: Readonly<Record<StandingGroup, string>> = {
  overdue: 'Overdue',
  'no public record': 'No public record',
  open: 'Open',
  met: 'Met',
  closed: 'Closed',
};

/** A group of standings, as the heading of its list, saying what it holds. */
export const GROUP_HEADING: Readonly<Record<StandingGroup, string>> = {
  overdue: 'Overdue: past the due date, with no published evidence it was met',
  'no public record':
    'No public record: past the due date, and met or not only the force and the inspectorate know',
  open: 'Open: not yet due, or may be past due',
  met: 'Met',
  closed: 'Closed (superseded)',
};

/** A status in running text: "in progress", "progress not assessed". */
export const statusText = (s: StatusKey): string => {
  const label = STATUS_LABEL[s];
  return label.charAt(0).toLowerCase() + label.slice(1);
};

export const statusLabel = (s: StatusKey): string => STATUS_LABEL[s];
export const standingLabel = (s: Standing): string => STANDING_LABEL[s];
export const reporterLabel = (r: Reporter): string => REPORTER_WORDS[r];
export const sampleLabel = (s: Sample): string => SAMPLE_LABEL[s];
export const kindLabel = (k: InspectionKind): string => KIND_LABEL[k];
/** "England", "Wales". */
export const nationName = (n: Nation): string => NATION_NAME[n];

/** How a finding in this site's words, not the source's, is marked wherever it is shown. */
export const WORDING_MARK = 'summary in our words, not the report’s';

/** "1st", "2nd", "3rd", "11th", "22nd". */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${String(n)}${suffix}`;
}

/**
 * What a page calls a recommendation: "Recommendation 3" where the number is the report's or its
 * place in the report's whole list; "Unnumbered recommendation" where no source numbers it, with
 * its place in its source's list when the inspection has more than one such ("… (2nd listed)").
 * `siblings` are the recommendations of the same inspection.
 */
export function recommendationName(
  r: { readonly number: number; readonly numbering: Numbering },
  siblings: readonly { readonly numbering: Numbering }[],
): string {
  if (r.numbering !== 'source-order') return `Recommendation ${String(r.number)}`;
  const unnumbered = siblings.filter((s) => s.numbering === 'source-order').length;
  return unnumbered > 1
    ? `Unnumbered recommendation (${ordinal(r.number)} listed)`
    : 'Unnumbered recommendation';
}

/** The same name inside a sentence: "recommendation 3", "the unnumbered recommendation". */
export const recommendationNameInSentence = (name: string): string =>
  name.startsWith('Unnumbered') ? `the u${name.slice(1)}` : `r${name.slice(1)}`;
