// A large cases.csv is read in two parts at once (src/data/read/cases-split.ts). Each file here
// is read both ways, whole and in parts, and must give the same tallies, counts, problems (lines
// included) and warnings; the files are small, and a split is forced by `splitFrom: 0`.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { folderInput } from '../../../scripts/data/cli.ts';
import { readCases, type CasesContext } from '../../../src/data/read/cases.ts';
import { readInParts, splitPoint, upTo } from '../../../src/data/read/cases-split.ts';
import { formatProblem, type Problem } from '../../../src/data/problems.ts';

const GRADES = ['good', 'requires-improvement', 'inadequate'];
const CONTEXT: CasesContext = {
  inspections: new Map([
    ['gwent-2019', GRADES],
    ['dorset-2021', GRADES],
  ]),
  areas: ['missing', 'custody', 'section-47'],
  sources: new Set(['report']),
  // A known inspection whose own row has a problem: its case rows are skipped, not checked.
  knownInspections: new Set(['gwent-2019', 'dorset-2021', 'kent-2020']),
};
const HEADER = 'inspection,case_ref,area,sample,force_grade,inspectorate_grade,source,location';

/** Row k of a clean file: both inspections, every area, both samples, every grade. */
function row(k: number): string {
  const inspection = k % 3 === 0 ? 'dorset-2021' : 'gwent-2019';
  const forceSelected = k % 2 === 0;
  const force = forceSelected ? (GRADES[k % 3] ?? '') : '';
  const sample = forceSelected ? 'force-selected' : 'inspectorate-selected';
  const area = CONTEXT.areas[k % 3] ?? '';
  return `${inspection},C${String(k)},${area},${sample},${force},${GRADES[(k >> 1) % 3] ?? ''},report,Case list`;
}
const clean = (n: number) => [HEADER, ...Array.from({ length: n }, (_, k) => row(k + 1))];

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function folder(content: string | Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'cases-split-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'cases.csv'), content);
  return dir;
}

/** Everything a read gives, as plain data to compare. */
async function read(dir: string, splitFrom: number) {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const result = await readCases(folderInput(dir), CONTEXT, problems, warnings, { splitFrom });
  return {
    rows: result.rows,
    skipped: result.skipped,
    tallies: [...result.tallies].map(([id, t]) => [id, t.rows, [...t.counts]]),
    problems: problems.map(formatProblem).sort(),
    warnings: warnings.map(formatProblem),
  };
}

/** Whether the file is read in two parts, rather than falling back to reading it whole. */
async function splits(dir: string): Promise<boolean> {
  const input = folderInput(dir);
  const located = input.locate?.('cases.csv') ?? null;
  const bytes = input.open('cases.csv');
  if (located === null || bytes === null || 'refused' in bytes) throw new Error('no cases.csv');
  return (await readInParts('cases.csv', located, bytes, CONTEXT, [], [])) !== null;
}

async function bothWays(content: string | Uint8Array) {
  const dir = folder(content);
  const whole = await read(dir, Infinity);
  const parts = await read(dir, 0);
  expect(parts).toEqual(whole);
  return { whole, split: await splits(dir) };
}

