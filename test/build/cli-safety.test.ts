// The command line never deletes what it did not write, and says in one line, never a stack
// trace, when a file is not a file or the output cannot be written.
import { execFile } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';
import { refuseOut } from '../../scripts/output-folder.ts';
import { FIXTURES } from '../support/fixtures.ts';

const run = promisify(execFile);
const SCRIPT = join(import.meta.dirname, '..', '..', 'scripts', 'build-data.js');
const REPOSITORY = resolve(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'build-data-safety-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let n = 0;
function dataFolder(edit?: (dir: string) => void): string {
  const dir = join(work, `data-${String(n++)}`);
  cpSync(join(FIXTURES, 'valid-minimal'), dir, { recursive: true });
  edit?.(dir);
  return dir;
}

async function buildData(
  args: string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [SCRIPT, ...args], { timeout: 30_000 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

/** Every file under a folder with its bytes. */
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

describe('--out never replaces what the data build did not write', () => {
  test('a folder holding the data folder is refused, and nothing in it is touched', async () => {
    const data = dataFolder();
    const before = snapshot(work);
    const r = await buildData(['--data', data, '--out', work]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('refused, nothing was written or removed: it holds the data folder');
    expect(snapshot(work)).toEqual(before);
  });

  test('the data folder itself, and a folder inside it, are refused', async () => {
    const data = dataFolder();
    const before = snapshot(data);
    const same = await buildData(['--data', data, '--out', data]);
    expect(same.code).toBe(2);
    expect(same.stderr).toContain('it is the data folder');
    const inside = await buildData(['--data', data, '--out', join(data, 'out')]);
    expect(inside.code).toBe(2);
    expect(inside.stderr).toContain('it is inside the data folder');
    expect(snapshot(data)).toEqual(before);
  });

  test('a folder with files the build did not write (public/ with its favicon) is refused', async () => {
    const out = join(work, 'public');
    mkdirSync(out);
    writeFileSync(join(out, 'favicon.svg'), '<svg/>');
    const r = await buildData(['--data', dataFolder(), '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'it holds files and no manifest.json of the data build, so the data build did not write it',
    );
    expect(readFileSync(join(out, 'favicon.svg'), 'utf8')).toBe('<svg/>');
  });

  test('a folder the build wrote is replaced; one with a file added since is refused', async () => {
    const out = join(work, 'own');
    const data = dataFolder();
    expect((await buildData(['--data', data, '--out', out])).code).toBe(0);
    expect((await buildData(['--data', data, '--out', out])).code).toBe(0);
    writeFileSync(join(out, 'notes.txt'), 'mine');
    const r = await buildData(['--data', data, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('that its manifest.json does not list (notes.txt)');
    expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('mine');
  });

  test('the repository, and src/, are refused whatever else they hold (checked without writing)', () => {
    const guarded = [
      { path: join(REPOSITORY, 'src'), name: 'the source folder src/' },
      { path: REPOSITORY, name: 'the repository' },
    ];
    expect(refuseOut(REPOSITORY, guarded)).toBe(
      'it holds the source folder src/, which the data build must not replace',
    );
    expect(refuseOut(REPOSITORY, guarded.slice(1))).toBe(
      'it is the repository, which the data build must not replace',
    );
    expect(refuseOut(join(REPOSITORY, 'src', 'x'), guarded)).toBe(
      'it is inside the source folder src/, which the data build must not replace',
    );
    expect(refuseOut(join(REPOSITORY, '..'), guarded)).toBe(
      'it holds the source folder src/, which the data build must not replace',
    );
    expect(refuseOut(join(work, 'absent'), guarded)).toBeNull();
  });

  test('an output that cannot be written is one line with what to do, and exit 1', async () => {
    const file = join(work, 'a-file');
    writeFileSync(file, 'x');
    const r = await buildData(['--data', dataFolder(), '--out', join(file, 'out')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/could not write the output \(ENOTDIR/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('files that are not files', () => {
  test('a folder in place of a CSV is named, with no stack trace', async () => {
    const data = dataFolder((dir) => {
      rmSync(join(dir, 'glossary.csv'));
      mkdirSync(join(dir, 'glossary.csv'));
    });
    const r = await buildData(['--data', data, '--check']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'glossary.csv:1:1: the file is a folder, not a CSV file (expected a regular file saved as "CSV UTF-8" in its place)',
    );
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  test('a link to /dev/zero is refused at once, not read for ever', async () => {
    const data = dataFolder((dir) => {
      rmSync(join(dir, 'cases.csv'));
      symlinkSync('/dev/zero', join(dir, 'cases.csv'));
    });
    const r = await buildData(['--data', data, '--check']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('cases.csv:1:1: the file is a device, not a CSV file');
  });

  test('a file over the size limit is refused, naming its size', async () => {
    const data = dataFolder((dir) => {
      truncateSync(join(dir, 'findings.csv'), 101 * 1024 * 1024);
    });
    const r = await buildData(['--data', data, '--check']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'findings.csv:1:1: the file is 101 MB, over the limit of 100 MB for findings.csv',
    );
  });
});

describe('messages', () => {
  test('a file without a final line break is a warning; --strict makes it fail', async () => {
    const data = dataFolder((dir) => {
      const f = join(dir, 'forces.csv');
      writeFileSync(f, readFileSync(f, 'utf8').trimEnd());
    });
    const loose = await buildData(['--data', data, '--check']);
    expect(loose.code).toBe(0);
    expect(loose.stderr).toContain('warning: ');
    expect(loose.stderr).toContain('forces.csv:2:1: the file does not end with a line break');
    const strict = await buildData(['--data', data, '--check', '--strict']);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('1 warning in');
  });

  test('after 20 problems of one kind in a file, one line says how many more', async () => {
    const data = dataFolder((dir) => {
      const f = join(dir, 'forces.csv');
      const rows = Array.from(
        { length: 50 },
        (_, i) => `force-${String(i)},Force ${String(i)},,scotland,report,Title`,
      );
      writeFileSync(f, `${readFileSync(f, 'utf8')}${rows.join('\n')}\n`);
    });
    const r = await buildData(['--data', data, '--check']);
    expect(r.code).toBe(1);
    expect(r.stderr.match(/nation: not an allowed value/g)).toHaveLength(21);
    expect(r.stderr).toContain(
      'forces.csv: … and 30 more problems like "nation: not an allowed value" (from line 23 on)',
    );
    expect(r.stderr).toContain('50 problems in');
  });
});
