// Seeded mutation testing of the data build: a valid folder with one thing broken the way real
// files break (cut off, a byte flipped or repeated, columns swapped, a stray quote, another
// encoding, an empty or missing file, a hostile string in a cell). Every case must end in one of
// two ways: a complete dataset whose values are all publishable, or a rejection whose every
// problem names a file of the folder (and a line where there is one). Never an uncaught
// exception, never a hang. A handful of cases go through the command line as well, to show that
// a rejected run leaves the previous output byte for byte as it was.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { buildDataset, type BuildResult } from '../../src/data/build-dataset.ts';
import { FORBIDDEN } from '../../src/data/contract/code-points.ts';
import { outputFiles } from '../../src/data/write/downloads.ts';
import type { DataInput } from '../../src/data/read/tables.ts';
import { AS_OF, FIXTURES } from '../support/fixtures.ts';

const BASE_DIR = join(FIXTURES, 'valid-minimal');
const NAMES = readdirSync(BASE_DIR).sort();
const BASE: Readonly<Record<string, Uint8Array>> = Object.fromEntries(
  NAMES.map((n) => [n, new Uint8Array(readFileSync(join(BASE_DIR, n)))]),
);
const enc = new TextEncoder();

/** Strings an attacker or an accident might put in a cell. */
const HOSTILE = [
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  '=HYPERLINK("http://x","y")',
  '../../etc/passwd',
  'Report \u202Efdp.exe',
  'a\u0000b',
  'line\rbreak',
  '"quoted" text',
  'Dorse"t Police',
  '1' + '0'.repeat(400),
  '-5',
  '9007199254740993',
  '0000-01-01',
  'https://trusted.example@evil.example/',
  'x'.repeat(300),
  '\uFEFFid',
  '',
];

/** One mutation: what it does, for the failure message, and the folder it makes. */
interface Mutation {
  readonly describe: string;
  readonly file: string;
  /** For a cut: whether the file now ends mid-line, so a build that passes must warn. */
  readonly cutMidLine: boolean;
  readonly files: Record<string, Uint8Array | null>;
}

const withFile = (file: string, bytes: Uint8Array | null): Record<string, Uint8Array | null> => ({
  ...BASE,
  [file]: bytes,
});

function swapColumns(text: string, a: number, b: number): string {
  return text
    .split('\n')
    .map((line) => {
      const cells = line.split(',');
      if (a >= cells.length || b >= cells.length) return line;
      const t = cells[a] ?? '';
      cells[a] = cells[b] ?? '';
      cells[b] = t;
      return cells.join(',');
    })
    .join('\n');
}

