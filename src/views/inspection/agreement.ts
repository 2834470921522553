// Force versus inspectorate on the same cases, ready to show: the chart's headline and summary,
// both sides' counts by grade, and the fewest and most cases the published figures allow in each
// group.
import {
  agreementOf,
  discrepanciesOf,
  distributionOf,
  gradesOf,
  inspectionOf,
} from '../../dataset/queries.ts';
import { auditNotes, type NoteLink } from './discrepancy-notes.ts';
import type { GradedRow } from '../../domain/order.ts';
import { ALL, absenceOf, type Absence } from '../../domain/vocabulary.ts';
import { gradeLabel } from '../../text/grade-label.ts';
import { agreementHeadline } from '../../text/headlines.ts';
import { summariseAgreement, whyARange } from '../../text/summaries.ts';
import type { Agreement, Dataset, Distribution, Provenance } from '../../dataset/types.ts';

/** One grade's row: how many of the cases the force and the inspectors put in it. */
export interface AgreementCountRow {
  readonly label: string;
  readonly force: number | null;
  readonly inspectorate: number | null;
}

/** One group of cases ("both gave the same grade") and the fewest and most it could hold. */
export interface AgreementBoundRow {
  readonly label: string;
  readonly min: number;
  readonly max: number;
}

export interface AgreementView {
  readonly agreement: Agreement;
  readonly title: string;
  readonly summary: string;
  /** Why agreement is a range, or how it is counted when case-level grades were published. */
  readonly explanation: string;
  /** The label of each of the agreement's grades, in its order. */
  readonly gradeLabels: readonly string[];
  readonly counts: readonly AgreementCountRow[];
  readonly bounds: readonly AgreementBoundRow[];
  /** What an absent count means for this inspection. */
  readonly absence: Absence;
}

/** The groups of cases by how the two grades compare, with the fewest and most possible in each. */
export function agreementBounds(a: Agreement): AgreementBoundRow[] {
  const { same, forceMoreFavourable: more, forceLessFavourable: less } = a.range;
  return [
    { label: 'both gave the same grade', min: same.min, max: same.max },
    { label: 'the force’s grade was more favourable', min: more.min, max: more.max },
    { label: 'the force’s grade was less favourable', min: less.min, max: less.max },
  ];
}

/** The force's and the inspectorate's grades of the same cases, or null when not published. */
export function agreementView(d: Dataset, inspection: string): AgreementView | null {
  const agreement = agreementOf(d, inspection);
  if (!agreement) return null;
  const grades = gradesOf(d, inspection);
  const gradeLabels = agreement.grades.map((g) => gradeLabel(grades, g));
  return {
    agreement,
    title: agreementHeadline(agreement),
    summary: summariseAgreement(agreement, grades),
    explanation: whyARange(agreement),
    gradeLabels,
    counts: gradeLabels.map((label, i) => ({
      label,
      force: agreement.force[i] ?? null,
      inspectorate: agreement.inspectorate[i] ?? null,
    })),
    bounds: agreementBounds(agreement),
    absence: absenceOf(inspectionOf(d, inspection).transcribed),
  };
}

/**
 * The force's own grades when no agreement range can be worked out from them: both sides' counts
 * as published, and why they cannot be paired. Null where the force's grades are not held, or an
 * agreement exists.
 */
export interface ForceGradesRow extends GradedRow {
  readonly absence: Absence;
  readonly notes: Readonly<Record<string, NoteLink>>;
}

export interface ForceGradesView {
  readonly rows: readonly ForceGradesRow[];
  /** Why the two cannot be compared case by case, in a sentence. */
  readonly reason: string;
  readonly provenance: readonly Provenance[];
}

export function forceGradesView(d: Dataset, inspection: string): ForceGradesView | null {
  if (agreementOf(d, inspection)) return null;
  const sample = distributionOf(d, inspection, 'force-selected', 'force')
    ? 'force-selected'
    : 'all';
  const force = distributionOf(d, inspection, sample, 'force');
  if (!force) return null;
  const insp = distributionOf(d, inspection, sample, 'inspectorate');
  const discrepancies = discrepanciesOf(d, inspection);
  const row = (x: Distribution, label: string): ForceGradesRow => ({
    key: x.assessor,
    label,
    counts: x.counts,
    total: x.total,
    notStated: x.notStated,
    absence: x.absence,
    notes: auditNotes(discrepancies, x.sample, x.assessor, ALL),
  });
  return {
    rows: [
      row(force, 'The force’s own grades'),
      ...(insp ? [row(insp, 'The inspectors’ grades of the same cases')] : []),
    ],
    reason: forceGradesReason(force, insp),
    provenance: [...force.provenance, ...(insp?.provenance ?? [])],
  };
}

/** Why the force's and the inspectors' grades cannot be paired into a range of agreement. */
export function forceGradesReason(force: Distribution, insp: Distribution | null): string {
  const sum = (x: Distribution) => x.counts.reduce((a, c) => a + (c.count ?? 0), 0);
  const cannot = 'so how far the two agreed cannot be worked out';
  if (!insp || !insp.complete)
    return `Not every inspectors’ grade of the same cases is held here, ${cannot}.`;
  if (!force.complete) return `Not every one of the force’s grades is held here, ${cannot}.`;
  if (sum(insp) !== insp.total || sum(force) !== force.total)
    return `The published grades do not add up to the published number of cases (see the note on the figure), ${cannot}.`;
  return `The force and the inspectors graded different numbers of cases, ${cannot}.`;
}
