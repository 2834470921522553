// Releases of the data: the content hash that names one, and the rule that the last release in
// releases.csv must name the data as it is.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';
import { buildDataset } from '../../../src/data/build-dataset.ts';
import { combineHashes, folderHash, hashingInput } from '../../../src/data/read/data-hash.ts';
import type { DataInput } from '../../../src/data/read/tables.ts';
import { folderInput } from '../../../scripts/data/cli.ts';
import { AS_OF, FIXTURES } from '../../support/fixtures.ts';

const run = promisify(execFile);
const SCRIPT = join(import.meta.dirname, '..', '..', '..', 'scripts', 'build-data.js');
const work = mkdtempSync(join(tmpdir(), 'releases-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** valid-minimal with a releases.csv of these rows. */
function withReleases(rows: readonly string[]): string {
  const dir = join(work, String(Math.random()).slice(2));
  cpSync(join(FIXTURES, 'valid-minimal'), dir, { recursive: true });
  writeFileSync(join(dir, 'releases.csv'), `date,data_hash,changes\n${rows.join('\n')}\n`);
  return dir;
}

const drain = async (input: DataInput, file: string) => {
  const opened = input.open(file);
  if (opened === null || 'refused' in opened) return;
  for await (const chunk of opened) void chunk;
};

describe('the data hash', () => {
  const fixture = join(FIXTURES, 'valid-minimal');

  test('is the same whichever order the files are read in, and a second read adds nothing', async () => {
    const a = hashingInput(folderInput(fixture));
    for (const f of ['forces.csv', 'sources.csv', 'forces.csv']) await drain(a.input, f);
    const b = hashingInput(folderInput(fixture));
    for (const f of ['sources.csv', 'forces.csv']) await drain(b.input, f);
    expect(a.digest()).toBe(b.digest());
    expect(a.digest()).toMatch(/^[0-9a-f]{12}$/);
  });

  test('of a build equals the hash of its folder read whole, and ignores releases.csv', async () => {
    const dir = withReleases([]);
    const built = await buildDataset(folderInput(dir), { asOf: AS_OF });
    expect(built.dataset?.version).toBeNull();
    expect(folderHash(dir)).toBe(folderHash(fixture));
    expect(combineHashes(new Map([['a.csv', '1']]))).not.toBe(
      combineHashes(new Map([['b.csv', '1']])),
    );
  });
});

describe('releases.csv', () => {
  const hash = folderHash(join(FIXTURES, 'valid-minimal'));

  test('its last release names the data: the version is its date and the hash', async () => {
    const dir = withReleases(['2026-01-05,0123456789ab,First', `2026-02-01,${hash},Second`]);
    const built = await buildDataset(folderInput(dir), { asOf: AS_OF });
    expect(built.problems).toEqual([]);
    expect(built.dataset?.version).toBe(`2026-02-01-${hash}`);
    expect(built.dataset?.releases.map((r) => r.changes)).toEqual(['First', 'Second']);
  });

  test('data changed since the last release is refused, with the row to add', async () => {
    const dir = withReleases(['2026-01-05,0123456789ab,First']);
    const err = (await run(process.execPath, [SCRIPT, '--data', dir, '--check']).catch(
      (e: unknown) => e,
    )) as { code: number; stderr: string };
    expect(err.code).toBe(1);
    expect(err.stderr).toContain(
      `releases.csv:2:2: data_hash: the data has changed since this release (its files now hash to ${hash}, not 0123456789ab): add a row for the new release below this one, e.g. YYYY-MM-DD,${hash},what changed`,
    );
  });

  test('releases go oldest first, each on a day, each hash as the build prints it', async () => {
    const dir = withReleases([
      `2026-02-01,${hash},Second`,
      `2026-01,${hash},First`,
      '2026-03-01,XYZ,Bad',
    ]);
    const built = await buildDataset(folderInput(dir), { asOf: AS_OF });
    const messages = built.problems.map(
      (p) => `${String(p.line)}:${String(p.column)} ${p.message}`,
    );
    expect(messages).toContain(
      '3:1 date: a release is made on a day (expected YYYY-MM-DD, got 2026-01)',
    );
    expect(messages.some((m) => m.startsWith('3:1 date: before the release above it'))).toBe(true);
    expect(messages.some((m) => m.startsWith('4:2 data_hash: not a data hash'))).toBe(true);
  });
});
