// Small fixtures built from the published Gwent 2019 and Dorset figures, so chart and summary
// tests do not depend on the data build.
import { agreementExact, agreementRange } from '../../src/domain/agreement.ts';
import type { DayDate } from '../../src/domain/dates.ts';
import type { GradedRow } from '../../src/domain/order.ts';
import { dueDate, formatDueDate, isPastDue, parseTimescale } from '../../src/domain/timescale.ts';
import type {
  Agreement,
  Dataset,
  Deadline,
  Distribution,
  Grade,
  Inspection,
} from '../../src/dataset/types.ts';
import type { Sample } from '../../src/domain/vocabulary.ts';
import { day } from '../support/dates.ts';
import { publishedOf } from '../../src/dataset/when.ts';

/** The three-point scale every inspection so far has used. */
export const THREE: readonly Grade[] = [
  { id: 'good', rank: 1, label: 'Good' },
  { id: 'requires-improvement', rank: 2, label: 'Requires improvement' },
  { id: 'inadequate', rank: 3, label: 'Inadequate' },
];

/** An invented four-point scale, to show nothing depends on three grades or their names. */
export const FOUR: readonly Grade[] = [
  { id: 'outstanding', rank: 1, label: 'Outstanding' },
  { id: 'good', rank: 2, label: 'Good' },
  { id: 'requires-improvement', rank: 3, label: 'Requires improvement' },
  { id: 'inadequate', rank: 4, label: 'Inadequate' },
];

/** The as-of date the data build was run with. */
export const AS_OF: DayDate = { precision: 'day', year: 2026, month: 11, day: 28 };

/** Counts in scale order, null where not published. */
export function counts(
  grades: readonly Grade[],
  values: readonly (number | null)[],
): { grade: string; count: number | null }[] {
  return grades.map((g, i) => ({ grade: g.id, count: values[i] ?? null }));
}

/** A chart row whose total is its published counts plus any not stated. */
export function row(
  key: string,
  label: string,
  values: readonly (number | null)[],
  grades: readonly Grade[] = THREE,
  notStated: number | null = null,
): GradedRow {
  const known = values.reduce<number>((sum, v) => sum + (v ?? 0), 0);
  return {
    key,
    label,
    counts: counts(grades, values),
    total: known + (notStated ?? 0),
    notStated,
  };
}

/** A whole-sample distribution as the build derives it. */
export function distribution(
  inspection: string,
  sample: Sample,
  assessor: 'force' | 'inspectorate',
  values: readonly (number | null)[],
  total: number | null,
  grades: readonly Grade[] = THREE,
): Distribution {
  const known = values.reduce<number>((sum, v) => sum + (v ?? 0), 0);
  const complete = values.every((v) => v !== null);
  return {
    inspection,
    sample,
    assessor,
    area: 'all',
    counts: counts(grades, values),
    total,
    totalBasis: total === null ? 'not published' : 'stated',
    absence: 'not-published',
    notStated: complete || total === null ? null : total - known,
    complete,
    provenance: [],
  };
}

/** Gwent 2019, inspectorate's grades of all 80 cases by practice area. */
export const GWENT_AREAS: readonly GradedRow[] = [
  row('section-47', 'Section 47 enquiries', [4, 4, 2]),
  row('domestic-abuse', 'Domestic abuse', [5, 4, 3]),
  row('other-incidents', 'Other incidents', [2, 6, 2]),
  row('sexual-exploitation', 'Child sexual exploitation', [3, 4, 9]),
  row('missing', 'Missing children', [2, 5, 2]),
  row('police-protection', 'Place of safety (section 46)', [3, 3, 0]),
  row('sex-offenders', 'Sex offender management', [1, 5, 3]),
  row('custody', 'Children in custody', [0, 6, 2]),
];

const provenance = { source: 'hmicfrs-gwent-2019', location: 'fixture' };

/** Gwent 2019's 33 force-selected cases, graded by the force and by inspectors. */
export const GWENT_AGREEMENT: Agreement = {
  inspection: 'gwent-2019',
  sample: 'force-selected',
  grades: THREE.map((g) => g.id),
  force: [27, 6, 0],
  inspectorate: [10, 17, 6],
  range: agreementRange([27, 6, 0], [10, 17, 6]),
  exact: null,
  provenance: [],
};

