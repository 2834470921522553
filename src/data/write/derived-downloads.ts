// The downloads of the tables the build works out, which no schema describes: grade
// distributions, force-versus-inspectorate agreement, and the grade scales, one row a grade.
import type { Agreement, Dataset, Distribution } from '../../dataset/types.ts';
import {
  derivedColumn,
  downloadTable,
  type DownloadColumn,
  type DownloadTable,
} from './download-table.ts';

type GradeCount = Distribution['counts'][number];

/** One row of the distributions download: a distribution and one of its grades. */
type DistributionRow = readonly [Distribution, GradeCount];

const distributionColumns: readonly DownloadColumn<DistributionRow>[] = [
  { name: 'inspection', cell: ([x]) => x.inspection },
  { name: 'sample', cell: ([x]) => x.sample },
  { name: 'assessor', cell: ([x]) => x.assessor },
  { name: 'area', cell: ([x]) => x.area },
  { name: 'grade', cell: ([, c]) => c.grade },
  { name: 'count', cell: ([, c]) => c.count },
  derivedColumn(
    'total',
    'the number of cases, stated or derived (blank: not published)',
    ([x]) => x.total,
  ),
  derivedColumn(
    'total_basis',
    'how the total is known: “stated”, “sum of grades”, “case rows” or “not published”',
    ([x]) => x.totalBasis,
  ),
  derivedColumn(
    'not_stated',
    'cases in the total whose grade was not published',
    ([x]) => x.notStated,
  ),
];

export function distributionsDownload(d: Dataset): DownloadTable {
  return downloadTable(
    {
      name: 'distributions',
      title: 'Grade distributions (derived)',
      description:
        'Each inspection × sample × assessor × area with its grades, its total and how the total is known. A blank is never zero: it was not published, or is not yet on this site (see the inspection’s `transcribed`).',
    },
    distributionColumns,
    d.distributions.flatMap((x) => x.counts.map((c): DistributionRow => [x, c])),
  );
}

const agreementColumns: readonly DownloadColumn<Agreement>[] = [
  { name: 'inspection', cell: (a) => a.inspection },
  { name: 'sample', cell: (a) => a.sample },
  derivedColumn(
    'cases',
    'cases graded by both the force and the inspectorate',
    (a) => a.range.cases,
  ),
  derivedColumn(
    'same_min',
    'fewest cases the two could have graded the same',
    (a) => a.range.same.min,
  ),
  derivedColumn(
    'same_max',
    'most cases the two could have graded the same',
    (a) => a.range.same.max,
  ),
  derivedColumn(
    'force_more_favourable_min',
    'fewest cases the force could have graded more favourably',
    (a) => a.range.forceMoreFavourable.min,
  ),
  derivedColumn(
    'force_more_favourable_max',
    'most cases the force could have graded more favourably',
    (a) => a.range.forceMoreFavourable.max,
  ),
  derivedColumn(
    'force_less_favourable_min',
    'fewest cases the force could have graded less favourably',
    (a) => a.range.forceLessFavourable.min,
  ),
  derivedColumn(
    'force_less_favourable_max',
    'most cases the force could have graded less favourably',
    (a) => a.range.forceLessFavourable.max,
  ),
  derivedColumn(
    'exact_same',
    'cases graded the same, where case-level grades were published',
    (a) => a.exact?.same ?? null,
  ),
  derivedColumn(
    'exact_force_more_favourable',
    'likewise, the force more favourable',
    (a) => a.exact?.forceMoreFavourable ?? null,
  ),
  derivedColumn(
    'exact_force_less_favourable',
    'likewise, the force less favourable',
    (a) => a.exact?.forceLessFavourable ?? null,
  ),
  derivedColumn(
    'weighted_kappa',
    'linearly weighted kappa, where case-level grades were published',
    (a) => a.exact?.kappa ?? null,
  ),
];

export function agreementDownload(d: Dataset): DownloadTable {
  return downloadTable(
    {
      name: 'agreement',
      title: 'Force versus inspectorate on the same cases (derived)',
      description:
        'The exact range of cases the two could have graded the same, and the force more or less favourably, given only the published distributions; exact figures where case-level grades were published.',
    },
    agreementColumns,
    d.agreements,
  );
}

type ScaleGrade = readonly [string, Dataset['gradeScales'][number]['grades'][number]];

export function gradeScalesDownload(d: Dataset): DownloadTable {
  const columns: readonly DownloadColumn<ScaleGrade>[] = [
    { name: 'scale', cell: ([s]) => s },
    { name: 'grade', cell: ([, g]) => g.id },
    { name: 'rank', cell: ([, g]) => g.rank },
    { name: 'label', cell: ([, g]) => g.label },
  ];
  return downloadTable(
    {
      name: 'grade-scales',
      title: 'Grade scales',
      description: 'The grades of each scale, from most to least favourable.',
    },
    columns,
    d.gradeScales.flatMap((s) => s.grades.map((g): ScaleGrade => [s.id, g])),
  );
}
