// The dataset as files for the site's data page: the whole dataset as JSON, and each table as
// spreadsheet-safe CSV and as JSON. Blank cells in CSV mean "not published", as in data/.
import { toIso, type CalendarDate } from '../../domain/dates.ts';
import { toCsv, type CsvValue } from './csv.ts';
import type { DueDate } from '../../domain/timescale.ts';
import type { Dataset, Provenance } from '../../dataset/types.ts';

/** One downloadable table. */
export interface DownloadTable {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly CsvValue[])[];
}

const iso = (d: CalendarDate | null): string | null => (d ? toIso(d) : null);
const dueIso = (d: DueDate): string =>
  d.kind === 'between' ? `${toIso(d.from)}/${toIso(d.to)}` : toIso(d.date);
const src = (p: Provenance): CsvValue[] => [p.source, p.location];

/** Every table of the dataset in download form, derived columns included. */
export function downloadTables(d: Dataset): DownloadTable[] {
  return [
    {
      name: 'inspections',
      title: 'Inspections and reviews',
      description:
        'Each inspection and post-inspection review: force, dates, grade scale and source.',
      columns: [
        'id',
        'force',
        'kind',
        'revisits',
        'fieldwork_start',
        'fieldwork_end',
        'published',
        'grade_scale',
        'title',
        'source',
        'location',
      ],
      rows: d.inspections.map((i) => [
        i.id,
        i.force,
        i.kind,
        i.revisits,
        iso(i.fieldworkStart),
        iso(i.fieldworkEnd),
        iso(i.published),
        i.gradeScale,
        i.title,
        ...src(i.provenance),
      ]),
    },
    {
      name: 'case-audit',
      title: 'Case-audit counts as published',
      description:
        'Graded case files by inspection, sample, assessor, practice area and grade. A blank count was not published; grade "all" is a stated total.',
      columns: [
        'inspection',
        'sample',
        'assessor',
        'area',
        'grade',
        'count',
        'count_status',
        'note',
        'source',
        'location',
      ],
      rows: d.caseAudit.map((c) => [
        c.inspection,
        c.sample,
        c.assessor,
        c.area,
        c.grade,
        c.count,
        c.count === null ? 'not published' : 'published',
        c.note,
        ...src(c.provenance),
      ]),
    },
    {
      name: 'distributions',
      title: 'Grade distributions (derived)',
      description:
        'Each inspection × sample × assessor × area with its grades, its total and how the total is known. Blank = not published.',
      columns: [
        'inspection',
        'sample',
        'assessor',
        'area',
        'grade',
        'count',
        'total',
        'total_basis',
        'not_stated',
      ],
      rows: d.distributions.flatMap((x) =>
        x.counts.map((c) => [
          x.inspection,
          x.sample,
          x.assessor,
          x.area,
          c.grade,
          c.count,
          x.total,
          x.totalBasis,
          x.notStated,
        ]),
      ),
    },
    {
      name: 'agreement',
      title: 'Force versus inspectorate on the same cases (derived)',
      description:
        'The exact range of cases the two could have graded the same, and the force more or less favourably, given only the published distributions; exact figures where case-level grades were published.',
      columns: [
        'inspection',
        'sample',
        'cases',
        'same_min',
        'same_max',
        'force_more_favourable_min',
        'force_more_favourable_max',
        'force_less_favourable_min',
        'force_less_favourable_max',
        'exact_same',
        'exact_force_more_favourable',
        'exact_force_less_favourable',
        'weighted_kappa',
      ],
      rows: d.agreements.map((a) => [
        a.inspection,
        a.sample,
        a.range.cases,
        a.range.same.min,
        a.range.same.max,
        a.range.forceMoreFavourable.min,
        a.range.forceMoreFavourable.max,
        a.range.forceLessFavourable.min,
        a.range.forceLessFavourable.max,
        a.exact?.same ?? null,
        a.exact?.forceMoreFavourable ?? null,
        a.exact?.forceLessFavourable ?? null,
        a.exact?.kappa ?? null,
      ]),
    },
    {
      name: 'recommendations',
      title: 'Recommendations and due dates',
      description: `Each recommendation with its timescale as written and the due date derived from publication. past_due is judged as of ${toIso(d.asOf)}.`,
      columns: [
        'inspection',
        'number',
        'chapter',
        'timescale',
        'due',
        'due_text',
        'past_due',
        'text',
        'note',
        'source',
        'location',
      ],
      rows: d.recommendations.map((r) => [
        r.inspection,
        r.number,
        r.chapter,
        r.timescaleText,
        dueIso(r.due),
        r.dueText,
        r.pastDue,
        r.text,
        r.note,
        ...src(r.provenance),
      ]),
    },
    {
      name: 'milestones',
      title: 'Milestones after publication',
      description:
        "The commissioner's response, the force's update and action plan, and the revisit, with due dates.",
      columns: [
        'inspection',
        'id',
        'label',
        'timescale',
        'due',
        'due_text',
        'past_due',
        'basis',
        'source',
        'location',
      ],
      rows: d.milestones.map((m) => [
        m.inspection,
        m.id,
        m.label,
        m.timescaleText,
        dueIso(m.due),
        m.dueText,
        m.pastDue,
        m.basis,
        ...src(m.provenance),
      ]),
    },
    {
      name: 'status-updates',
      title: 'Status updates',
      description:
        'Every published update on a recommendation or milestone: date, status, who said it, evidence and source.',
      columns: ['inspection', 'item', 'date', 'status', 'by', 'evidence', 'source', 'location'],
      rows: d.statusUpdates.map((u) => [
        u.inspection,
        u.item,
        toIso(u.date),
        u.status,
        u.by,
        u.evidence,
        ...src(u.provenance),
      ]),
    },
    {
      name: 'findings',
      title: 'Findings and themes',
      description:
        "The report's findings in its own words: main findings, and the common themes of each practice area.",
      columns: ['inspection', 'area', 'kind', 'order', 'text', 'source', 'location'],
      rows: d.findings.map((f) => [
        f.inspection,
        f.area,
        f.kind,
        f.order,
        f.text,
        ...src(f.provenance),
      ]),
    },
    {
      name: 'key-figures',
      title: 'Key figures',
      description: "Figures from the report's text, with units and chapter.",
      columns: ['inspection', 'id', 'label', 'value', 'qualifier', 'unit', 'source', 'location'],
      rows: d.keyFigures.map((k) => [
        k.inspection,
        k.id,
        k.label,
        k.value,
        k.qualifier,
        k.unit,
        ...src(k.provenance),
      ]),
    },
    {
      name: 'practice-areas',
      title: 'Practice areas',
      description: 'The areas of child-protection practice that cases are audited in.',
      columns: ['id', 'label', 'definition', 'source', 'location'],
      rows: d.practiceAreas.map((a) => [a.id, a.label, a.definition, ...src(a.provenance)]),
    },
    {
      name: 'grade-scales',
      title: 'Grade scales',
      description: 'The grades of each scale, from most to least favourable.',
      columns: ['scale', 'grade', 'rank', 'label'],
      rows: d.gradeScales.flatMap((s) => s.grades.map((g) => [s.id, g.id, g.rank, g.label])),
    },
    {
      name: 'forces',
      title: 'Forces',
      description: 'Police forces with their Welsh names and nation.',
      columns: ['id', 'name', 'name_cy', 'nation', 'source', 'location'],
      rows: d.forces.map((f) => [f.id, f.name, f.nameCy, f.nation, ...src(f.provenance)]),
    },
    {
      name: 'glossary',
      title: 'Glossary',
      description: "The report's definitions (Annex B and footnotes).",
      columns: ['inspection', 'term', 'abbreviation', 'definition', 'source', 'location'],
      rows: d.glossary.map((g) => [
        g.inspection,
        g.term,
        g.abbreviation,
        g.definition,
        ...src(g.provenance),
      ]),
    },
    {
      name: 'discrepancies',
      title: 'Known discrepancies',
      description:
        'Where a source does not add up or two sources disagree: both values and a note.',
      columns: [
        'id',
        'inspection',
        'kind',
        'subject',
        'value',
        'other_value',
        'other_source',
        'other_location',
        'note',
        'source',
        'location',
      ],
      rows: d.discrepancies.map((x) => [
        x.id,
        x.inspection,
        x.kind,
        x.subject,
        x.value,
        x.otherValue,
        x.otherProvenance.source,
        x.otherProvenance.location,
        x.note,
        ...src(x.provenance),
      ]),
    },
    {
      name: 'sources',
      title: 'Sources',
      description: 'The publications every figure comes from.',
      columns: ['id', 'title', 'publisher', 'published', 'url', 'note'],
      rows: d.sources.map((s) => [s.id, s.title, s.publisher, iso(s.published), s.url, s.note]),
    },
  ];
}

