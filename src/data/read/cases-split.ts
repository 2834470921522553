// A large cases.csv is read in two parts at once, one in this thread and one in a worker thread,
// split at a line end near the middle: on two cores the command then takes about 0.8 times as
// long from 500,000 rows (README, Benchmarks). Each part is read exactly as a whole
// file would be; what one part cannot know alone (the line numbers of the second part, duplicate
// references across the parts) is put together here. Where a split would not read the same as
// the whole file (a quoted cell across the line end, a read stopped by a problem), the file is
// read whole instead.
import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { addTally, mergeHashLogs } from './case-tallies.ts';
import { caseReader, unlessNotUtf8, type CasePart, type CasesContext } from './case-reader.ts';
import { decodeUtf8, parseCsv, type CsvEnd, type CsvRecord } from './csv.ts';
import type { Problem } from '../problems.ts';
import { readSafely, type Located } from './tables.ts';

/** Files from this size are read in parts: below it, starting a thread costs more than it saves. */
export const SPLIT_FROM = 32 * 1024 * 1024;

/** The second part of a file, as a worker thread reads it. */
export interface PartJob {
  readonly file: string;
  /** How the file is named in messages. */
  readonly path: string;
  /** Where the part starts: just after a line end. */
  readonly start: number;
  /** The file's header, read by the first part. */
  readonly header: readonly string[];
  readonly context: CasesContext;
}

/** A part as read: its tallies, and its problems and warnings with lines counted from its start. */
export interface PartRead extends CasePart {
  readonly problems: readonly Problem[];
  readonly warnings: readonly Problem[];
  /** Whether the part has a byte that is not UTF-8: then its problems are that one alone. */
  readonly notUtf8: boolean;
  readonly read: boolean;
}

/**
 * Where the second part starts: just after the first line end at or past the middle; null if
 * none, or if the file cannot be read here (then it is read whole, which reports why).
 */
export function splitPoint(located: Located): number | null {
  let fd: number;
  try {
    fd = openSync(located.file, 'r');
  } catch {
    return null;
  }
  try {
    const buffer = Buffer.alloc(1 << 16);
    for (let at = Math.floor(located.size / 2); at < located.size; at += buffer.length) {
      const n = readSync(fd, buffer, 0, buffer.length, at);
      if (n <= 0) return null;
      const i = buffer.subarray(0, n).indexOf(0x0a);
      if (i >= 0) return at + i + 1 < located.size ? at + i + 1 : null;
    }
    return null;
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}

/**
 * The chunks up to `end` for parsing; the rest are read on, but not passed on, so the release
 * hash still covers the whole file. `reached.done` says whether the reader took all up to `end`.
 */
export async function* upTo(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  end: number,
  reached: { done: boolean },
): AsyncGenerator<Uint8Array> {
  let offset = 0;
  for await (const chunk of chunks) {
    const from = offset;
    offset += chunk.length;
    if (from >= end) continue;
    yield offset <= end ? chunk : chunk.subarray(0, end - from);
  }
  reached.done = offset >= end;
}

/** Reads the second part of a file, from a line end to the file's end (in a worker thread). */
export async function readPart(job: PartJob): Promise<PartRead> {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  // The first part has reported the header's problems: the header is read here only for its columns.
  let header = true;
  const reader = caseReader(job.context, job.path, (p) => {
    if (!header) problems.push(p);
  });
  reader.onRecord({ fields: job.header, line: 0, fieldLines: null });
  header = false;
  const push = (p: Problem) => problems.push(p);
  let encoding: Problem | null = null;
  const bytes = createReadStream(job.file, { start: job.start, highWaterMark: 1 << 16 });
  const read = await readSafely(job.path, problems, () =>
    parseCsv(
      job.path,
      decodeUtf8(job.path, bytes, (p) => void (encoding = p), { continuation: true }),
      reader.onRecord,
      push,
      { continuation: true, onWarning: (w) => warnings.push(w) },
    ),
  );
  const notUtf8 = encoding !== null;
  return { ...reader.part(), ...unlessNotUtf8(encoding, problems, warnings), notUtf8, read };
}

/** The second part's reader in a worker thread: its result, or null if the thread failed. */
interface PartThread {
  readonly result: Promise<PartRead | null>;
  readonly stop: () => void;
}

function startPart(job: PartJob): PartThread {
  const worker = new Worker(new URL('./cases-worker.js', import.meta.url), { workerData: job });
  const result = new Promise<PartRead | null>((resolve) => {
    worker.once('message', (m: PartRead) => resolve(m));
    worker.once('error', () => resolve(null));
    worker.once('exit', () => resolve(null));
  });
  return { result, stop: () => void worker.terminate() };
}

/** Adds problems to a list, moved by `lines` (a part's lines are counted from its start). */
function addShifted(to: Problem[], ps: readonly Problem[], lines: number): void {
  // A loop, not push(...ps): a file with a problem in every row gives more than a call takes.
  for (const p of ps) to.push(lines === 0 ? p : { ...p, line: p.line + lines });
}

/**
 * Reads a file in two parts at once: the first here, the second in a worker thread started once
 * the header is read. Null, with nothing reported, when the parts cannot stand for the whole
 * file: the caller then reads it whole, which reports what stopped this.
 */
export async function readInParts(
  path: string,
  located: Located,
  bytes: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  context: CasesContext,
  problems: Problem[],
  warnings: Problem[],
): Promise<CasePart | null> {
  const start = splitPoint(located);
  if (start === null) return null;
  const own: Problem[] = [];
  const ownWarnings: Problem[] = [];
  const push = (p: Problem) => own.push(p);
  const reader = caseReader(context, path, push);
  // Set by the first record (the header), in a callback: a field, so that it reads as set below.
  const second: { thread: PartThread | null } = { thread: null };
  let first = true;
  const onRecord = (record: CsvRecord) => {
    reader.onRecord(record);
    if (!first) return;
    first = false;
    // Rows not under the contract's header are read the general way: whole, in one thread.
    if (reader.quick)
      second.thread = startPart({
        file: located.file,
        path,
        start,
        header: record.fields,
        context,
      });
  };
  const reached = { done: false };
  // Until the parse says where it ended, as if it had stopped on a broken quote.
  let end: CsvEnd = { line: 1, inQuotes: false, broken: true };
  const read = await readSafely(path, own, async () => {
    end = await parseCsv(
      path,
      decodeUtf8(path, upTo(bytes, start, reached), push),
      onRecord,
      push,
      {
        onWarning: (w) => ownWarnings.push(w),
      },
    );
  });
  const worker = second.thread;
  if (worker === null) return null;
  if (!read || !reached.done || end.inQuotes || end.broken) {
    worker.stop();
    return null;
  }
  const rest = await worker.result;
  if (rest === null || !rest.read) return null;
  // Bad bytes in the second part refuse the whole file, as they would if it were read whole.
  if (!rest.notUtf8) {
    addShifted(problems, own, 0);
    addShifted(warnings, ownWarnings, 0);
  }
  addShifted(problems, rest.problems, end.line - 1);
  addShifted(warnings, rest.warnings, end.line - 1);
  return joined(reader.part(), rest);
}

/** Two parts' tallies, counts and case hashes as one. */
function joined(first: CasePart, second: CasePart): CasePart {
  for (const [id, tally] of second.tallies) {
    const mine = first.tallies.get(id);
    if (mine) addTally(mine, tally);
    else first.tallies.set(id, tally);
  }
  mergeHashLogs(first.hashes, second.hashes);
  return { ...first, rows: first.rows + second.rows, skipped: first.skipped + second.skipped };
}
