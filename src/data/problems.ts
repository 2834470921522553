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

/** A problem's kind: its message without the values it quotes, so alike problems group. */
function kindOf(p: Problem): string {
  return `${p.file}\u0000${p.message.replace(/"(?:[^"\\]|\\.)*"/g, '""').replace(/\d+/g, '0')}`;
}

/**
 * The problems as lines to print, at most `perKind` of each kind in each file, then one line
 * saying how many more there are: 50 MB of repeated rows should not print 244,001 lines.
 */
export function problemLines(problems: readonly Problem[], perKind = 20): string[] {
  const shown = new Map<string, number>();
  const more = new Map<string, { first: Problem; n: number }>();
  const lines: string[] = [];
  for (const p of problems) {
    const kind = kindOf(p);
    const n = shown.get(kind) ?? 0;
    if (n < perKind) {
      shown.set(kind, n + 1);
      lines.push(formatProblem(p));
    } else {
      const m = more.get(kind);
      if (m) m.n++;
      else more.set(kind, { first: p, n: 1 });
    }
  }
  for (const { first, n } of more.values()) {
    const what = first.message.replace(/ \(expected[\s\S]*$/, '');
    lines.push(
      `${first.file}: … and ${String(n)} more problem${n === 1 ? '' : 's'} like "${what}" (from line ${String(first.line)} on)`,
    );
  }
  return lines;
}
