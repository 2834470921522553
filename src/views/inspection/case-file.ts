// The case file analysis of an inspection: the inspectorate's grades by who chose the cases, as
// table rows, with a headline, a plain-English summary, notes on disputed figures and sources.
import type { Absence } from '../../domain/vocabulary.ts';
import { group } from 'd3-array';
import { perDataset } from '../../dataset/memo.ts';
import {
  corroborationsOf,
  discrepanciesOf,
  distributionOf,
  gradesOf,
  headlineDistribution,
} from '../../dataset/queries.ts';
import {
  auditNotes,
  cardDiscrepancy,
  describeDiscrepancy,
  inspectorateAuditDiscrepancies,
  noteLink,
  type CardDiscrepancy,
  type NoteLink,
} from './discrepancy-notes.ts';
import { gradesHeadline } from '../../text/headlines.ts';
import type { GradedRow } from '../../domain/order.ts';
import { gradeCountsText, joinAnd } from '../../text/page-text.ts';
import { sampleLabel } from '../../text/labels.ts';
import { summariseDistribution } from '../../text/summaries.ts';
import type {
  Corroboration,
  Dataset,
  Distribution,
  Grade,
  Provenance,
} from '../../dataset/types.ts';
import { SAMPLES } from '../../domain/vocabulary.ts';

/** One sample's row of the grade table, with notes on its disputed figures. */
export interface SampleRow extends GradedRow {
  readonly notes: Readonly<Record<string, NoteLink>>;
  /** The "all cases" row, set apart as a total when the samples are shown above it. */
  readonly isTotal: boolean;
  /** What a blank count in the row means. */
  readonly absence: Absence;
}

export interface CaseFileView {
  /** The headline grades, or null when no case audit was published. */
  readonly headline: Distribution | null;
  readonly rows: readonly SampleRow[];
  /** Whether the grades were published by who chose the cases, not only for all cases. */
  readonly hasSampleSplit: boolean;
  readonly title: string;
  readonly summary: string;
  /** Links from the headline figures to the notes that explain them. */
  readonly notes: readonly NoteLink[];
  readonly discrepancies: readonly CardDiscrepancy[];
  readonly provenance: readonly Provenance[];
  /** What case-audit.csv's notes say about the inspectorate's grades, each note once. */
  readonly auditNotes: readonly string[];
  /** Other sources that give the same inspectorate grades, each with the figure it confirms. */
  readonly corroborations: readonly Corroboration[];
}

/** The grades as alternatives: "good, requires improvement or inadequate". */
export function gradeChoicesText(grades: readonly Grade[]): string {
  return joinAnd(grades.map((g) => g.label.toLowerCase())).replace(/ and ([^,]*)$/, ' or $1');
}

/** The inspectorate's grades of an inspection's cases, by sample, ready to show. */
export function caseFileView(d: Dataset, inspection: string): CaseFileView {
  const grades = gradesOf(d, inspection);
  const discrepancies = discrepanciesOf(d, inspection);
  const headline = headlineDistribution(d, inspection);
  const samples = SAMPLES.map((s) => distributionOf(d, inspection, s, 'inspectorate')).filter(
    (x) => x !== null,
  );
  const onHeadline = inspectorateAuditDiscrepancies(discrepancies, 'all');
  const summary = [
    headline ? summariseDistribution(headline, grades) : '',
    ...samples
      .filter((x) => x.sample !== 'all' && x.sample !== headline?.sample)
      .map((x) => `${sampleLabel(x.sample)}: ${gradeCountsText(x, grades)}.`),
  ]
    .filter((t) => t !== '')
    .join(' ');
  return {
    headline,
    rows: samples.map((x) => ({
      key: x.sample,
      label: sampleLabel(x.sample),
      counts: x.counts,
      total: x.total,
      notStated: x.notStated,
      absence: x.absence,
      notes: auditNotes(discrepancies, x.sample, 'inspectorate', 'all'),
      isTotal: x.sample === 'all' && samples.length > 1,
    })),
    hasSampleSplit: samples.some((x) => x.sample !== 'all'),
    title: headline ? gradesHeadline(headline, grades) : '',
    summary,
    notes: onHeadline.map(noteLink),
    discrepancies: onHeadline.map((x) => cardDiscrepancy(x, describeDiscrepancy(d, x))),
    provenance: samples.flatMap((x) => x.provenance),
    auditNotes: auditNotesOf(d, inspection),
    corroborations: corroborationsOf(d, inspection).filter((c) =>
      c.subject.startsWith('case-audit:'),
    ),
  };
}

// Grouped once per build, so each inspection page looks its counts up rather than scanning all.
const auditByInspection = perDataset((d: Dataset) => group(d.caseAudit, (c) => c.inspection));

/** The notes of an inspection's published counts of the inspectorate's grades, each once, in file order. */
export function auditNotesOf(d: Dataset, inspection: string): string[] {
  const notes = (auditByInspection(d).get(inspection) ?? [])
    .filter((c) => c.assessor === 'inspectorate')
    .map((c) => c.note)
    .filter((n): n is string => n !== null && n !== '');
  return [...new Set(notes)];
}

/**
 * What further sources confirm: "Another source gives the same figure.", "Another source gives the
 * same 4 figures.", "Other sources give the same 4 figures."
 */
export function corroborationText(
  corroborations: readonly Pick<Corroboration, 'provenance'>[],
): string {
  const n = corroborations.length;
  const sources = new Set(corroborations.map((c) => c.provenance.source)).size;
  const what = n === 1 ? 'the same figure' : `the same ${String(n)} figures`;
  return sources > 1 ? `Other sources give ${what}.` : `Another source gives ${what}.`;
}