/** Replaces the `cell`th cell of the `row`th line (after the header) with `value`, quoted as CSV. */
function replaceCell(text: string, row: number, cell: number, value: string): string {
  const lines = text.split('\n');
  const i = 1 + (row % Math.max(lines.length - 2, 1));
  const cells = (lines[i] ?? '').split(',');
  if (cells.length < 2) return text;
  cells[cell % cells.length] = /[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
  lines[i] = cells.join(',');
  return lines.join('\n');
}

const mutation: fc.Arbitrary<Mutation> = fc
  .tuple(
    fc.constantFrom(...NAMES),
    fc.constantFrom(
      'cut',
      'flip',
      'repeat',
      'swap',
      'quote',
      'cp1252',
      'utf16',
      'empty',
      'missing',
      'hostile',
      'huge',
    ),
    fc.nat(),
    fc.nat(),
    fc.integer({ min: 0, max: 255 }),
    fc.constantFrom(...HOSTILE),
  )
  .map(([file, kind, x, y, byte, hostile]): Mutation => {
    const bytes = BASE[file] ?? new Uint8Array();
    const text = new TextDecoder().decode(bytes);
    const at = bytes.length === 0 ? 0 : x % bytes.length;
    const m = (describe: string, out: Uint8Array | null, cutMidLine = false): Mutation => ({
      describe: `${file}: ${describe}`,
      file,
      cutMidLine,
      files: withFile(file, out),
    });
    switch (kind) {
      case 'cut': {
        const out = bytes.subarray(0, at);
        return m(`cut at byte ${String(at)}`, out, at > 0 && bytes[at - 1] !== 0x0a);
      }
      case 'flip': {
        const out = bytes.slice();
        out[at] = byte;
        return m(`byte ${String(at)} set to ${String(byte)}`, out);
      }
      case 'repeat': {
        const len = 1 + (y % 40);
        const out = new Uint8Array([
          ...bytes.subarray(0, at + len),
          ...bytes.subarray(at, at + len),
          ...bytes.subarray(at + len),
        ]);
        return m(`bytes ${String(at)}+${String(len)} repeated`, out);
      }
      case 'swap':
        return m(
          `columns ${String(x % 8)} and ${String(y % 8)} swapped`,
          enc.encode(swapColumns(text, x % 8, y % 8)),
        );
      case 'quote': {
        const out = new Uint8Array([...bytes.subarray(0, at), 0x22, ...bytes.subarray(at)]);
        return m(`a quote inserted at byte ${String(at)}`, out);
      }
      case 'cp1252':
        return m(
          'saved as Windows-1252',
          enc.encode(text.replace(/[a-z]/, '\u2013')).map((b) => (b === 0xe2 ? 0x96 : b)),
        );
      case 'utf16': {
        const out = new Uint8Array(2 + text.length * 2);
        out[0] = 0xff;
        out[1] = 0xfe;
        for (let i = 0; i < text.length; i++) out[2 + i * 2] = text.charCodeAt(i) & 0xff;
        return m('saved as UTF-16', y % 2 === 0 ? out : out.subarray(2));
      }
      case 'empty':
        return m('emptied', new Uint8Array());
      case 'missing':
        return m('removed', null);
      case 'hostile':
        return m(
          `cell ${String(y % 9)} of a row set to ${JSON.stringify(hostile.slice(0, 30))}`,
          enc.encode(replaceCell(text, x, y, hostile)),
        );
      case 'huge': {
        const lines = text.split('\n');
        const row = lines[1] ?? '';
        return m(
          'one row repeated 5,000 times',
          enc.encode([...lines, ...Array.from({ length: 5000 }, () => row), ''].join('\n')),
        );
      }
      default:
        throw new Error(`unknown mutation ${String(kind)}`);
    }
  });

function input(files: Record<string, Uint8Array | null>): DataInput {
  return {
    open: (file) => {
      const bytes = files[file];
      if (bytes === null || bytes === undefined) return null;
      const chunks: Uint8Array[] = [];
      for (let i = 0; i < bytes.length; i += 97) chunks.push(bytes.subarray(i, i + 97));
      return chunks;
    },
    path: (file) => file,
  };
}

/** Every string and number in a value, with where it is. */
function* leaves(value: unknown, path = ''): Generator<[string, unknown]> {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* leaves(value[i], `${path}[${String(i)}]`);
  } else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) yield* leaves(v, `${path}.${k}`);
  } else {
    yield [path, value];
  }
}

/** What is wrong with a case's outcome, or null when it is one of the two allowed ends. */
function judge(m: Mutation, r: BuildResult): string | null {
  if (r.dataset === null) {
    if (r.problems.length === 0) return 'rejected with no problem';
    for (const p of r.problems) {
      if (!NAMES.includes(p.file)) return `a problem names no file of the folder: ${p.file}`;
      if (!(p.line >= 1 && p.column >= 1)) return `a problem has no place: ${JSON.stringify(p)}`;
    }
    return null;
  }
  if (r.problems.length > 0) return 'a dataset and problems at once';
  for (const [path, v] of leaves(r.dataset)) {
    if (typeof v === 'number' && !Number.isFinite(v)) return `${path} is ${String(v)}`;
    if (typeof v === 'string' && FORBIDDEN.test(v)) return `${path} holds a forbidden character`;
    if (typeof v === 'string' && v.includes('\r')) return `${path} holds a carriage return`;
  }
  if (JSON.stringify(JSON.parse(JSON.stringify(r.dataset))) !== JSON.stringify(r.dataset)) {
    return 'the dataset does not survive JSON';
  }
  outputFiles(r.dataset);
  if (m.cutMidLine && !r.warnings.some((w) => w.file === m.file)) {
    return 'a file cut mid-line passed with no warning';
  }
  return null;
}

