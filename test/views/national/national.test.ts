import { beforeAll, describe, expect, test } from 'vitest';
import { forcePosition, nationalView, programmeOf } from '../../../src/views/national/national.ts';
import { chartRow } from '../../../src/views/national/national-chart.ts';
import { shareText } from '../../../src/text/shares.ts';
import { nationalFilters } from '../../../src/views/national/national-filters.ts';
import { intervalDots } from '../../../src/charts/interval-dots.ts';
import type { Dataset } from '../../../src/dataset/types.ts';
import { realData } from '../../support/real-data.ts';

let d: Dataset;
beforeAll(async () => {
  d = await realData();
});

describe('nationalView', () => {
  test('Gwent 2019 is on the three-point chart: 23 of 80 graded inadequate, with its interval', () => {
    const three = nationalView(d).find((s) => s.scale === 'three-point');
    const gwent = three?.rows.find((r) => r.inspection === 'gwent-2019');
    expect(gwent?.cases).toBe(80);
    expect(gwent?.inadequate.count).toBe(23);
    expect(gwent?.inadequate.interval.lower).toBeCloseTo(0.1999, 3);
    expect(gwent?.inadequate.interval.upper).toBeCloseTo(0.3946, 3);
    expect(gwent?.good?.count).toBe(20);
    expect(gwent?.programme).toBe('2014 to 2020 programme');
  });

  test('each audit appears once, on its own scale, in time order, never ranked', () => {
    const scales = nationalView(d);
    const ids = scales.flatMap((s) => s.rows.map((r) => r.inspection));
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of scales) {
      const years = s.rows.map((r) => r.year ?? Infinity);
      expect(years).toEqual([...years].sort((a, b) => a - b));
      for (const r of s.rows)
        expect(d.inspections.find((i) => i.id === r.inspection)?.gradeScale).toBe(s.scale);
    }
  });

  test('the programme follows the year', () => {
    expect(programmeOf(2019)).toBe('2014 to 2020 programme');
    expect(programmeOf(2022)).toBe('2021 to 2024 programme');
    expect(programmeOf(null)).toBe('programme not known');
  });
});

describe('forcePosition', () => {
  test('Gwent: its share with its interval, beside the range on its scale, with no rank', () => {
    const [first] = forcePosition(d, 'gwent');
    expect(first?.href).toBe('/national/?view=table&force=gwent#audit-gwent-2019');
    expect(first?.text).toMatch(
      /^Inspection, June 2019: 29% of 80 cases \(95% interval 20% to 39%\) graded inadequate; across the \d+ audits on the 3-point scale with published grades, \d+% to \d+%\.$/,
    );
    expect(first?.text).not.toMatch(/rank|worst|best|\d+(st|nd|rd|th)\b/);
  });
});

describe('the chart rows and their words', () => {
  test('counts first, the share only beside them, and counts alone for a small sample', () => {
    const s = { count: 7, share: 7 / 9, interval: { lower: 0.45, upper: 0.94 } };
    expect(shareText(s, 9, true)).toBe('7 of 9 (small sample)');
    expect(
      shareText(
        { ...s, count: 23, share: 23 / 80, interval: { lower: 0.2, upper: 0.39 } },
        80,
        false,
      ),
    ).toBe('23 of 80 (29%; 95% interval 20% to 39%)');
  });

  test('the chart draws a dot and an interval per audit, named for screen readers', () => {
    const rows = (nationalView(d).find((s) => s.scale === 'three-point')?.rows ?? []).map(chartRow);
    const svg = intervalDots(rows, { title: 'Shares graded inadequate' });
    expect(svg).toMatch(/^<svg[^>]*role="img"/);
    expect(svg.match(/<circle/g)).toHaveLength(rows.length);
    expect(svg).toContain(
      'Gwent Police: Inspection, June 2019: 23 of 80 (29%; 95% interval 20% to 39%) graded inadequate',
    );
  });
});

describe('nationalFilters', () => {
  test('offers only years, nations, kinds and forces that have an audit, newest year first', () => {
    const scales = nationalView(d);
    const rows = scales.flatMap((s) => s.rows);
    const filters = new Map(nationalFilters(scales).map((f) => [f.key, f]));
    const years = filters.get('year')?.choices.map((c) => Number(c.value)) ?? [];
    expect(years).toEqual(
      [...new Set(rows.flatMap((r) => (r.year === null ? [] : [r.year])))].sort((a, b) => b - a),
    );
    expect(filters.get('nation')?.choices).toContainEqual({ value: 'wales', label: 'Wales' });
    expect(filters.get('force')?.choices).toContainEqual({ value: 'gwent', label: 'Gwent Police' });
    expect(filters.get('force')?.choices.length).toBe(new Set(rows.map((r) => r.force)).size);
    expect(filters.get('scale')?.choices.map((c) => c.value)).toEqual(scales.map((s) => s.scale));
    expect(filters.get('sort')?.any).toBeNull();
  });
});
