// The baseline-versus-revisit card's rows, titles and discrepancy notes, from the repository's data.
import { beforeAll, expect, test } from 'vitest';
import { baselineVersusRevisit } from '../../../src/views/comparison/baseline.ts';
import {
  comparisonCard,
  comparisonDiscrepancies,
  comparisonRows,
} from '../../../src/views/comparison/card.ts';
import type { Dataset } from '../../../src/dataset/types.ts';
import { realData } from '../../support/real-data.ts';

let d: Dataset;
beforeAll(async () => {
  d = await realData();
});

test('two rows per pair, baseline first, each linking to its inspection under the base', () => {
  const c = baselineVersusRevisit(d, 'dorset-2022-review');
  if (c.outcome.kind !== 'compared' || !c.outcome.overall) throw new Error('expected a comparison');
  const rows = comparisonRows(c, c.outcome.overall, '/site/');
  expect(rows.map((r) => r.key)).toEqual(['all-base', 'all-revisit']);
  expect(rows.map((r) => r.href)).toEqual([
    `/site/inspections/${c.base.id}/`,
    `/site/inspections/${c.revisit.id}/`,
  ]);
  expect(rows[0]?.total).toBe(c.outcome.overall.base.total);
});

test('an area pair names its rows by the area', () => {
  const c = baselineVersusRevisit(d, 'dorset-2022-review');
  const card = comparisonCard(d, c, '/');
  for (const r of card.areaRows)
    expect(r.label).toMatch(/^.+, (Inspection|Post-inspection review), /);
  expect(card.areasTitle).toBe(
    `Grades by practice area in ${c.labels.base} and ${c.labels.revisit}`,
  );
});

test('a comparison with no figures has no rows and no title', () => {
  const c = baselineVersusRevisit(d, 'gwent-2020-review');
  if (c.outcome.kind === 'compared') return;
  const card = comparisonCard(d, c, '/');
  expect(card.overallRows).toEqual([]);
  expect(card.overallTitle).toBe('');
});

test('each discrepancy links to its note and says which figure the site uses', () => {
  for (const id of ['dorset-2022-review', 'gwent-2020-review']) {
    const c = baselineVersusRevisit(d, id);
    const notes = comparisonDiscrepancies(d, c, '/');
    expect(notes.length).toBe(c.discrepancies.length);
    for (const n of notes) {
      expect(n.href).toMatch(/^\/inspections\/[^/]+\/#discrepancy-/);
      expect(n.text).toContain('this site uses');
    }
  }
});
