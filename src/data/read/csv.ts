// Reading CSV as analysts save it: UTF-8 with or without a byte-order mark, LF or CRLF line ends,
// blank lines at the end. Each record keeps the file line of each of its fields, because a
// quoted cell may span several lines and a message must point at the right one.
/* eslint-disable max-lines -- the CSV reader is one unit: decoding, line ends and the
   parse share its types and messages, and each of its exports is used only with the others. */
import { sum } from 'd3-array';
import Papa from 'papaparse';
import { Readable } from 'node:stream';
import { FORBIDDEN, forbiddenCharacter } from '../contract/code-points.ts';
import type { Problem } from '../problems.ts';
import { QuoteScanner } from './quote-scan.ts';

/**
 * One CSV record: its fields and the line in the file where each field starts. Most records lie
 * on one line, and then `fieldLines` is null rather than an array of the same line repeated.
 */
export interface CsvRecord {
  readonly fields: readonly string[];
  readonly line: number;
  readonly fieldLines: readonly number[] | null;
}

/** The line in the file where a record's field starts. */
export function fieldLine(record: CsvRecord, field: number): number {
  return record.fieldLines?.[field] ?? record.line;
}

const WINDOWS_1252: Readonly<Record<number, string>> = {
  0x80: '€',
  0x85: '…',
  0x91: '‘',
  0x92: '’',
  0x93: '“',
  0x94: '”',
  0x96: '–',
  0x97: '—',
  0xa3: '£',
};

/** Finds the first byte that cannot be part of valid UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const need =
      b < 0x80
        ? 0
        : b >= 0xc2 && b <= 0xdf
          ? 1
          : b >= 0xe0 && b <= 0xef
            ? 2
            : b >= 0xf0 && b <= 0xf4
              ? 3
              : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i; // truncated at the end of the file
      if ((c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return -1;
}

/**
 * Where the first invalid byte of `bytes` is, as an analyst reads it; `linesBefore` counts the line
 * ends in the part of the file before `bytes`, which is no longer kept.
 */
