// How a table of the dataset becomes a download: a list of columns, each with its header and how
// to get its cell from a record. The columns of a plain table come from its schema, so a column
// added there is downloaded (and listed on the data page) with no edit here.
import { toIso, type CalendarDate } from '../../domain/dates.ts';
import type { CsvValue } from './csv.ts';
import { fieldValue, placements, type RecordOf } from '../contract/schema.ts';
import type { Columns, TableSpec } from '../contract/table-spec.ts';

/** One downloadable table. */
export interface DownloadTable {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly columns: readonly string[];
  /** What the data page says of each column the build works out, by column name. */
  readonly derived: Readonly<Record<string, string>>;
  readonly rows: readonly (readonly CsvValue[])[];
}

/** A table's name (the file name without `.csv`), title and description on the data page. */
export type About = Pick<DownloadTable, 'name' | 'title' | 'description'>;

/** One column of a download: its header, its cell from a record, and what a derived one is. */
export interface DownloadColumn<R> {
  readonly name: string;
  readonly cell: (record: R) => CsvValue;
  /** For a column the build works out: what it means, for the data page. */
  readonly derived?: string;
}

/** A derived column. */
export const derivedColumn = <R>(
  name: string,
  derived: string,
  cell: (record: R) => CsvValue,
): DownloadColumn<R> => ({ name, cell, derived });

/** A date as the CSV files have it: YYYY-MM-DD or YYYY-MM. */
export const iso = (d: CalendarDate | null): string | null => (d ? toIso(d) : null);

/** A schema value as a cell: text and numbers as they are, a date in ISO form, null blank. */
function schemaCell(value: unknown): CsvValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number') return value;
  // Dates are the only values the column types read into objects (columns.ts).
  return toIso(value as CalendarDate);
}

/** How a download differs from its schema's columns. */
export interface SchemaChanges<R> {
  /** A column whose cell is not its record field as it is. */
  readonly replace?: Readonly<Record<string, (record: R) => CsvValue>>;
  /** Derived columns to put after a column. */
  readonly after?: Readonly<Record<string, readonly DownloadColumn<R>[]>>;
}

/**
 * The download columns of a table's schema, in its order and with its column names: each cell is
 * the record's field the column became. `R` is the record type, its schema's record by default.
 */
export function schemaColumns<S extends TableSpec<Columns>, R extends object = RecordOf<S>>(
  spec: S,
  changes: SchemaChanges<R> = {},
): DownloadColumn<R>[] {
  return placements(spec).flatMap((p) => [
    {
      name: p.column,
      cell: changes.replace?.[p.column] ?? ((r: R) => schemaCell(fieldValue(r, p))),
    },
    ...(changes.after?.[p.column] ?? []),
  ]);
}

/** A download from its columns and records: one row a record. */
export function downloadTable<R>(
  about: About,
  columns: readonly DownloadColumn<R>[],
  records: readonly R[],
): DownloadTable {
  const derived: Record<string, string> = {};
  for (const c of columns) if (c.derived !== undefined) derived[c.name] = c.derived;
  return {
    ...about,
    columns: columns.map((c) => c.name),
    derived,
    rows: records.map((r) => columns.map((c) => c.cell(r))),
  };
}

/** The column every download ends with, so a file or a row copied out of it says its release. */
export const VERSION_COLUMN = 'data_version';

/**
 * A download with the data's version (release date and content hash, as the footer and "how to
 * cite" give it) in a last column, the same in every row: a spreadsheet keeps a column where it
 * drops a comment line, and a row pasted into a committee paper keeps its version with it.
 */
export function withVersion(table: DownloadTable, version: string | null): DownloadTable {
  return {
    ...table,
    columns: [...table.columns, VERSION_COLUMN],
    derived: {
      ...table.derived,
      [VERSION_COLUMN]:
        'the release of the data this file belongs to: its date and a short hash of the data folder, the same in every row',
    },
    rows: table.rows.map((r) => [...r, version]),
  };
}