/** An invented four-grade agreement with case-level pairs, to exercise the exact path. */
export const EXACT_AGREEMENT: Agreement = {
  inspection: 'example',
  sample: 'force-selected',
  grades: FOUR.map((g) => g.id),
  force: [4, 6, 2, 0],
  inspectorate: [2, 5, 4, 1],
  range: agreementRange([4, 6, 2, 0], [2, 5, 4, 1]),
  exact: agreementExact([
    [2, 2, 0, 0],
    [0, 3, 3, 0],
    [0, 0, 1, 1],
    [0, 0, 0, 0],
  ]),
  provenance: [],
};

function inspection(
  id: string,
  fields: Pick<
    Inspection,
    'kind' | 'revisits' | 'reviewedBy' | 'fieldworkStart' | 'fieldworkEnd' | 'published'
  >,
): Inspection {
  return {
    id,
    force: id.split('-')[0] ?? id,
    gradeScale: 'three-point',
    transcribed: 'whole-report',
    baselineNote: null,
    datesNote: null,
    recommendationsMade: null,
    title: id,
    provenance,
    ...fields,
  };
}

function deadline(text: string, published: NonNullable<Inspection['published']>): Deadline {
  const parsed = parseTimescale(text);
  if (!parsed.ok) throw new Error(parsed.error);
  const due = dueDate(parsed.timescale, published);
  return {
    timescaleText: text,
    timescale: parsed.timescale,
    due,
    dueText: formatDueDate(due),
    pastDue: isPastDue(due, AS_OF),
  };
}

const GWENT_2019 = inspection('gwent-2019', {
  kind: 'inspection',
  revisits: null,
  reviewedBy: ['gwent-2020-review'],
  fieldworkStart: day(2019, 2, 4),
  fieldworkEnd: day(2019, 2, 15),
  published: day(2019, 6, 27),
});

const GWENT_2020_REVIEW = inspection('gwent-2020-review', {
  kind: 'post-inspection-review',
  revisits: 'gwent-2019',
  reviewedBy: [],
  fieldworkStart: { precision: 'month', year: 2020, month: 1 },
  fieldworkEnd: { precision: 'month', year: 2020, month: 1 },
  published: { precision: 'month', year: 2020, month: 7 },
});

const GWENT_TIMESCALES = [
  'within three months',
  'immediately',
  'within three months',
  'within three months',
  'within three months',
  'within three months',
  'within three months',
  'immediately',
];

const GWENT_MILESTONES = [
  {
    id: 'pcc-response',
    label: 'The police and crime commissioner publishes comments on the report',
    text: 'within 56 days',
  },
  {
    id: 'immediate-update',
    label:
      'The force updates the inspectorate on the action taken on the recommendations for immediate action',
    text: 'within six weeks of the publication of this report',
  },
  {
    id: 'action-plan',
    label: 'The force sends the inspectorate an action plan for its other recommendations',
    text: 'within six weeks of the publication of this report',
  },
  {
    id: 'revisit',
    label:
      'The inspectorate revisits the force to assess how it is implementing all the recommendations',
    text: 'no later than six months after the publication of this report',
  },
];

/** No status updates: the timeline fixture tracks nothing. */
const NO_UPDATES = { updates: [], latest: null, standing: 'overdue' } as const;

/** A dataset holding only what the timeline needs: Gwent 2019, its review, deadlines and milestones. */
export const GWENT_DATASET: Dataset = {
  asOf: AS_OF,
  version: null,
  releases: [],
  sources: [],
  forces: [],
  places: [],
  gradeScales: [{ id: 'three-point', grades: THREE, provenance }],
  inspections: [GWENT_2019, GWENT_2020_REVIEW],
  practiceAreas: [],
  areaDefinitions: [],
  corroborations: [],
  caseAudit: [],
  caseRows: 0,
  distributions: [],
  agreements: [GWENT_AGREEMENT],
  findings: [],
  recommendations: GWENT_TIMESCALES.map((text, i) => ({
    ...deadline(text, publishedOf(GWENT_2019)),
    inspection: 'gwent-2019',
    number: i + 1,
    numbering: 'report-order' as const,
    subject: `Subject ${String(i + 1)}`,
    chapter: null,
    text: `Recommendation ${i + 1}`,
    note: null,
    provenance,
    tracking: NO_UPDATES,
  })),
  milestones: GWENT_MILESTONES.map(({ id, label, text }) => ({
    ...deadline(text, publishedOf(GWENT_2019)),
    inspection: 'gwent-2019',
    id,
    label,
    basis: 'fixture',
    evidence: 'public' as const,
    provenance,
    tracking: NO_UPDATES,
  })),
  keyFigures: [],
  glossary: [],
  discrepancies: [],
  statusUpdates: [],
};
