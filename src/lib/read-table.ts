// Reading CSV tables whole: each file's bytes, decoded and checked against its spec, into rows.
import { decodeUtf8, parseCsv } from './csv-read.ts';
import type { Problem } from './problems.ts';
import { tableReader, type Columns, type Row, type TableSpec } from './table.ts';
import * as T from './tables.ts';

/** The data folder, as the build sees it: files opened on demand, so large ones can stream. */
export interface DataInput {
  /** The file's bytes in chunks, or null when the file does not exist. Called again for a second pass. */
  open(file: string): AsyncIterable<Uint8Array> | Iterable<Uint8Array> | null;
  /** How the file is named in messages, e.g. `data/forces.csv`. */
  path(file: string): string;
}

/** Where to collect a table's ids, and from which column, for checking references to them later. */
export interface SeenIds {
  readonly column: string;
  readonly set: Set<string>;
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
): Promise<Row<C>[]> {
  const rows: Row<C>[] = [];
  const path = input.path(spec.file);
  const bytes = input.open(spec.file);
  if (bytes === null) {
    if (!spec.optional) {
      problems.push({
        file: path,
        line: 1,
        column: 1,
        message: `the file is missing (expected ${spec.file} with the header ${Object.keys(spec.columns).join(',')})`,
      });
    }
    return rows;
  }
  // A file that is not UTF-8 is refused whole: its other problems would be artefacts of decoding.
  const own: Problem[] = [];
  let encoding: Problem | null = null;
  const push = (p: Problem) => own.push(p);
  const onEncoding = (p: Problem) => {
    encoding = p;
  };
  let sawHeader = false;
  let keyIndex = -1;
  const reader = tableReader(spec, path, (r) => rows.push(r), push);
  await parseCsv(
    path,
    decodeUtf8(path, bytes, onEncoding),
    (record) => {
      // Ids of rows with a bad cell still count as known, so one bad cell is reported once
      // rather than again at every row that refers to it.
      if (seen && sawHeader) {
        const key = record.fields[keyIndex];
        if (key !== undefined) seen.set.add(key.trim());
      } else if (seen) {
        keyIndex = record.fields.findIndex((f) => f.trim() === seen.column);
      }
      sawHeader = true;
      reader(record);
    },
    push,
  );
  if (encoding !== null) {
    problems.push(encoding);
    return [];
  }
  problems.push(...own);
  if (!sawHeader && own.length === 0) {
    problems.push({
      file: path,
      line: 1,
      column: 1,
      message: `the file is empty (expected the header ${Object.keys(spec.columns).join(',')})`,
    });
  }
  return rows;
}

/** The valid rows of one table of the contract. */
export type RowsOf<S> = S extends TableSpec<infer C> ? Row<C>[] : never;

/** The valid rows of every table the build holds in memory (cases.csv streams separately). */
export interface Tables {
  readonly sources: RowsOf<typeof T.sourcesTable>;
  readonly forces: RowsOf<typeof T.forcesTable>;
  readonly gradeScales: RowsOf<typeof T.gradeScalesTable>;
  readonly inspections: RowsOf<typeof T.inspectionsTable>;
  readonly practiceAreas: RowsOf<typeof T.practiceAreasTable>;
  readonly caseAudit: RowsOf<typeof T.caseAuditTable>;
  readonly findings: RowsOf<typeof T.findingsTable>;
  readonly recommendations: RowsOf<typeof T.recommendationsTable>;
  readonly milestones: RowsOf<typeof T.milestonesTable>;
  readonly keyFigures: RowsOf<typeof T.keyFiguresTable>;
  readonly glossary: RowsOf<typeof T.glossaryTable>;
  readonly discrepancies: RowsOf<typeof T.discrepanciesTable>;
  readonly statusUpdates: RowsOf<typeof T.statusUpdatesTable>;
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
): Promise<{ tables: Tables; ids: KnownIds }> {
  const ids = {
    sources: new Set<string>(),
    forces: new Set<string>(),
    scales: new Set<string>(),
    inspections: new Set<string>(),
    areas: new Set<string>(),
  };
  const read = <C extends Columns>(spec: TableSpec<C>, seen?: SeenIds) =>
    readTable(input, spec, problems, seen);
  const tables: Tables = {
    sources: await read(T.sourcesTable, { column: 'id', set: ids.sources }),
    forces: await read(T.forcesTable, { column: 'id', set: ids.forces }),
    gradeScales: await read(T.gradeScalesTable, { column: 'scale', set: ids.scales }),
    inspections: await read(T.inspectionsTable, { column: 'id', set: ids.inspections }),
    practiceAreas: await read(T.practiceAreasTable, { column: 'id', set: ids.areas }),
    caseAudit: await read(T.caseAuditTable),
    findings: await read(T.findingsTable),
    recommendations: await read(T.recommendationsTable),
    milestones: await read(T.milestonesTable),
    keyFigures: await read(T.keyFiguresTable),
    glossary: await read(T.glossaryTable),
    discrepancies: await read(T.discrepanciesTable),
    statusUpdates: await read(T.statusUpdatesTable),
  };
  return { tables, ids };
}
