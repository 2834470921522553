// The command line as an analyst runs it: exit codes, messages, and the last good output kept.
import { execFile } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';
import { FIXTURES } from '../support/fixtures.ts';

const run = promisify(execFile);
const SCRIPT = join(import.meta.dirname, '..', '..', 'scripts', 'build-data.js');
const work = mkdtempSync(join(tmpdir(), 'build-data-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A full data folder: valid-minimal with a fixture's files on top. */
function dataFolder(name: string, edit?: (dir: string) => void): string {
  const dir = join(work, `${name}-${String(Math.random()).slice(2)}`);
  cpSync(join(FIXTURES, 'valid-minimal'), dir, { recursive: true });
  if (name !== 'valid-minimal') cpSync(join(FIXTURES, name), dir, { recursive: true });
  edit?.(dir);
  return dir;
}

/** Every file under a folder with its bytes, to show a folder was not touched. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const full = join(entry.parentPath, entry.name);
      out[full.slice(dir.length)] = readFileSync(full).toString('base64');
    }
  }
  return out;
}

async function buildData(
  args: string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [SCRIPT, ...args]);
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe('scripts/build-data.js', () => {
  test('a valid folder writes the dataset, each table as CSV and JSON, and a manifest with sizes', async () => {
    const out = join(work, 'out-valid');
    const r = await buildData([
      '--data',
      dataFolder('valid-minimal'),
      '--out',
      out,
      '--as-of',
      '2026-11-28',
    ]);
    expect(r.code).toBe(0);
    expect(readdirSync(out)).toContain('recommendations.csv');
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as {
      asOf: string;
      files: { path: string; bytes: number }[];
    };
    expect(manifest.asOf).toBe('2026-11-28');
    const csv = manifest.files.find((f) => f.path === 'case-audit.csv');
    expect(csv?.bytes).toBe(readFileSync(join(out, 'case-audit.csv')).length);
  });

  test('bad input exits 1, prints every problem, and leaves the previous output untouched', async () => {
    const out = join(work, 'out-kept');
    expect((await buildData(['--data', dataFolder('valid-minimal'), '--out', out])).code).toBe(0);
    const before = snapshot(out);
    const r = await buildData(['--data', dataFolder('many-problems'), '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /case-audit\.csv:5:6: count: the grades .* add up to 34, not the total 33/,
    );
    expect(r.stderr).toMatch(/forces\.csv:2:4: nation: not an allowed value/);
    expect(r.stderr).toMatch(/recommendations\.csv:5:4: timescale: unknown timescale "soon"/);
    expect(r.stderr).toContain('3 problems in');
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(work).filter((f) => f.includes('.tmp-') || f.includes('.old-'))).toEqual([]);
  });

  test('--check validates and writes nothing', async () => {
    const out = join(work, 'out-check');
    const r = await buildData(['--data', dataFolder('valid-minimal'), '--out', out, '--check']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('has no problems');
    expect(existsSync(out)).toBe(false);
  });

  test('--as-of refuses a date that is not a day', async () => {
    const r = await buildData([
      '--data',
      dataFolder('valid-minimal'),
      '--as-of',
      '2026-11',
      '--check',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--as-of: expected a day as YYYY-MM-DD, got "2026-11"');
  });

  test('a text cell that a spreadsheet would run as a formula is neutralised in the download', async () => {
    const data = dataFolder('valid-minimal', (dir) => {
      const file = join(dir, 'findings.csv');
      writeFileSync(
        file,
        `${readFileSync(file, 'utf8')}gwent-2019,custody,concern,2,"=HYPERLINK(""http://x"",""y"")",report,Chapter 4,quoted\n`,
      );
    });
    const out = join(work, 'out-injection');
    expect((await buildData(['--data', data, '--out', out])).code).toBe(0);
    expect(readFileSync(join(out, 'findings.csv'), 'utf8')).toContain(
      `"'=HYPERLINK(""http://x"",""y"")"`,
    );
  });
});