/**
 * Builds with a time limit, so a hang fails the case rather than the suite. The limit is far
 * above a normal build (about 0.1 s) so that a busy machine cannot fail it by chance.
 */
async function buildWithin(m: Mutation, ms: number): Promise<BuildResult> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, fail) => {
    timer = setTimeout(() => {
      fail(new Error(`${m.describe}: no answer within ${String(ms)} ms`));
    }, ms);
  });
  try {
    return await Promise.race([buildDataset(input(m.files), { asOf: AS_OF }), limit]);
  } finally {
    clearTimeout(timer);
  }
}

describe('mutations of a valid folder', () => {
  test('300 seeded mutations each build completely or are rejected with located problems', async () => {
    const seen = { built: 0, rejected: 0 };
    await fc.assert(
      fc.asyncProperty(mutation, async (m) => {
        const r = await buildWithin(m, 60_000);
        const wrong = judge(m, r);
        if (wrong !== null) throw new Error(`${m.describe}: ${wrong}`);
        seen[r.dataset ? 'built' : 'rejected']++;
      }),
      { seed: 20261128, numRuns: 300 },
    );
    // Both ends are reached, or the mutations are not testing what they claim to.
    expect(seen.built).toBeGreaterThan(10);
    expect(seen.rejected).toBeGreaterThan(100);
    // About 35 s on an idle machine and 150 s on a loaded one: the limit only catches a hang.
  }, 900_000);
});

const run = promisify(execFile);
const SCRIPT = join(import.meta.dirname, '..', '..', 'scripts', 'build-data.js');
const work = mkdtempSync(join(tmpdir(), 'mutations-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir)) out[name] = readFileSync(join(dir, name), 'base64');
  return out;
}

describe('mutations through the command line', () => {
  test('a rejected run leaves the previous output byte for byte as it was', async () => {
    const out = join(work, 'out');
    const good = join(work, 'good');
    mkdirSync(good);
    for (const n of NAMES) writeFileSync(join(good, n), BASE[n] ?? new Uint8Array());
    await run(process.execPath, [SCRIPT, '--data', good, '--out', out, '--as-of', '2026-11-28']);
    const before = snapshot(out);
    const cases = fc.sample(mutation, { seed: 7, numRuns: 40 });
    let rejected = 0;
    for (const [i, m] of cases.entries()) {
      if (rejected >= 8) break;
      const r = await buildWithin(m, 60_000);
      if (r.dataset !== null) continue;
      rejected++;
      const dir = join(work, `case-${String(i)}`);
      mkdirSync(dir);
      for (const [n, bytes] of Object.entries(m.files)) {
        if (bytes !== null) writeFileSync(join(dir, n), bytes);
      }
      const result = await run(process.execPath, [
        SCRIPT,
        '--data',
        dir,
        '--out',
        out,
        '--as-of',
        '2026-11-28',
      ]).then(
        () => ({ code: 0, stderr: '' }),
        (e: unknown) => e as { code: number; stderr: string },
      );
      expect(result.code, m.describe).toBe(1);
      expect(result.stderr, m.describe).not.toMatch(/\n\s+at /);
      expect(result.stderr, m.describe).toContain(m.file);
      expect(snapshot(out), m.describe).toEqual(before);
    }
    expect(rejected).toBe(8);
  }, 600_000);
});
