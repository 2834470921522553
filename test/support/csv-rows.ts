// Rows for unit tests, read from CSV text the way the build reads files, so each carries its place.
import { formatProblem, type Problem } from '../../src/data/problems.ts';
import { readTable, type DataInput } from '../../src/data/read/tables.ts';
import type { Columns, Row, TableSpec } from '../../src/data/contract/table-spec.ts';

/** A data folder of CSV text by file name; messages name files bare. */
export function textInput(files: Readonly<Record<string, string>>): DataInput {
  return {
    open: (file) => {
      const text = files[file];
      return text === undefined ? null : [new TextEncoder().encode(text)];
    },
    path: (file) => file,
  };
}

/** The rows of one table's CSV text (header, then rows); throws if reading it finds a problem. */
export async function rowsOf<C extends Columns>(
  spec: TableSpec<C>,
  lines: readonly string[],
): Promise<Row<C>[]> {
  const problems: Problem[] = [];
  const rows = await readTable(textInput({ [spec.file]: `${lines.join('\n')}\n` }), spec, problems);
  if (problems.length > 0) throw new Error(problems.map(formatProblem).join('\n'));
  return rows;
}

/** Problems as `line: message`, which is what a reader of the report acts on. */
export const lineMessages = (problems: readonly Problem[]): string[] =>
  problems.map((p) => `${String(p.line)}: ${p.message}`);