describe('reading cases.csv in two parts', () => {
  test('a clean file gives the same tallies in parts as whole', async () => {
    const { whole, split } = await bothWays(`${clean(2000).join('\n')}\n`);
    expect(split).toBe(true);
    expect(whole.rows).toBe(2000);
    expect(whole.problems).toEqual([]);
    // Rows 1..2000: every third is Dorset's.
    expect(whole.tallies.map(([id, n]) => [id, n])).toEqual([
      ['gwent-2019', 1334],
      ['dorset-2021', 666],
    ]);
  });

  test('problems in the second part are reported at their lines in the file', async () => {
    const lines = clean(2000);
    lines[5] = lines[5]?.replace(',report,', ',nowhere,') ?? ''; // line 6
    lines[1900] = lines[1900]?.replace('Case list', 'Case\u0007list') ?? ''; // line 1901
    lines[1950] = `kent-2020,K1,missing,inspectorate-selected,,good,report,Case list`; // skipped
    lines[1960] = `essex-2019,E1,missing,inspectorate-selected,,good,report,Case list`;
    lines.splice(1970, 0, ''); // a blank line: the lines after it move down by one
    const { whole, split } = await bothWays(`${lines.join('\n')}\n`);
    expect(split).toBe(true);
    expect(whole.skipped).toBe(1);
    expect(whole.problems).toHaveLength(3);
    expect(whole.problems.join('\n')).toMatch(/cases\.csv:6:7: .*nowhere/);
    expect(whole.problems.join('\n')).toMatch(/cases\.csv:1901:8: .*BELL/);
    expect(whole.problems.join('\n')).toMatch(/cases\.csv:1961:1: .*essex-2019/);
  });

  test('a case reference in both parts is a duplicate, first at its line in the first', async () => {
    const lines = clean(2000);
    lines[1990] = lines[2] ?? ''; // row 2 again, at line 1991
    const { whole, split } = await bothWays(`${lines.join('\n')}\n`);
    expect(split).toBe(true);
    expect(whole.problems).toEqual([
      expect.stringMatching(
        /cases\.csv:1991:2: .*"C2" of gwent-2019 appears twice.*first at line 3/,
      ),
    ]);
  });

  test('a file saved by Excel (byte-order mark, CRLF, every cell quoted) reads the same', async () => {
    const quoted = clean(1500).map((l) =>
      l
        .split(',')
        .map((c) => `"${c}"`)
        .join(','),
    );
    const { whole, split } = await bothWays(`\uFEFF${quoted.join('\r\n')}\r\n`);
    expect(split).toBe(true);
    expect(whole.rows).toBe(1500);
    expect(whole.problems).toEqual([]);
  });

  test('a file without a line break at its end warns at its last line', async () => {
    const { whole, split } = await bothWays(clean(2000).join('\n'));
    expect(split).toBe(true);
    expect(whole.warnings).toEqual([expect.stringMatching(/cases\.csv:2001:1: .*line break/)]);
  });

  test('a quoted cell across the middle, or a broken quote before it, is read whole', async () => {
    const lines = clean(2000);
    const long = `"${Array.from({ length: 3000 }, (_, k) => `note ${String(k)}`).join('\n')}"`;
    lines[1000] = (lines[1000] ?? '').replace('Case list', long);
    const across = await bothWays(`${lines.join('\n')}\n`);
    expect(across.split).toBe(false);
    expect(across.whole.rows).toBe(2000);

    const broken = clean(2000);
    broken[10] = (broken[10] ?? '').replace('Case list', '"Case" list');
    const quote = await bothWays(`${broken.join('\n')}\n`);
    expect(quote.split).toBe(false);
    expect(quote.whole.problems).toEqual([expect.stringMatching(/cases\.csv:11:8: .*quote/)]);
  });

  test('a header other than the contract’s is read whole', async () => {
    const lines = clean(2000).map((l, i) => `${l},${i === 0 ? 'extra' : 'x'}`);
    const { whole, split } = await bothWays(`${lines.join('\n')}\n`);
    expect(split).toBe(false);
    expect(whole.problems.join('\n')).toMatch(/extra/);
  });
});

describe('a byte that is not UTF-8', () => {
  test('refuses the whole file, at its line, in either part', async () => {
    for (const at of [10, 1990]) {
      const text = new TextEncoder().encode(`${clean(2000).join('\n')}\n`);
      const lineStart = [...text.keys()].filter((i) => i === 0 || text[i - 1] === 0x0a)[at] ?? 0;
      const bytes = new Uint8Array(text);
      bytes[lineStart + 1] = 0x92;
      // Not bothWays: the counts of a refused file are not compared, as nothing is built from them.
      const dir = folder(bytes);
      const whole = await read(dir, Infinity);
      const parts = await read(dir, 0);
      expect([parts.problems, parts.warnings]).toEqual([whole.problems, whole.warnings]);
      expect(await splits(dir)).toBe(at > 1000);
      expect(whole.problems).toEqual([
        expect.stringMatching(new RegExp(`cases\\.csv:${String(at + 1)}:2: the file is not UTF-8`)),
      ]);
      expect(whole.warnings).toEqual([]);
    }
  });
});

describe('splitPoint', () => {
  test('the part starts just after the first line end at or past the middle', () => {
    const text = 'aaaa\nbbbb\ncccc\ndddd\n'; // 20 bytes; the middle, byte 10, starts "cccc"
    const dir = folder(text);
    const at = splitPoint({ file: join(dir, 'cases.csv'), size: text.length });
    expect(at).toBe(15);
    expect(text.slice(at ?? 0)).toBe('dddd\n');
  });
  test('no part for a file that is not there any more', () => {
    expect(splitPoint({ file: join(folder('x'), 'gone.csv'), size: 100 })).toBeNull();
  });
  test('no part when no line end follows the middle but the last', () => {
    const text = 'header\nonly-one-long-row\n';
    const dir = folder(text);
    expect(splitPoint({ file: join(dir, 'cases.csv'), size: text.length })).toBeNull();
  });
});

describe('upTo', () => {
  test('passes on the bytes before the end, reads the rest, and says it reached the end', async () => {
    const chunks = [new Uint8Array([1, 2, 3]), new Uint8Array([4, 5, 6]), new Uint8Array([7])];
    let read = 0;
    function* source() {
      for (const c of chunks) {
        read += c.length;
        yield c;
      }
    }
    const reached = { done: false };
    const passed: number[] = [];
    for await (const c of upTo(source(), 4, reached)) passed.push(...c);
    expect(passed).toEqual([1, 2, 3, 4]);
    expect(read).toBe(7);
    expect(reached.done).toBe(true);
  });
  test('a reader that stops early has not reached the end', async () => {
    const reached = { done: false };
    for await (const c of upTo([new Uint8Array(3), new Uint8Array(3)], 5, reached)) {
      expect(c.length).toBe(3);
      break;
    }
    expect(reached.done).toBe(false);
  });
});
