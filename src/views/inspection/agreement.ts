// Force versus inspectorate on the same cases, ready to show: the chart's headline and summary,
// both sides' counts by grade, and the fewest and most cases the published figures allow in each
// group.
import { agreementOf, gradesOf, inspectionOf } from '../../dataset/queries.ts';
import { absenceOf, type Absence } from '../../domain/vocabulary.ts';
import { gradeLabel } from '../../text/grade-label.ts';
import { agreementHeadline } from '../../text/headlines.ts';
import { summariseAgreement, whyARange } from '../../text/summaries.ts';
import type { Agreement, Dataset } from '../../dataset/types.ts';

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
