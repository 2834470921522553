// Reading CSV tables whole: each file's bytes, decoded and checked against its spec, into rows.
import { decodeUtf8, parseCsv } from './csv.ts';
import type { Problem } from '../problems.ts';
import { tableReader, type Columns, type Row, type TableSpec } from '../contract/table-spec.ts';
import * as T from '../contract/tables.ts';

/** A file the input will not open, and why, in words an analyst can act on. */
export interface Refused {
  readonly refused: string;
}

/** A file's bytes in chunks, null when the file does not exist, or why it will not be read. */
export type Opened = AsyncIterable<Uint8Array> | Iterable<Uint8Array> | Refused | null;

/** Whether `open` refused the file (not a regular file, too large, unreadable). */
export function isRefused(o: Opened): o is Refused {
  return o !== null && 'refused' in o;
}

/** The data folder, as the build sees it: files opened on demand, so large ones can stream. */
export interface DataInput {
  /** The file's bytes in chunks, null, or why it is refused. Called again for a second pass. */
  open(file: string): Opened;
  /** How the file is named in messages, e.g. `data/forces.csv`. */
  path(file: string): string;
  /**
   * Where the file is on disk, and its size: a large cases.csv is then read in two parts at once.
   * Absent for input that is not a folder, and null for a file that is not there.
   */
  locate?(file: string): Located | null;
}

/** A file on disk, by its absolute name, and its size in bytes. */
export interface Located {
  readonly file: string;
  readonly size: number;
}

/** Where to collect a table's ids, and from which column, for checking references to them later. */
export interface SeenIds {
  readonly column: string;
  readonly set: Set<string>;
}

/** Why a table cannot be read at all (refused, or missing and required); null otherwise. */
function unopenable(spec: TableSpec<Columns>, path: string, bytes: Opened): Problem | null {
  if (isRefused(bytes)) return { file: path, line: 1, column: 1, message: bytes.refused };
  if (bytes !== null || spec.optional) return null;
  return {
    file: path,
    line: 1,
    column: 1,
    message: `the file is missing (expected ${spec.file} with the header ${Object.keys(spec.columns).join(',')})`,
  };
}

/**
 * Adds each row's id to `seen`, the header having named its column. Ids of rows with a bad cell
 * still count as known, so one bad cell is reported once rather than at every row that refers to it.
 */
function idCollector(seen?: SeenIds): (fields: readonly string[], isHeader: boolean) => void {
  let keyIndex = -1;
  return (fields, isHeader) => {
    if (!seen) return;
    if (isHeader) {
      keyIndex = fields.findIndex((f) => f.trim() === seen.column);
      return;
    }
    const key = fields[keyIndex];
    if (key !== undefined) seen.set.add(key.trim());
  };
}

/**
 * Reads a table's valid rows, adding its problems; a file that is not UTF-8 yields no rows and
 * only that one problem.
 */
export async function readTable<C extends Columns>(
  input: DataInput,
  spec: TableSpec<C>,
  problems: Problem[],
  seen?: SeenIds,
  warnings?: Problem[],
  unreadable?: Set<string>,
): Promise<Row<C>[]> {
  const rows: Row<C>[] = [];
  const path = input.path(spec.file);
  const bytes = input.open(spec.file);
  // A file that cannot be read whole: what refers to it is not checked, and is counted instead.
  const lost = (): Row<C>[] => {
    unreadable?.add(spec.file);
    return [];
  };
  const unopened = unopenable(spec, path, bytes);
  if (unopened) {
    problems.push(unopened);
    return lost();
  }
  if (bytes === null || isRefused(bytes)) return rows;
  // A file that is not UTF-8 is refused whole: its other problems would be artefacts of decoding.
  const own: Problem[] = [];
  let encoding: Problem | null = null;
  const push = (p: Problem) => own.push(p);
  const onEncoding = (p: Problem) => void (encoding = p);
  let sawHeader = false;
  const collect = idCollector(seen);
  let headerOk = true;
  const onHeader = (ok: boolean) => (headerOk = ok);
  const reader = tableReader(spec, path, (r) => rows.push(r), push, onHeader);
  const read = await readSafely(path, problems, () =>
    parseCsv(
      path,
      decodeUtf8(path, bytes, onEncoding),
      (record) => {
        collect(record.fields, !sawHeader);
        sawHeader = true;
        reader(record);
      },
      (p) => {
        // A record the parser could not read (a broken quote, a forbidden character) is lost,
        // and so is its id: what refers to this file is set aside rather than reported again.
        unreadable?.add(spec.file);
        push(p);
      },
      { onWarning: (w) => warnings?.push(w) },
    ),
  );
  if (!read) return lost();
  if (encoding !== null) {
    problems.push(encoding);
    return lost();
  }
  problems.push(...own);
  // Old Mac line ends, UTF-16 and the like stop a file at its first line: it is lost whole.
  if (!headerOk || (!sawHeader && own.length > 0)) return lost();
  if (!sawHeader && own.length === 0) {
    problems.push(emptyFile(spec, path));
    return lost();
  }
  return rows;
}

