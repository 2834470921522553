// Reading CSV as analysts save it: UTF-8 with or without a byte-order mark, LF or CRLF line ends,
// blank lines at the end. Each record keeps the file line of each of its fields, because a
// quoted cell may span several lines and a message must point at the right one.
import Papa from 'papaparse';
import { Readable } from 'node:stream';
import type { Problem } from './problems.ts';

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

function encodingProblem(file: string, bytes: Uint8Array, at: number): Problem {
  let line = 1;
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
 * Decodes a file's bytes as strict UTF-8, chunk by chunk; on the first invalid byte it reports
 * the file, line and column and stops, so no mojibake ever reaches the data.
 */
export async function* decodeUtf8(
  file: string,
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  onProblem: (p: Problem) => void,
): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  // Bytes already seen are only needed to locate an error; keep the current line's start cheaply.
  let seen: Uint8Array[] = [];
  let seenBytes = 0;
  for await (const chunk of chunks) {
    try {
      const text = decoder.decode(chunk, { stream: true });
      // Only small files keep their bytes; large ones are re-scanned from the last chunk on error.
      if (seenBytes < 1 << 20) {
        seen.push(chunk);
        seenBytes += chunk.length;
      } else {
        seen = [chunk];
        seenBytes = chunk.length;
      }
      if (text) yield text;
    } catch {
      seen.push(chunk);
      const all = concat(seen);
      const at = firstInvalidUtf8(all);
      onProblem(encodingProblem(file, all, at < 0 ? all.length - 1 : at));
      return;
    }
  }
  try {
    const rest = decoder.decode();
    if (rest) yield rest;
  } catch {
    const all = concat(seen);
    const at = firstInvalidUtf8(all);
    onProblem(encodingProblem(file, all, at < 0 ? all.length - 1 : at));
  }
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

/**
 * Parses CSV text chunks with papaparse, calling `onRecord` for each non-blank record with the
 * line of each field. Blank lines are skipped (spreadsheets leave them at the end).
 */
export async function parseCsv(
  file: string,
  text: AsyncIterable<string> | Iterable<string>,
  onRecord: (record: CsvRecord) => void,
  onProblem: (p: Problem) => void,
): Promise<void> {
  let line = 1;
  // Only a quoted cell can span lines, and there is none until the text has a quote: until then
  // no cell needs searching for line breaks (the chunk is seen here before papaparse parses it).
  let quoted = false;
  // One generator turns CRLF into LF (as normaliseNewlines does) and watches for the first quote:
  // one layer between the decoder and papaparse rather than two.
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
      if (s.indexOf('\r') >= 0) s = s.replaceAll('\r\n', '\n');
      if (!quoted && s.includes('"')) quoted = true;
      yield s;
    }
    if (carry) yield carry;
  }
  await new Promise<void>((resolve, reject) => {
    Papa.parse<string[]>(Readable.from(prepare(text)), {
      skipEmptyLines: false,
      newline: '\n',
      delimiter: ',',
      step(result) {
        const fields = result.data;
        const start = line;
        if (fields.length === 1 && (fields[0] ?? '').trim() === '') {
          line++;
          return;
        }
        // Only a quoted cell can hold a line break; most records have none and need no array.
        let fieldLines: number[] | null = null;
        let l = start;
        if (quoted) {
          for (let i = 0; i < fields.length; i++) {
            const f = fields[i] ?? '';
            if (f.length === 0 || f.indexOf('\n') < 0) continue;
            fieldLines ??= new Array<number>(fields.length).fill(start);
            l += countNewlines(f);
            for (let k = i + 1; k < fields.length; k++) fieldLines[k] = l;
          }
        }
        line = l + 1;
        for (const e of result.errors) {
          // The unclosed cell is the last one papaparse found in this record.
          const last = Math.max(fields.length - 1, 0);
          onProblem({
            file,
            line: e.code === 'MissingQuotes' ? (fieldLines?.[last] ?? start) : start,
            column: e.code === 'MissingQuotes' ? last + 1 : 1,
            message:
              e.code === 'MissingQuotes'
                ? 'a quoted cell is never closed (expected a closing " before the end of the file, got none); the rest of the file is read as that one cell'
                : `${e.message} (papaparse ${e.code})`,
          });
        }
        // A record with a broken quote is not what the analyst wrote: report the quote, not its cells.
        if (result.errors.length === 0) onRecord({ fields, line: start, fieldLines });
      },
      complete: () => resolve(),
      error: (err: Error) => reject(err),
    });
  });
}
