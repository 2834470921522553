import { beforeAll, expect, test } from 'vitest';
import {
  anyFindings,
  areaThemes,
  hasMainFindings,
  hasQuotedMainFindings,
  overallFindings,
} from '../../../src/views/inspection/findings.ts';
import type { Dataset } from '../../../src/dataset/types.ts';
import { realData } from '../../support/real-data.ts';

let d: Dataset;
beforeAll(async () => {
  d = await realData();
});

test('overallFindings(Gwent 2019) has 5 summary paragraphs, 4 strengths, 6 concerns, no quotes', () => {
  const f = overallFindings(d.findings, 'gwent-2019');
  expect([f.summaries, f.strengths, f.concerns, f.quotes].map((x) => x.length)).toEqual([
    5, 4, 6, 0,
  ]);
  const orders = f.summaries.map((x) => x.order);
  expect(orders).toEqual([...orders].sort((a, b) => a - b));
  expect(hasMainFindings(f)).toBe(true);
  expect(hasQuotedMainFindings(f)).toBe(true);
});

test('overallFindings(Kent 2021 review) has a main finding in our words only, not the report’s', () => {
  const f = overallFindings(d.findings, 'kent-2021-review');
  expect(f.summaries.map((x) => x.wording)).toEqual(['summarised']);
  expect(hasMainFindings(f)).toBe(true);
  expect(hasQuotedMainFindings(f)).toBe(false);
});

test('overallFindings(Gwent 2020 review) has only quotes: no main findings, but findings to show', () => {
  const f = overallFindings(d.findings, 'gwent-2020-review');
  expect(f.quotes).toHaveLength(2);
  expect(hasMainFindings(f)).toBe(false);
  expect(anyFindings(f)).toBe(true);
});

test('overallFindings(Dorset 2021) is empty: nothing to show', () => {
  expect(anyFindings(overallFindings(d.findings, 'dorset-2021'))).toBe(false);
});

test("areaThemes(Gwent 2019, 'custody') is its 4 themes in the report's order", () => {
  const themes = areaThemes(d.findings, 'gwent-2019', 'custody');
  expect(themes).toHaveLength(4);
  expect(themes.every((t) => ['strength', 'concern', 'mixed'].includes(t.kind))).toBe(true);
  const orders = themes.map((t) => t.order);
  expect(orders).toEqual([...orders].sort((a, b) => a - b));
});

test('areaThemes(x, area) leaves out findings about the whole inspection', () => {
  expect(areaThemes(d.findings, 'gwent-2020-review', 'custody')).toEqual([]);
});