function encodingProblem(
  file: string,
  bytes: Uint8Array,
  at: number,
  linesBefore: number,
): Problem {
  let line = 1 + linesBefore;
  let lineStart = 0;
  for (let i = 0; i < at; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const column = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, at)).length + 1;
  const byte = bytes[at] ?? 0;
  const hex = `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  const guess = WINDOWS_1252[byte];
  const hint = guess ? `; in Windows-1252 that byte is "${guess}"` : '';
  return {
    file,
    line,
    column,
    message: `the file is not UTF-8: byte ${hex} cannot be read${hint} (expected a file saved as "CSV UTF-8", got another encoding, probably Windows-1252)`,
  };
}

/**
 * Names UTF-16 text from its first bytes: a byte-order mark, or, without one, the zero byte that
 * every ASCII character gets in UTF-16 (one in two bytes, far more than any UTF-8 text has).
 */
export function utf16Kind(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return 'UTF-16 (little-endian, with a byte-order mark)';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16 (big-endian, with a byte-order mark)';
  const n = Math.min(bytes.length, 512) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const half = n / 2;
  if (oddZeros >= half * 0.4 && evenZeros === 0)
    return 'UTF-16 (little-endian, without a byte-order mark)';
  if (evenZeros >= half * 0.4 && oddZeros === 0)
    return 'UTF-16 (big-endian, without a byte-order mark)';
  return null;
}

/**
 * Decodes a file's bytes as strict UTF-8, chunk by chunk; on the first invalid byte it reports
 * the file, line and column and stops, so no mojibake ever reaches the data.
 */
export async function* decodeUtf8(
  file: string,
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  onProblem: (p: Problem) => void,
  options: Continuation = {},
): AsyncGenerator<string> {
  // A part that continues a file has no byte-order mark or encoding sniff of its own: its first
  // bytes are the middle of the file.
  const continuation = options.continuation === true;
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: continuation });
  let first = !continuation;
  // Bytes already seen are only needed to locate an error: about the last megabyte is kept, from
  // the start of a line, and the line ends let go of are counted.
  let seen: Uint8Array[] = [];
  let seenBytes = 0;
  let linesBefore = 0;
  for await (const chunk of chunks) {
    if (first && chunk.length > 0) {
      first = false;
      const utf16 = utf16Kind(chunk);
      if (utf16 !== null) {
        onProblem({
          file,
          line: 1,
          column: 1,
          message: `the file is ${utf16} (expected a file saved as "CSV UTF-8": open it in a spreadsheet and save it again choosing "CSV UTF-8", or in a text editor choose the UTF-8 encoding)`,
        });
        return;
      }
    }
    try {
      const text = decoder.decode(chunk, { stream: true });
      // Only small files keep their bytes; large ones are re-scanned from the last chunk on error.
      if (seenBytes >= 1 << 20) {
        const kept = afterWholeLines(seen);
        linesBefore += kept.lines;
        seen = kept.rest;
        seenBytes = sum(seen, (b) => b.length);
      }
      seen.push(chunk);
      seenBytes += chunk.length;
      if (text) yield text;
    } catch {
      seen.push(chunk);
      const all = concat(seen);
      const at = firstInvalidUtf8(all);
      onProblem(encodingProblem(file, all, at < 0 ? all.length - 1 : at, linesBefore));
      return;
    }
  }
  try {
    const rest = decoder.decode();
    if (rest) yield rest;
  } catch {
    const all = concat(seen);
    const at = firstInvalidUtf8(all);
    onProblem(encodingProblem(file, all, at < 0 ? all.length - 1 : at, linesBefore));
  }
}

/**
 * The bytes from the start of the last line in `parts`, and how many line ends came before it.
 * Buffer's indexOf, as it is about twice as fast as Uint8Array's here.
 */
export function afterWholeLines(parts: readonly Uint8Array[]): {
  lines: number;
  rest: Uint8Array[];
} {
  let lines = 0;
  let lastPart = -1;
  let lastEnd = -1;
  parts.forEach((part, p) => {
    const b = Buffer.from(part.buffer, part.byteOffset, part.byteLength);
    for (let i = b.indexOf(0x0a); i >= 0; i = b.indexOf(0x0a, i + 1)) {
      lines++;
      lastPart = p;
      lastEnd = i;
    }
  });
  if (lastPart < 0) return { lines: 0, rest: [...parts] };
  const from = parts[lastPart]?.subarray(lastEnd + 1) ?? new Uint8Array(0);
  return { lines, rest: [from, ...parts.slice(lastPart + 1)] };
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

function countNewlines(s: string): number {
  let n = 0;
  let i = s.indexOf('\n');
  while (i >= 0) {
    n++;
    i = s.indexOf('\n', i + 1);
  }
  return n;
}

/**
 * Turns CRLF into LF across chunk boundaries, so Windows exports parse the same as any other file
 * however the bytes were chunked (papaparse guesses the line end from the first chunk only).
 */
export async function* normaliseNewlines(
  text: AsyncIterable<string> | Iterable<string>,
): AsyncGenerator<string> {
  let carry = '';
  for await (const chunk of text) {
    let s = carry + chunk;
    carry = '';
    if (s.endsWith('\r')) {
      carry = '\r';
      s = s.slice(0, -1);
    }
    if (s) yield s.indexOf('\r') >= 0 ? s.replaceAll('\r\n', '\n') : s;
  }
  if (carry) yield carry;
}

/** Whether text is a part of a file that starts after a line end, rather than the whole file. */
export interface Continuation {
  readonly continuation?: boolean;
}

/** Where a parse ended: the line after the last one read, and whether inside a quoted cell. */
export interface CsvEnd {
  readonly line: number;
  readonly inQuotes: boolean;
  /** Whether a broken quote left where a record ends to papaparse's guess. */
  readonly broken: boolean;
}

/** What else a parse reports: warnings that do not stop the build. */
export interface ParseOptions extends Continuation {
  /** A warning for the analyst, such as a file that does not end with a line break. */
  readonly onWarning?: (p: Problem) => void;
}

const OLD_MAC =
  'the file has old Mac line ends (a carriage return alone ends each line) (expected line feeds: open it in a spreadsheet and save it as "CSV UTF-8", or convert its line ends in a text editor)';

/**
 * Parses CSV text chunks with papaparse, calling `onRecord` for each non-blank record with the
 * line of each field. Blank lines are skipped (spreadsheets leave them at the end). A record with
 * a broken quote or a forbidden character is reported and not passed on.
 */
// eslint-disable-next-line max-lines-per-function -- one pass over a stream: papaparse's step callback, the line counting of quoted cells and the end-of-file checks share the parse's state, which a split would have to pass between functions for every record.
export async function parseCsv(
  file: string,
  text: AsyncIterable<string> | Iterable<string>,
  onRecord: (record: CsvRecord) => void,
  onProblem: (p: Problem) => void,
  options: ParseOptions = {},
): Promise<CsvEnd> {
  let line = 1;
  // Cells are searched for forbidden characters only once a chunk has shown one: most files
  // have none, and one test of each chunk costs far less than one of each cell.
  let suspect = false;
  // Only a file's first line end tells an old Mac file; a part of a file starts after one.
  let first = options.continuation !== true;
  let stopped = false;
  let last = '';
  const quotes = new QuoteScanner();
  // One generator turns CRLF into LF (as normaliseNewlines does), watches for quotes and
  // forbidden characters, and finds old Mac line ends: one layer between decoder and papaparse.
  async function* prepare(
    chunks: AsyncIterable<string> | Iterable<string>,
  ): AsyncGenerator<string> {
    let carry = '';
    for await (const chunk of chunks) {
      let s = carry + chunk;
      carry = '';
      if (s.endsWith('\r')) {
        carry = '\r';
        s = s.slice(0, -1);
      }
      if (!s) continue;
      if (first) {
        // The file's first line end tells: a carriage return not followed by a line feed, before
        // any line feed, is an old Mac file. (A trailing CR is carried, so one here has a next.)
        const cr = s.indexOf('\r');
        const lf = s.indexOf('\n');
        if (cr >= 0 && (lf < 0 || cr < lf)) {
          first = false;
          if (s[cr + 1] !== '\n') {
            onProblem({ file, line: 1, column: 1, message: OLD_MAC });
            stopped = true;
            return;
          }
        } else if (lf >= 0) first = false;
      }
      if (s.indexOf('\r') >= 0) s = s.replaceAll('\r\n', '\n');
      if (!suspect && FORBIDDEN.test(s)) suspect = true;
      quotes.feed(s);
      last = s;
      yield s;
    }
    if (carry) {
      quotes.feed(carry);
      last = carry;
      yield carry;
    }
  }
  let lastRecordLine = 0;
  let broken = false;
  await new Promise<void>((resolve, reject) => {
    Papa.parse<string[]>(Readable.from(prepare(text)), {
      skipEmptyLines: false,
      newline: '\n',
      delimiter: ',',
      step(result) {
        // An old Mac file was reported whole; what papaparse still holds of it is not data.
        if (stopped) return;
        const fields = result.data;
        const start = line;
        if (fields.length === 1 && (fields[0] ?? '').trim() === '') {
          line++;
          return;
        }
        lastRecordLine = start;
        // Only a quoted cell can hold a line break, and the quote scanner has seen every one (it
        // reads each chunk before papaparse does): most records have none and need no array.
        let fieldLines: number[] | null = null;
        let l = start;
        if (quotes.multiLineRecords.has(start)) {
          for (let i = 0; i < fields.length; i++) {
            const f = fields[i] ?? '';
            if (f.length === 0 || f.indexOf('\n') < 0) continue;
            fieldLines ??= new Array<number>(fields.length).fill(start);
            l += countNewlines(f);
            for (let k = i + 1; k < fields.length; k++) fieldLines[k] = l;
          }
        }
        line = l + 1;
        // The quote scanner has said where a broken quote is and what to do about it.
        if (quotes.badRecords.has(start)) return;
        for (const e of result.errors) {
          // The unclosed cell is the last one papaparse found in this record.
          const lastField = Math.max(fields.length - 1, 0);
          onProblem({
            file,
            line: e.code === 'MissingQuotes' ? (fieldLines?.[lastField] ?? start) : start,
            column: e.code === 'MissingQuotes' ? lastField + 1 : 1,
            message:
              e.code === 'MissingQuotes'
                ? 'a quoted cell is never closed (expected a closing " before the end of the file, got none); the rest of the file is read as that one cell'
                : `${e.message} (papaparse ${e.code})`,
          });
        }
        // A record with a broken quote is not what the analyst wrote: report the quote, not its cells.
        if (result.errors.length > 0) {
          broken = true;
          return;
        }
        if (suspect) {
          let bad = false;
          for (let i = 0; i < fields.length; i++) {
            const why = forbiddenCharacter(fields[i] ?? '');
            if (why === null) continue;
            bad = true;
            onProblem({ file, line: fieldLines?.[i] ?? start, column: i + 1, message: why });
          }
          if (bad) return;
        }
        onRecord({ fields, line: start, fieldLines });
      },
      complete: () => resolve(),
      error: (err: Error) => reject(err),
    });
  });
  for (const f of quotes.faults)
    onProblem({ file, line: f.line, column: f.column, message: f.message });
  if (!stopped && last !== '' && !last.endsWith('\n') && lastRecordLine > 0) {
    options.onWarning?.({
      file,
      line: lastRecordLine,
      column: 1,
      message:
        'the file does not end with a line break: if this file was cut off, its last row may be incomplete (expected a line break after the last row; check the row against its source)',
    });
  }
  return { line: quotes.line, inQuotes: quotes.open, broken: broken || quotes.faults.length > 0 };
}
