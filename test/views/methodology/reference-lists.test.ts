import { beforeAll, expect, test } from 'vitest';
import {
  glossaries,
  glossaryOf,
  scaleUsage,
  sourcesByTitle,
} from '../../../src/views/methodology/reference-lists.ts';
import type { Dataset } from '../../../src/dataset/types.ts';
import { twoForceFixture } from '../../support/extra-force.ts';
import { realData } from '../../support/real-data.ts';

let d: Dataset;
beforeAll(async () => {
  d = await realData();
});

test('scaleUsage counts the inspections and reviews on each scale (two-force fixture)', async () => {
  const fixture = await twoForceFixture();
  expect(scaleUsage(fixture).map((x) => [x.scale.id, x.inspections])).toContainEqual([
    'three-point',
    4,
  ]);
});

test('glossaryOf(Gwent 2019) is its 50 terms, alphabetical whatever their case', () => {
  const gwent = glossaryOf(d, 'gwent-2019');
  expect(gwent?.inspection.id).toBe('gwent-2019');
  expect(glossaries(d)).toContain(gwent);
  const terms = gwent?.entries.map((e) => e.term) ?? [];
  expect(terms).toHaveLength(50);
  expect(terms).toEqual(
    [...terms].sort((a, b) => a.localeCompare(b, 'en-GB', { sensitivity: 'base' })),
  );
});

test('sourcesByTitle(d) orders every source by title', () => {
  const titles = sourcesByTitle(d).map((s) => s.title);
  expect(titles).toHaveLength(d.sources.length);
  expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'en-GB')));
});
