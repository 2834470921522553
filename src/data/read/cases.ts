// Case-level rows (cases.csv) run to millions, so they are streamed into per-inspection tallies
// rather than kept as rows (case-reader.ts), a large file in two parts at once (cases-split.ts),
// with a second pass only to confirm duplicate case references.
import { availableParallelism } from 'node:os';
import { hashCase, repeatedHashes } from './case-tallies.ts';
import {
  caseReader,
  inspectionScales,
  unlessNotUtf8,
  type CasePart,
  type CasesContext,
  type CasesResult,
} from './case-reader.ts';
import { decodeUtf8, parseCsv } from './csv.ts';
import { readInParts, SPLIT_FROM } from './cases-split.ts';
import { quote, type Problem } from '../problems.ts';
import { isRefused, readSafely, type DataInput, type Opened } from './tables.ts';
import { cellProblem, tableReader } from '../contract/table-spec.ts';
import * as T from '../contract/tables.ts';

export type { CasesContext, CasesResult } from './case-reader.ts';

/** How cases.csv is read. */
export interface CasesOptions {
  /** The size in bytes from which a file on disk is read in two parts at once. */
  readonly splitFrom?: number;
}

/**
 * Streams cases.csv into per-inspection tallies, checking each row; duplicate case references are
 * found by hashing them, and a second pass over the file confirms them only if a hash repeats.
 */
export async function readCases(
  input: DataInput,
  context: CasesContext,
  problems: Problem[],
  warnings: Problem[] = [],
  options: CasesOptions = {},
): Promise<CasesResult> {
  const path = input.path(T.casesTable.file);
  const none = { tallies: new Map(), rows: 0, skipped: 0 };
  const bytes = input.open(T.casesTable.file);
  if (bytes === null) return none;
  if (isRefused(bytes)) {
    problems.push({ file: path, line: 1, column: 1, message: bytes.refused });
    return none;
  }
  const located = input.locate?.(T.casesTable.file) ?? null;
  const inParts =
    located !== null &&
    located.size >= (options.splitFrom ?? SPLIT_FROM) &&
    availableParallelism() > 1;
  let part: CasePart | null = null;
  if (inParts) part = await readInParts(path, located, bytes, context, problems, warnings);
  if (part === null) {
    // Read whole: a small file, or one whose parts could not be read apart (see readInParts).
    const again = inParts ? input.open(T.casesTable.file) : bytes;
    const whole = await readWhole(path, again, context, problems, warnings);
    if (whole === null) return none;
    // A file that could not be read to its end is reported as such; its duplicates are not sought.
    if (!whole.read) return counted(whole.part);
    part = whole.part;
  }
  const suspects = repeatedHashes(part.hashes);
  if (suspects.size > 0)
    await confirmDuplicates(input, inspectionScales(context), suspects, problems);
  return counted(part);
}

const counted = ({ tallies, rows, skipped }: CasePart): CasesResult => ({ tallies, rows, skipped });

/** Reads the whole file in this thread, and whether it was read to its end; null if not there. */
async function readWhole(
  path: string,
  bytes: Opened,
  context: CasesContext,
  problems: Problem[],
  warnings: Problem[],
): Promise<{ part: CasePart; read: boolean } | null> {
  if (bytes === null) return null;
  if (isRefused(bytes)) {
    problems.push({ file: path, line: 1, column: 1, message: bytes.refused });
    return null;
  }
  const own: Problem[] = [];
  const ownWarnings: Problem[] = [];
  let encoding: Problem | null = null;
  const push = (p: Problem) => own.push(p);
  const reader = caseReader(context, path, push);
  const read = await readSafely(path, own, () =>
    parseCsv(
      path,
      decodeUtf8(path, bytes, (p) => void (encoding = p)),
      reader.onRecord,
      push,
      {
        onWarning: (w) => ownWarnings.push(w),
      },
    ),
  );
  const kept = unlessNotUtf8(encoding, own, ownWarnings);
  for (const p of kept.problems) problems.push(p);
  for (const w of kept.warnings) warnings.push(w);
  return { part: reader.part(), read };
}

/**
 * Reads cases.csv again, keeping only rows whose hash repeated, to tell real duplicate case
 * references from hash collisions; the first pass has already reported every other problem.
 */
async function confirmDuplicates(
  input: DataInput,
  numbers: ReadonlyMap<string, { readonly number: number }>,
  suspects: ReadonlySet<number>,
  problems: Problem[],
): Promise<void> {
  const push = (p: Problem) => problems.push(p);
  const path = input.path(T.casesTable.file);
  const firstLine = new Map<string, number>();
  const again = input.open(T.casesTable.file);
  if (again === null || isRefused(again)) return;
  await parseCsv(
    path,
    decodeUtf8(path, again, () => undefined),
    tableReader(
      T.casesTable,
      path,
      (r) => {
        const scale = numbers.get(r.values.inspection);
        if (!scale || !suspects.has(hashCase(scale.number, r.values.case_ref))) return;
        const key = `${r.values.inspection}\u0000${r.values.case_ref}`;
        const seen = firstLine.get(key);
        if (seen === undefined) firstLine.set(key, r.at.line);
        else
          push(
            cellProblem(
              r.at,
              'case_ref',
              `case ${quote(r.values.case_ref)} of ${r.values.inspection} appears twice (expected each case once; first at line ${String(seen)})`,
            ),
          );
      },
      () => undefined,
    ),
    () => undefined,
  );
}
