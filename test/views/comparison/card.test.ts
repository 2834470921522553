// The baseline-versus-revisit card's rows, titles and discrepancy notes, from the repository's data.
import { beforeAll, expect, test } from 'vitest';
import { baselineVersusRevisit } from '../../../src/views/comparison/baseline.ts';
import {
  comparisonCard,
  comparisonDiscrepancies,
  comparisonDots,
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

test('the chart compares shares: each grade, inspection then review, with counts and interval', () => {
  const c = baselineVersusRevisit(d, 'dorset-2022-review');
  if (c.outcome.kind !== 'compared' || !c.outcome.overall) throw new Error('expected a comparison');
  const dots = comparisonDots(c, [c.outcome.overall]);
  expect(dots.map((r) => r.key)).toEqual([
    'all-good-base',
    'all-good-revisit',
    'all-requires-improvement-base',
    'all-requires-improvement-revisit',
    'all-inadequate-base',
    'all-inadequate-revisit',
  ]);
  const [inspection, review] = dots.slice(4);
  expect(inspection?.label).toBe('Inadequate, inspection, fieldwork April 2021');
  expect(inspection?.value).toBe('28 of 83 (34%)');
  expect(inspection?.share).toBeCloseTo(28 / 83, 6);
  expect(inspection?.lower).toBeCloseTo(0.2448, 3);
  expect(inspection?.upper).toBeCloseTo(0.4442, 3);
  expect(review?.value).toBe('11 of 31 (35%)');
  expect(review?.shortLabel).toBe('Inadequate, 2022');
  expect(review?.tip).toBe(
    'Inadequate, post-inspection review, fieldwork April 2022: 11 of 31 (35%; 95% interval 21% to 53%)',
  );
});

test('an area’s dots are named by the area, and a small sample gives counts alone', () => {
  const c = baselineVersusRevisit(d, 'dorset-2022-review');
  if (c.outcome.kind !== 'compared' || !c.outcome.overall) throw new Error('expected a comparison');
  const overall = c.outcome.overall;
  const area = { ...overall, key: 'missing', label: 'Missing children' };
  const small = {
    ...area,
    comparison: {
      ...area.comparison,
      rows: area.comparison.rows.map((r) => ({
        ...r,
        revisit: { count: 1, total: 8, share: 1 / 8, interval: { lower: 0.02, upper: 0.47 } },
      })),
    },
  };
  const [first, second] = comparisonDots(c, [small]);
  expect(first?.label).toBe('Missing children: good, inspection, fieldwork April 2021');
  expect(second?.small).toBe(true);
  expect(second?.value).toBe('1 of 8');
  expect(second?.tip).toMatch(/: 1 of 8 \(small sample\)$/);
});
