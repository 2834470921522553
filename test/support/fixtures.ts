// Fixture folders hold only the files that differ from test/fixtures/valid-minimal/, so each one
// shows exactly the input it is about. A `_delete` file lists base files the fixture removes.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDataset, type BuildResult, type DataInput } from '../../src/data/build-dataset.ts';
import type { DayDate } from '../../src/domain/dates.ts';
import { formatProblem } from '../../src/data/problems.ts';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
export const AS_OF: DayDate = { precision: 'day', year: 2026, month: 11, day: 28 };

/** The bytes of a fixture's files, overlaid on the minimal valid dataset; messages name files bare. */
export function fixtureInput(name: string, chunkSize = 7): DataInput {
  const overlay = join(FIXTURES, name);
  const deleted = existsSync(join(overlay, '_delete'))
    ? readFileSync(join(overlay, '_delete'), 'utf8').split('\n').filter(Boolean)
    : [];
  return {
    open(file) {
      if (deleted.includes(file)) return null;
      const own = join(overlay, file);
      const path = existsSync(own) ? own : join(FIXTURES, 'valid-minimal', file);
      if (!existsSync(path)) return null;
      const bytes = readFileSync(path);
      // Small chunks so multi-byte characters and records straddle chunk boundaries.
      const chunks: Uint8Array[] = [];
      for (let i = 0; i < bytes.length; i += chunkSize)
        chunks.push(bytes.subarray(i, i + chunkSize));
      return chunks;
    },
    path: (file) => file,
  };
}

/** Builds a fixture and returns its result with problems formatted as the CLI prints them. */
export async function buildFixture(name: string): Promise<BuildResult & { messages: string[] }> {
  const result = await buildDataset(fixtureInput(name), { asOf: AS_OF });
  return { ...result, messages: result.problems.map(formatProblem) };
}
