// Every fixed vocabulary of the data contract, declared once. Grades are not here: they are data,
// in grade-scales.csv, so a new scale needs no code.

/** Which cases a count covers. */
export const SAMPLES = ['force-selected', 'inspectorate-selected', 'all'] as const;
export type Sample = (typeof SAMPLES)[number];

/** The two samples that together make up `all`. */
export const SAMPLE_PARTS = ['force-selected', 'inspectorate-selected'] as const;

/** Whose grades a count gives. */
export const ASSESSORS = ['force', 'inspectorate'] as const;
export type Assessor = (typeof ASSESSORS)[number];

export const NATIONS = ['england', 'wales'] as const;
export type Nation = (typeof NATIONS)[number];

export const INSPECTION_KINDS = ['inspection', 'post-inspection-review'] as const;
export type InspectionKind = (typeof INSPECTION_KINDS)[number];

/**
 * How much of an inspection's report this site holds: all of it (so a figure that is not here was
 * not published in it), or only part (so a figure that is not here may still be in the report).
 */
export const TRANSCRIBED = ['whole-report', 'partial'] as const;
export type Transcribed = (typeof TRANSCRIBED)[number];

/**
 * What an absent figure means: the report did not publish it, or this site does not hold it (yet).
 * Derived from `Transcribed`, so no page says "not published" of a report it has not read whole.
 */
export type Absence = 'not-published' | 'not-held';

export const absenceOf = (t: Transcribed): Absence =>
  t === 'whole-report' ? 'not-published' : 'not-held';

/**
 * Whether a milestone's outcome is made public (a commissioner's published comments, a published
 * review) or stays between the force and the inspectorate (an action plan sent to it), in which
 * case its absence from the public record says nothing about whether it was met.
 */
export const EVIDENCE = ['public', 'private'] as const;
export type Evidence = (typeof EVIDENCE)[number];

/**
 * Where a recommendation's number comes from: the report numbers it (`published`); the report does
 * not number them, so it is its place in the report's whole list (`report-order`); or no source
 * numbers it and the site holds only part of the list, so it is its place in its source's list
 * and pages show it without a number (`source-order`).
 */
export const NUMBERINGS = ['published', 'report-order', 'source-order'] as const;
export type Numbering = (typeof NUMBERINGS)[number];

/**
 * Whose words a finding is in: the source's, quoted exactly, or this site's summary of it (a
 * review known only from a release or the press), which pages mark as a summary.
 */
export const WORDINGS = ['quoted', 'summarised'] as const;
export type Wording = (typeof WORDINGS)[number];

export const FINDING_KINDS = ['strength', 'concern', 'mixed', 'summary', 'quote'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export const QUALIFIERS = ['exact', 'about', 'over', 'under', 'at-least', 'at-most'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const DISCREPANCY_KINDS = ['does-not-add-up', 'sources-disagree'] as const;
export type DiscrepancyKind = (typeof DISCREPANCY_KINDS)[number];

/** The value that stands for "every area" or "every grade" (a stated total) in case-audit.csv. */
export const ALL = 'all';

/**
 * Where a recommendation stands, as an update reports it. The last three are the inspectorate's
 * own monitoring states, as its recommendation pages record them: not yet reviewed by it, the
 * force says it will act, the force is acting.
 */
export const STATUSES = [
  'not-started',
  'in-progress',
  'completed',
  'superseded',
  'not-assessed',
  'awaiting-review',
  'will-be-progressed',
  'being-progressed',
] as const;
export type Status = (typeof STATUSES)[number];

/** Statuses that close a recommendation: it can no longer be overdue. */
export const CLOSED_STATUSES: readonly Status[] = ['completed', 'superseded'];

/** Who reported an update. */
export const REPORTERS = [
  'force',
  'commissioner',
  'inspectorate-review',
  'inspectorate-monitoring',
] as const;
export type Reporter = (typeof REPORTERS)[number];
