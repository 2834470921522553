// A copy of the repository's data with one more force, with an inspection and its review, made
// up for tests (test/fixtures/extra-force/). Whatever the suite checks of the real data must
// still hold when a force is added, as the README tells analysts to do; a test that counted or
// ordered the whole dataset would fail here.
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
import { buildDataset } from '../../src/data/build-dataset.ts';
import type { Dataset } from '../../src/dataset/types.ts';
import { folderInput } from '../../scripts/data/cli.ts';
import { folderHash } from '../../src/data/read/data-hash.ts';
import { releasesTable } from '../../src/data/contract/tables.ts';
import { AS_OF, FIXTURES } from './fixtures.ts';

const EXTRA = join(import.meta.dirname, '..', 'fixtures', 'extra-force');

/** Copies `data` into `out` (a new temporary folder by default) and appends the extra force's rows. */
export function dataWithExtraForce(data: string, out?: string): string {
  const dir = out ?? mkdtempSync(join(tmpdir(), 'data-extra-force-'));
  cpSync(data, dir, { recursive: true });
  for (const file of readdirSync(EXTRA)) {
    const [, ...rows] = readFileSync(join(EXTRA, file), 'utf8').trimEnd().split('\n');
    const target = join(dir, file);
    const existing = readFileSync(target, 'utf8');
    const sep = existing.endsWith('\n') ? '' : '\n';
    writeFileSync(target, `${existing}${sep}${rows.join('\n')}\n`);
  }
  // Adding a force is a change to the data, so it is a release of its own where releases are kept.
  const releases = join(dir, releasesTable.file);
  if (existsSync(releases)) {
    const existing = readFileSync(releases, 'utf8');
    const sep = existing.endsWith('\n') ? '' : '\n';
    // Dated as the latest release, which is allowed, so the data's next release never breaks it.
    const latest = /^(\d{4}-\d{2}-\d{2}),/.exec(existing.trimEnd().split('\n').at(-1) ?? '')?.[1];
    writeFileSync(
      releases,
      `${existing}${sep}${latest ?? '2026-12-03'},${folderHash(dir)},Test release: one more force (test/fixtures/extra-force).\n`,
    );
  }
  return dir;
}

/**
 * The minimal valid fixture (Gwent, an inspection and its review) with the extra force added: a
 * small dataset of two forces for tests of order and counts across the whole dataset.
 */
export async function twoForceFixture(): Promise<Dataset> {
  const dir = dataWithExtraForce(join(FIXTURES, 'valid-minimal'));
  try {
    const result = await buildDataset(folderInput(dir), { asOf: AS_OF });
    if (!result.dataset) throw new Error(result.problems.map((p) => p.message).join('\n'));
    return result.dataset;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
