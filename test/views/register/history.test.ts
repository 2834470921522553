// An item's history: each published update with the source that published it, in order.
import { beforeAll, expect, test } from 'vitest';
import type { Dataset } from '../../../src/dataset/types.ts';
import { historyRows } from '../../../src/views/register/history.ts';
import { realData } from '../../support/real-data.ts';

let d: Dataset;
beforeAll(async () => {
  d = await realData();
});

test('each update keeps its order and gets the source its provenance names', () => {
  const updates = d.recommendations.flatMap((r) => r.tracking.updates);
  expect(updates.length).toBeGreaterThan(0);
  const rows = historyRows(d, updates);
  expect(rows.map((r) => r.update)).toEqual(updates);
  for (const r of rows) expect(r.source.id).toBe(r.update.provenance.source);
});
