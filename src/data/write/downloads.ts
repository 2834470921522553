// The dataset as files for the site's data page: the whole dataset as JSON, and each table as
// spreadsheet-safe CSV and as JSON. Blank cells in CSV mean "not published", as in data/. The
// plain tables' columns are their schemas' (src/data/contract/), with derived columns added.
import { ABSENT_WORDS } from '../../text/labels.ts';
import { absenceOf } from '../../domain/vocabulary.ts';
import { formatDate, toIso, type DayDate } from '../../domain/dates.ts';
import { toCsv } from './csv.ts';
import type { DueDate } from '../../domain/timescale.ts';
import type {
  Dataset,
  Deadline,
  Inspection,
  Milestone,
  Recommendation,
} from '../../dataset/types.ts';
import type { StatusUpdate } from '../derive/tracking.ts';
import * as T from '../contract/tables.ts';
import {
  derivedColumn,
  downloadTable,
  schemaColumns,
  withVersion,
  type DownloadColumn,
  type DownloadTable,
  type SchemaChanges,
} from './download-table.ts';
import { ABOUT } from './download-about.ts';
import {
  agreementDownload,
  distributionsDownload,
  gradeScalesDownload,
} from './derived-downloads.ts';

export type { DownloadTable } from './download-table.ts';

const dueIso = (d: DueDate): string =>
  d.kind === 'between' ? `${toIso(d.from)}/${toIso(d.to)}` : toIso(d.date);

/** Recommendations and milestones: the timescale as written, then the due date worked out. */
function deadlineChanges<R extends Deadline>(asOf: DayDate): SchemaChanges<R> {
  const due: DownloadColumn<R>[] = [
    derivedColumn('due', 'the due date as YYYY-MM-DD, YYYY-MM, or a range “from/to”', (r) =>
      dueIso(r.due),
    ),
    derivedColumn('due_text', 'the due date in words', (r) => r.dueText),
    derivedColumn(
      'past_due',
      `whether the due date had passed on ${formatDate(asOf)}: yes, no, or not yet known`,
      (r) => r.pastDue,
    ),
  ];
  return { replace: { timescale: (r) => r.timescaleText }, after: { timescale: due } };
}

/**
 * Each published count, with what a blank means spelt out: "not published" only in a report this
 * site holds whole (inspections.csv's `transcribed`), "not yet on this site" otherwise.
 */
function caseAuditChanges(d: Dataset): SchemaChanges<Dataset['caseAudit'][number]> {
  const transcribed = new Map(d.inspections.map((i) => [i.id, i.transcribed]));
  return {
    after: {
      count: [
        derivedColumn(
          'count_status',
          '“published”; for a blank count, “not published” (the report is held whole) or “not yet on this site”',
          (c) =>
            c.count !== null
              ? 'published'
              : ABSENT_WORDS[absenceOf(transcribed.get(c.inspection) ?? 'partial')].adjective,
        ),
      ],
    },
  };
}

function recommendationsDownload(d: Dataset): DownloadTable {
  const about = {
    name: 'recommendations',
    title: 'Recommendations and due dates',
    description: `Each recommendation with its timescale as written and the due date derived from publication. past_due is judged as of ${toIso(d.asOf)}.`,
  };
  const columns = schemaColumns<typeof T.recommendationsTable, Recommendation>(
    T.recommendationsTable,
    deadlineChanges(d.asOf),
  );
  return downloadTable(about, columns, d.recommendations);
}

function milestonesDownload(d: Dataset): DownloadTable {
  const columns = schemaColumns<typeof T.milestonesTable, Milestone>(
    T.milestonesTable,
    deadlineChanges(d.asOf),
  );
  return downloadTable(ABOUT.milestones, columns, d.milestones);
}

/**
 * Every table of the dataset in download form, derived columns included, each row ending with the
 * data's version, in the page's order.
 */
export function downloadTables(d: Dataset): DownloadTable[] {
  return tablesOf(d).map((t) => withVersion(t, d.version));
}

function tablesOf(d: Dataset): DownloadTable[] {
  const A = ABOUT;
  return [
    downloadTable(
      A.inspections,
      schemaColumns<typeof T.inspectionsTable, Inspection>(T.inspectionsTable),
      d.inspections,
    ),
    downloadTable(A.caseAudit, schemaColumns(T.caseAuditTable, caseAuditChanges(d)), d.caseAudit),
    distributionsDownload(d),
    agreementDownload(d),
    recommendationsDownload(d),
    milestonesDownload(d),
    downloadTable(
      A.statusUpdates,
      schemaColumns<typeof T.statusUpdatesTable, StatusUpdate>(T.statusUpdatesTable),
      d.statusUpdates,
    ),
    downloadTable(A.findings, schemaColumns(T.findingsTable), d.findings),
    downloadTable(A.keyFigures, schemaColumns(T.keyFiguresTable), d.keyFigures),
    downloadTable(A.practiceAreas, schemaColumns(T.practiceAreasTable), d.practiceAreas),
    downloadTable(A.areaDefinitions, schemaColumns(T.areaDefinitionsTable), d.areaDefinitions),
    gradeScalesDownload(d),
    downloadTable(A.forces, schemaColumns(T.forcesTable), d.forces),
    downloadTable(A.places, schemaColumns(T.placesTable), d.places),
    downloadTable(A.glossary, schemaColumns(T.glossaryTable), d.glossary),
    downloadTable(A.corroborations, schemaColumns(T.corroborationsTable), d.corroborations),
    downloadTable(A.discrepancies, schemaColumns(T.discrepanciesTable), d.discrepancies),
    downloadTable(A.sources, schemaColumns(T.sourcesTable), d.sources),
    downloadTable(A.releases, schemaColumns(T.releasesTable), d.releases),
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
    content: `${JSON.stringify({ asOf: toIso(d.asOf), version: d.version, files: manifest }, null, 1)}\n`,
    table: null,
    format: 'json',
    title: 'Manifest',
    description: 'The list of files with their sizes.',
    rows: null,
  });
  return files;
}