const emptyFile = (spec: TableSpec<Columns>, path: string): Problem => ({
  file: path,
  line: 1,
  column: 1,
  message: `the file is empty (expected the header ${Object.keys(spec.columns).join(',')})`,
});

/**
 * Runs a read, turning an error of the file system while reading (a file removed half way, a
 * device error) into a problem naming the file, never a stack trace. False when it failed.
 */
export async function readSafely(
  path: string,
  problems: Problem[],
  read: () => Promise<unknown>,
): Promise<boolean> {
  try {
    await read();
    return true;
  } catch (e) {
    problems.push({ file: path, line: 1, column: 1, message: readError(e) });
    return false;
  }
}

/** An error of the file system as an analyst can act on it. */
export function readError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  const code = typeof err.code === 'string' ? ` (${err.code})` : '';
  return `the file could not be read${code}: ${err.message.replace(/^\w+: /, '')} (expected a readable CSV file: check it exists, is not open elsewhere, and that you may read it)`;
}

/** The valid rows of one table of the contract. */
export type RowsOf<S> = S extends TableSpec<infer C> ? Row<C>[] : never;

/** The valid rows of every table the build holds in memory (cases.csv streams separately). */
export interface Tables {
  readonly sources: RowsOf<typeof T.sourcesTable>;
  readonly forces: RowsOf<typeof T.forcesTable>;
  readonly places: RowsOf<typeof T.placesTable>;
  readonly gradeScales: RowsOf<typeof T.gradeScalesTable>;
  readonly inspections: RowsOf<typeof T.inspectionsTable>;
  readonly practiceAreas: RowsOf<typeof T.practiceAreasTable>;
  readonly areaDefinitions: RowsOf<typeof T.areaDefinitionsTable>;
  readonly caseAudit: RowsOf<typeof T.caseAuditTable>;
  readonly findings: RowsOf<typeof T.findingsTable>;
  readonly recommendations: RowsOf<typeof T.recommendationsTable>;
  readonly milestones: RowsOf<typeof T.milestonesTable>;
  readonly keyFigures: RowsOf<typeof T.keyFiguresTable>;
  readonly glossary: RowsOf<typeof T.glossaryTable>;
  readonly discrepancies: RowsOf<typeof T.discrepanciesTable>;
  readonly corroborations: RowsOf<typeof T.corroborationsTable>;
  readonly statusUpdates: RowsOf<typeof T.statusUpdatesTable>;
  readonly releases: RowsOf<typeof T.releasesTable>;
}

/**
 * Every id in the files others refer to, including ids of rows with a bad cell, so a reference
 * to such a row is not reported a second time.
 */
export interface KnownIds {
  readonly sources: ReadonlySet<string>;
  readonly forces: ReadonlySet<string>;
  readonly scales: ReadonlySet<string>;
  readonly inspections: ReadonlySet<string>;
  readonly areas: ReadonlySet<string>;
}

/** Reads every table but cases.csv, in the contract's order, adding each file's problems. */
export async function readTables(
  input: DataInput,
  problems: Problem[],
  warnings: Problem[] = [],
): Promise<{ tables: Tables; ids: KnownIds; unreadable: ReadonlySet<string> }> {
  const unreadable = new Set<string>();
  const ids = {
    sources: new Set<string>(),
    forces: new Set<string>(),
    scales: new Set<string>(),
    inspections: new Set<string>(),
    areas: new Set<string>(),
  };
  const read = <C extends Columns>(spec: TableSpec<C>, seen?: SeenIds) =>
    readTable(input, spec, problems, seen, warnings, unreadable);
  const tables: Tables = {
    sources: await read(T.sourcesTable, { column: 'id', set: ids.sources }),
    forces: await read(T.forcesTable, { column: 'id', set: ids.forces }),
    places: await read(T.placesTable),
    gradeScales: await read(T.gradeScalesTable, { column: 'scale', set: ids.scales }),
    inspections: await read(T.inspectionsTable, { column: 'id', set: ids.inspections }),
    practiceAreas: await read(T.practiceAreasTable, { column: 'id', set: ids.areas }),
    areaDefinitions: await read(T.areaDefinitionsTable),
    caseAudit: await read(T.caseAuditTable),
    findings: await read(T.findingsTable),
    recommendations: await read(T.recommendationsTable),
    milestones: await read(T.milestonesTable),
    keyFigures: await read(T.keyFiguresTable),
    glossary: await read(T.glossaryTable),
    discrepancies: await read(T.discrepanciesTable),
    corroborations: await read(T.corroborationsTable),
    statusUpdates: await read(T.statusUpdatesTable),
    releases: await read(T.releasesTable),
  };
  return { tables, ids, unreadable };
}
