import { describe, expect, test } from 'vitest';
import {
  afterWholeLines,
  decodeUtf8,
  fieldLine,
  firstInvalidUtf8,
  normaliseNewlines,
  parseCsv,
  type CsvRecord,
} from '../../../src/data/read/csv.ts';
import type { Problem } from '../../../src/data/problems.ts';

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

async function parse(
  text: string,
  chunk = 3,
): Promise<{ records: CsvRecord[]; problems: Problem[] }> {
  const chunks: string[] = [];
  for (let i = 0; i < text.length; i += chunk) chunks.push(text.slice(i, i + chunk));
  const records: CsvRecord[] = [];
  const problems: Problem[] = [];
  await parseCsv(
    'f.csv',
    chunks,
    (r) => records.push(r),
    (p) => problems.push(p),
  );
  return { records, problems };
}

describe('firstInvalidUtf8', () => {
  test('firstInvalidUtf8(valid UTF-8) is -1', () => {
    expect(firstInvalidUtf8(new TextEncoder().encode('Heddlu – Gwent ✓'))).toBe(-1);
  });
  test('firstInvalidUtf8(Windows-1252 en dash) is its offset', () => {
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0x20, 0x96, 0x20]))).toBe(2);
  });
  test('firstInvalidUtf8(truncated sequence at the end) is its start', () => {
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0xe2, 0x80]))).toBe(1);
  });
});

describe('decodeUtf8', () => {
  test('decodeUtf8 joins a character split across chunks and drops the byte-order mark', async () => {
    const bytes = new TextEncoder().encode('\ufeffa–b');
    const chunks = [...bytes].map((b) => Uint8Array.of(b));
    const problems: Problem[] = [];
    expect((await collect(decodeUtf8('f.csv', chunks, (p) => problems.push(p)))).join('')).toBe(
      'a–b',
    );
    expect(problems).toEqual([]);
  });
  test('decodeUtf8 reports the line and column of the first invalid byte and stops', async () => {
    const problems: Problem[] = [];
    const bytes = Uint8Array.from([...new TextEncoder().encode('id,name\nx,caf'), 0xe9, 0x0a]);
    await collect(decodeUtf8('f.csv', [bytes], (p) => problems.push(p)));
    expect(problems.map((p) => [p.line, p.column])).toEqual([[2, 6]]);
    expect(problems[0]?.message).toContain('byte 0xE9');
  });
});

describe('normaliseNewlines', () => {
  test('normaliseNewlines turns CRLF into LF even when split across chunks', async () => {
    expect((await collect(normaliseNewlines(['a\r', '\nb\r\n', 'c']))).join('')).toBe('a\nb\nc');
  });
});

describe('parseCsv', () => {
  test('parseCsv gives each field the line it starts on, counting the lines of multi-line cells', async () => {
    const { records } = await parse('a,b,c\n1,"x\ny\nz",3\n4,5,6\n');
    expect(records.map((r) => [r.line, ...r.fields.map((_, i) => fieldLine(r, i))])).toEqual([
      [1, 1, 1, 1],
      [2, 2, 2, 4],
      [5, 5, 5, 5],
    ]);
    expect(records[1]?.fields[1]).toBe('x\ny\nz');
  });
  test('parseCsv skips blank lines but keeps counting them', async () => {
    const { records } = await parse('a\n\n1\n\n\n');
    expect(records.map((r) => [r.line, r.fields[0]])).toEqual([
      [1, 'a'],
      [3, '1'],
    ]);
  });
  test('parseCsv reports an unclosed quote at the cell that opens it', async () => {
    const { problems, records } = await parse('a,b\n1,"never closed\n2,3\n');
    expect(problems.map((p) => [p.line, p.column])).toEqual([[2, 2]]);
    expect(records).toHaveLength(1);
  });
});

describe('reading a part of a file', () => {
  const end = (text: string, continuation = false) =>
    parseCsv(
      'f.csv',
      [text],
      () => undefined,
      () => undefined,
      { continuation },
    );
  test('parseCsv says the line after the last it read, and whether a quote is left open', async () => {
    expect(await end('a,b\n1,2\n')).toEqual({ line: 3, inQuotes: false, broken: false });
    expect(await end('a,b\n1,"two\nlines\n')).toEqual({ line: 4, inQuotes: true, broken: true });
    expect(await end('a,b\n1,"2"x\n')).toMatchObject({ broken: true });
  });
  test('a continuation is not taken for an old Mac file, and keeps a leading U+FEFF', async () => {
    const problems: Problem[] = [];
    const records: CsvRecord[] = [];
    await parseCsv(
      'f.csv',
      ['a\rb,c\n'],
      (r) => records.push(r),
      (p) => problems.push(p),
      {
        continuation: true,
      },
    );
    expect(problems.map((p) => p.message)).toEqual([expect.stringMatching(/CARRIAGE RETURN/)]);
    const bytes = new TextEncoder().encode('\uFEFFa,b\n');
    expect((await collect(decodeUtf8('f.csv', [bytes], () => undefined))).join('')).toBe('a,b\n');
    const kept = decodeUtf8('f.csv', [bytes], () => undefined, { continuation: true });
    expect((await collect(kept)).join('')).toBe('\uFEFFa,b\n');
  });
});

describe('where a bad byte is in a large file', () => {
  test('decodeUtf8 counts the lines of the megabytes it no longer keeps', async () => {
    const line = 'gwent-2019,C1,missing,inspectorate-selected,,good,report,Case list\n';
    const lines = 40_000; // about 2.7 MB
    const text = new TextEncoder().encode(`${line.repeat(lines)}gwent-2019,C`);
    const bytes = new Uint8Array(text.length + 1);
    bytes.set(text);
    bytes[text.length] = 0x92; // a Windows-1252 quote
    const chunks: Uint8Array[] = [];
    for (let i = 0; i < bytes.length; i += 65_536) chunks.push(bytes.subarray(i, i + 65_536));
    const problems: Problem[] = [];
    await collect(decodeUtf8('f.csv', chunks, (p) => problems.push(p)));
    expect(problems.map((p) => [p.line, p.column])).toEqual([[lines + 1, 13]]);
    expect(problems[0]?.message).toMatch(/not UTF-8/);
  });
  test('afterWholeLines keeps the bytes from the last line start, and counts the lines before', () => {
    const bytes = (s: string) => new TextEncoder().encode(s);
    const { lines, rest } = afterWholeLines([bytes('a\nb'), bytes('c\nd'), bytes('ef')]);
    expect(lines).toBe(2);
    expect(new TextDecoder().decode(Buffer.concat(rest))).toBe('def');
    expect(afterWholeLines([bytes('no line end')]).lines).toBe(0);
  });
});
