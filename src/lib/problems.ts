/** One thing wrong with the input, located precisely enough for an analyst to open the file and fix it. */
export interface Problem {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/** Formats a problem the way compilers do, so editors and terminals can jump to it. */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.message}`;
}

/** Orders problems by file, then line, then column, so a report reads top to bottom. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column,
  );
}

/** Quotes a cell's raw text for a message, showing blanks and invisible characters. */
export function quote(raw: string): string {
  return raw === '' ? 'blank' : JSON.stringify(raw);
}