/** A file the build writes, with what the data page says about it. */
export interface OutputFile {
  readonly path: string;
  readonly content: string;
  readonly table: string | null;
  readonly format: 'csv' | 'json';
  readonly title: string;
  readonly description: string;
  readonly rows: number | null;
}

/** Every file of the build's output: dataset.json, each table as CSV and JSON, and a manifest. */
export function outputFiles(d: Dataset): OutputFile[] {
  const files: OutputFile[] = [
    {
      path: 'dataset.json',
      content: JSON.stringify(d),
      table: null,
      format: 'json',
      title: 'The whole dataset',
      description: 'Everything on the site, validated and with derived figures, as one JSON file.',
      rows: null,
    },
  ];
  for (const t of downloadTables(d)) {
    const records = t.rows.map((r) =>
      Object.fromEntries(t.columns.map((c, i) => [c, r[i] ?? null])),
    );
    files.push(
      {
        path: `${t.name}.csv`,
        content: toCsv(t.columns, t.rows),
        table: t.name,
        format: 'csv',
        title: t.title,
        description: t.description,
        rows: t.rows.length,
      },
      {
        path: `${t.name}.json`,
        content: `${JSON.stringify(records, null, 1)}\n`,
        table: t.name,
        format: 'json',
        title: t.title,
        description: t.description,
        rows: t.rows.length,
      },
    );
  }
  const manifest = files.map(({ content, ...f }) => ({
    ...f,
    bytes: Buffer.byteLength(content, 'utf8'),
  }));
  files.push({
    path: 'manifest.json',
    content: `${JSON.stringify({ asOf: toIso(d.asOf), files: manifest }, null, 1)}\n`,
    table: null,
    format: 'json',
    title: 'Manifest',
    description: 'The list of files with their sizes.',
    rows: null,
  });
  return files;
}
