// The repository's own data, built in-process at the test as-of date, for tests of page logic
// that are about the real cases (Gwent 2019 → 2020, Dorset 2021 → 2022).
import { join } from 'node:path';
import { buildDataset } from '../../src/data/build-dataset.ts';
import type { Dataset } from '../../src/dataset/types.ts';
import { folderInput } from '../../scripts/data/cli.ts';
import { AS_OF } from './fixtures.ts';

/**
 * The data folder the real-data tests read: the repository's data/, or TEST_DATA_DIR, which
 * `npm run test:extra-force` points at a copy with one more force, to show the tests hold for it.
 */
export const REAL_DATA_DIR =
  process.env['TEST_DATA_DIR'] ?? join(import.meta.dirname, '..', '..', 'data');

export async function realData(): Promise<Dataset> {
  const result = await buildDataset(folderInput(REAL_DATA_DIR), {
    asOf: AS_OF,
  });
  if (!result.dataset) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.dataset;
}
