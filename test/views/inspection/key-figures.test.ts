import { beforeAll, expect, test } from 'vitest';
import {
  keyFigureSources,
  keyFiguresWording,
  unitWords,
} from '../../../src/views/inspection/key-figures.ts';
import type { Dataset } from '../../../src/dataset/types.ts';
import { realData } from '../../support/real-data.ts';

let d: Dataset;
beforeAll(async () => {
  d = await realData();
});

test("unitWords('percent') is 'per cent'; other units are as written", () => {
  expect(unitWords('percent')).toBe('per cent');
  expect(unitWords('cases')).toBe('cases');
});

test("keyFigureSources(Gwent 2019's 49 figures) names each report once", () => {
  const figures = d.keyFigures.filter((k) => k.inspection === 'gwent-2019');
  expect(figures).toHaveLength(49);
  const sources = keyFigureSources(figures);
  expect(sources.map((s) => s.source)).toEqual([
    ...new Set(figures.map((k) => k.provenance.source)),
  ]);
  expect(sources.every((s) => s.location === 'chapters as listed')).toBe(true);
});

test('keyFigureSources([]) is empty', () => {
  expect(keyFigureSources([])).toEqual([]);
});

test('keyFiguresWording says "from the report" only of figures that are all from it', () => {
  const figures = d.keyFigures.filter((k) => k.inspection === 'gwent-2019');
  const report = d.inspections.find((i) => i.id === 'gwent-2019')?.provenance.source ?? '';
  expect(keyFiguresWording(figures, report).caption).toBe('Key figures from the report');
  const [first, ...rest] = figures;
  if (!first) throw new Error('no figures');
  const press = { ...first, provenance: { source: 'a-newspaper', location: 'Article text' } };
  expect(keyFiguresWording([press, ...rest], report)).toEqual({
    intro:
      'Figures given in the report’s text and in other sources, with where each is in its source.',
    caption: 'Key figures from the report and other sources',
    where: 'Where in the source',
  });
  expect(keyFiguresWording([press], report).caption).toBe(
    'Key figures from other sources than the report',
  );
});
