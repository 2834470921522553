// Small checks across rows and files, each returning problems located at the offending cell.
import { quote, type Problem } from '../problems.ts';
import { cellProblem, type At } from '../contract/table-spec.ts';

/** A row reduced to what the cross-file checks need: its place and one value. */
export interface Located {
  readonly at: At;
}

/** Reports every row whose key was already used by an earlier row. */
export function checkUnique<R extends Located>(
  rows: readonly R[],
  key: (r: R) => string,
  column: string,
  what: string,
): Problem[] {
  const first = new Map<string, R>();
  const out: Problem[] = [];
  for (const r of rows) {
    const k = key(r);
    const seen = first.get(k);
    if (seen) {
      out.push(
        cellProblem(
          r.at,
          column,
          `${what} ${quote(k)} appears twice (expected each once; first at line ${String(seen.at.line)})`,
        ),
      );
    } else {
      first.set(k, r);
    }
  }
  return out;
}

/** Reports a value that is not among the ids of another file. */
export function checkReference(
  at: At,
  column: string,
  value: string | null,
  known: ReadonlySet<string> | ReadonlyMap<string, unknown>,
  what: string,
): Problem[] {
  if (value === null || known.has(value)) return [];
  const ids = [...known.keys()];
  const list = ids.length <= 8 ? ids.join(', ') : `${ids.slice(0, 8).join(', ')}, …`;
  return [
    cellProblem(
      at,
      column,
      `not a known ${what} (expected one of ${list || 'none yet'}, got ${quote(value)})`,
    ),
  ];
}
