// A table spec names a file's columns and their types; reading checks the header once and every
// cell of every row, collecting all problems rather than stopping at the first.
import type { Column } from './columns.ts';
import type { CsvRecord } from '../read/csv.ts';
import { quote, type Problem } from '../problems.ts';

/** The columns of one CSV file, each with its type. */
export type Columns = Readonly<Record<string, Column<unknown>>>;

/** A file's contract: its name and its columns. */
export interface TableSpec<C extends Columns> {
  readonly file: string;
  readonly columns: C;
  readonly optional?: boolean;
}

/** The typed values of one row, by column name. */
export type Values<C extends Columns> = {
  readonly [K in keyof C]: C[K] extends Column<infer T> ? T : never;
};

/** Where a row and each of its cells are in the file, for messages about the row later on. */
export interface At {
  readonly file: string;
  readonly line: number;
  cell(column: string): { readonly line: number; readonly column: number };
}

/** A valid row with its typed values and its place in the file. */
export interface Row<C extends Columns> {
  readonly values: Values<C>;
  readonly at: At;
}

/** Builds a problem about one cell of a row. */
export function cellProblem(at: At, column: string, message: string): Problem {
  const c = at.cell(column);
  return { file: at.file, line: c.line, column: c.column, message: `${column}: ${message}` };
}

/** Where a record is. A class, not a closure per row: the cells are looked up only for a message. */
class RecordAt implements At {
  readonly file: string;
  readonly line: number;
  readonly #fieldLines: readonly number[] | null;
  readonly #index: ReadonlyMap<string, number>;
  constructor(file: string, record: CsvRecord, index: ReadonlyMap<string, number>) {
    this.file = file;
    this.line = record.line;
    this.#fieldLines = record.fieldLines;
    this.#index = index;
  }
  cell(column: string): { readonly line: number; readonly column: number } {
    const i = this.#index.get(column) ?? 0;
    return { line: this.#fieldLines?.[i] ?? this.line, column: i + 1 };
  }
}

interface ColumnReader {
  readonly name: string;
  /** The column's position in this file's header. */
  readonly i: number;
  readonly column: Column<unknown>;
}

/** A file's header as read: where each column is, and whether it is the spec's, exactly. */
interface Header {
  readonly index: ReadonlyMap<string, number>;
  readonly order: readonly ColumnReader[];
  readonly ok: boolean;
}

/** Reads the header record: every column once, none unknown, none missing. */
function readHeader(
  spec: TableSpec<Columns>,
  path: string,
  record: CsvRecord,
  onProblem: (p: Problem) => void,
): Header {
  const names = Object.keys(spec.columns);
  const index = new Map<string, number>();
  let ok = true;
  const problem = (column: number, message: string) => {
    ok = false;
    onProblem({ file: path, line: record.line, column, message });
  };
  record.fields.forEach((raw, i) => {
    const name = raw.trim();
    if (index.has(name)) {
      problem(i + 1, `column ${quote(name)} appears twice (expected each column once)`);
    } else if (!(name in spec.columns)) {
      problem(i + 1, `unknown column ${quote(name)} (expected only ${names.join(', ')})`);
    }
    index.set(name, i);
  });
  const missing = names.filter((n) => !index.has(n));
  if (missing.length > 0) {
    problem(
      record.fields.length + 1,
      `missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (expected the header ${names.join(',')}, got ${record.fields.join(',')})`,
    );
  }
  const order = names.map((name) => ({
    name,
    i: index.get(name) ?? -1,
    column: spec.columns[name] as Column<unknown>,
  }));
  return { index, order, ok };
}

/** Reads one record after the header: its values, or null after reporting each bad cell. */
function readValues(
  header: Header,
  path: string,
  record: CsvRecord,
  onProblem: (p: Problem) => void,
): Record<string, unknown> | null {
  const { index, order } = header;
  const fields = record.fields;
  if (fields.length !== index.size) {
    onProblem({
      file: path,
      line: record.line,
      column: Math.min(fields.length, index.size) + 1,
      message: `this row has ${String(fields.length)} cells (expected ${String(index.size)}, one for each column of the header)`,
    });
    return null;
  }
  const values: Record<string, unknown> = {};
  let at: At | null = null;
  for (const c of order) {
    const raw = fields[c.i] ?? '';
    const cell = c.column.parse(raw);
    if (cell.ok) {
      values[c.name] = cell.value;
    } else {
      at ??= new RecordAt(path, record, index);
      const what = `${cell.what ?? 'not allowed'} (expected ${cell.expected}, got ${quote(raw)})`;
      onProblem(cellProblem(at, c.name, what));
    }
  }
  return at === null ? values : null;
}

/**
 * Returns a reader for a table's records: the first record is the header; every later record is
 * checked cell by cell. Rows with any bad cell are reported and left out of `onRow`.
 */
export function tableReader<C extends Columns>(
  spec: TableSpec<C>,
  path: string,
  onRow: (row: Row<C>) => void,
  onProblem: (p: Problem) => void,
  onHeader?: (ok: boolean) => void,
): (record: CsvRecord) => void {
  let header: Header | null = null;
  return (record) => {
    if (header === null) {
      header = readHeader(spec, path, record, onProblem);
      onHeader?.(header.ok);
      return;
    }
    if (!header.ok) return;
    const values = readValues(header, path, record, onProblem);
    if (values !== null) {
      onRow({ values: values as Values<C>, at: new RecordAt(path, record, header.index) });
    }
  };
}
