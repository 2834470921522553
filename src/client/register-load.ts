// Loading the register's rows in the browser: register.ndjson read as it arrives, a batch of rows
// at a time between pauses, each row judged on the reader's today as it is read.
import { dayNumber, type DayDate } from '../domain/dates.ts';
import { todayInLondon } from '../domain/london.ts';
import {
  fromWire,
  rejudgeRows,
  type RegisterFile,
  type RegisterHead,
  type RowData,
} from './register-row.ts';

/** The register's rows as built, and as judged on the reader's today (null if not trusted). */
export interface Loaded {
  readonly file: RegisterFile;
  readonly today: DayDate;
  readonly judged: readonly RowData[] | null;
}

// Rows parsed and judged between chances for the browser to do other work, so loading a
// thousand rows never holds up the page for long.
const BATCH = 50;
export const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

// A fast or local connection hands over the whole file in one piece; decoding and splitting it a
// slice at a time, as the reader asks for lines, keeps each task short (at once, 860 KB took a
// 70 ms task with the CPU slowed four times).
export const SLICE = 32 * 1024;

/** The lines of a response as they arrive, decoded a slice at a time rather than all at once. */
export async function* linesOf(res: Response): AsyncGenerator<string> {
  if (!res.body) {
    yield* (await res.text()).split('\n').filter((l) => l !== '');
    return;
  }
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let rest = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    for (let at = 0; at < value.length; at += SLICE) {
      // `stream` keeps a character whose bytes straddle two slices whole.
      const text = rest + decoder.decode(value.subarray(at, at + SLICE), { stream: true });
      let start = 0;
      for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
        if (nl > start) yield text.slice(start, nl);
        start = nl + 1;
      }
      rest = text.slice(start);
    }
  }
  rest += decoder.decode();
  if (rest !== '') yield rest;
}

/**
 * Fetches register.ndjson and reads it a batch at a time as it arrives, judging each row on the
 * reader's today as it goes. A device whose date is before the build's is not trusted to move
 * standings backwards.
 */
export async function load(src: string): Promise<Loaded> {
  const res = await fetch(src);
  if (!res.ok) throw new Error(res.statusText);
  // Deadlines are in England and Wales, so "today" is today there, whatever the device's zone.
  const today = todayInLondon(new Date());
  let head: RegisterHead | null = null;
  const rows: RowData[] = [];
  const judged: RowData[] = [];
  let batch: string[] = [];
  const flush = async (asOf: DayDate): Promise<void> => {
    await pause();
    const parsed = batch.map((line) => fromWire(line, asOf));
    batch = [];
    rows.push(...parsed);
    if (dayNumber(today) >= dayNumber(asOf)) judged.push(...rejudgeRows(parsed, today));
  };
  for await (const line of linesOf(res)) {
    if (head === null) head = JSON.parse(line) as RegisterHead;
    else batch.push(line);
    if (head && batch.length >= BATCH) await flush(head.asOf);
  }
  if (!head) throw new Error('register.ndjson is empty');
  if (batch.length > 0) await flush(head.asOf);
  const trusted = dayNumber(today) >= dayNumber(head.asOf);
  return { file: { asOf: head.asOf, rows }, today, judged: trusted ? judged : null };
}
