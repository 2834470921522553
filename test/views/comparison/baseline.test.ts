import { beforeAll, describe, expect, test } from 'vitest';
import {
  baselineVersusRevisit,
  changeConclusion,
  comparisonSentence,
  changeIntervalText,
  clearChangeText,
  countOfTotal,
  forceComparisons,
  nothingToCompareText,
  shareChangeText,
  shareWithInterval,
  type BaselineVersusRevisit,
  type ComparedPair,
} from '../../../src/views/comparison/baseline.ts';
import type { Dataset, Distribution } from '../../../src/dataset/types.ts';
import { realData } from '../../support/real-data.ts';

let d: Dataset;
beforeAll(async () => {
  d = await realData();
});

function compared(c: BaselineVersusRevisit): ComparedPair {
  if (c.outcome.kind !== 'compared' || c.outcome.overall === null) {
    throw new Error(`expected an overall comparison, got ${c.outcome.kind}`);
  }
  return c.outcome.overall;
}

describe('Dorset 2021 → 2022', () => {
  test('sets 20/35/28 of 83 beside 10/10/11 of 31', () => {
    const c = baselineVersusRevisit(d, 'dorset-2022-review');
    const p = compared(c);
    expect(c.labels).toEqual({ base: '2021', revisit: '2022' });
    expect(p.comparison.rows.map((r) => countOfTotal(r.base))).toEqual([
      '20 of 83',
      '35 of 83',
      '28 of 83',
    ]);
    expect(p.comparison.rows.map((r) => countOfTotal(r.revisit))).toEqual([
      '10 of 31',
      '10 of 31',
      '11 of 31',
    ]);
    expect(comparisonSentence(p, c.grades, c.labels)).toBe(
      'In 2021 inspectors graded 20 good, 35 requiring improvement, 28 inadequate of 83 cases; in 2022, 10 good, 10 requiring improvement, 11 inadequate of 31 cases.',
    );
  });

  test('gives every share with its 95% Wilson interval, and the changes', () => {
    const p = compared(baselineVersusRevisit(d, 'dorset-2022-review'));
    expect(p.comparison.rows.map((r) => shareWithInterval(r.base))).toEqual([
      '24% (16% to 34%)',
      '42% (32% to 53%)',
      '34% (24% to 44%)',
    ]);
    expect(p.comparison.rows.map((r) => shareWithInterval(r.revisit))).toEqual([
      '32% (19% to 50%)',
      '32% (19% to 50%)',
      '35% (21% to 53%)',
    ]);
    expect(p.comparison.rows.map((r) => shareChangeText(r.shareChange))).toEqual([
      '+8 points',
      '−10 points',
      '+2 points',
    ]);
    expect(p.comparison.rows.map((r) => changeIntervalText(r.changeInterval))).toEqual([
      '−9 to +27 points',
      '−27 to +10 points',
      '−16 to +22 points',
    ]);
    expect(p.comparison.rows.map((r) => clearChangeText(r.changeInterval))).toEqual([
      'No: the interval includes no change',
      'No: the interval includes no change',
      'No: the interval includes no change',
    ]);
  });

  test('warns that the audits differ in size and that no change is clear of chance', () => {
    const warnings = compared(baselineVersusRevisit(d, 'dorset-2022-review')).comparison.warnings;
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/differ in size: 83 cases in 2021, 31 in 2022/);
    expect(warnings[1]).toMatch(/interval of a change includes no change/);
  });

  test('carries the known discrepancy in the 2021 inadequate count', () => {
    const c = baselineVersusRevisit(d, 'dorset-2022-review');
    expect(c.discrepancies.map((x) => x.id)).toEqual(['dorset-2021-inadequate']);
  });

  test('has no practice areas to compare, as neither published them', () => {
    const c = baselineVersusRevisit(d, 'dorset-2022-review');
    expect(c.outcome.kind === 'compared' && c.outcome.areas).toEqual([]);
    expect(nothingToCompareText(c)).toBeNull();
  });
});

describe('Gwent 2019 → 2020', () => {
  test('says plainly that this site holds no re-audit figures from the review, and keeps its quotes', () => {
    const c = baselineVersusRevisit(d, 'gwent-2020-review');
    expect(c.outcome.kind).toBe('no-revisit-figures');
    expect(nothingToCompareText(c)).toBe(
      'This site does not yet hold re-audit figures (case grades) from the post-inspection review of July 2020, so there is nothing to compare with the inspection of June 2019, in which inspectors graded 20 good, 37 requiring improvement, 23 inadequate of 80 cases.',
    );
    expect(c.quotes.map((q) => q.text)).toEqual([
      'While improvements are still needed in some areas, there have been important steps towards addressing our recommendations.',
      'The force now needs to become more consistent in its practice and continue the assurance work it began with its audits.',
    ]);
  });
});

describe('forceComparisons', () => {
  test('one comparison per review of a force', () => {
    expect(forceComparisons(d, 'dorset').map((c) => c.revisit.id)).toEqual(['dorset-2022-review']);
    expect(forceComparisons(d, 'gwent').map((c) => c.outcome.kind)).toEqual(['no-revisit-figures']);
  });

  test('rejects an inspection that is not a review', () => {
    expect(() => baselineVersusRevisit(d, 'dorset-2021')).toThrow(/not a review/);
  });
});

describe('comparing by practice area, where both published it', () => {
  const area = (inspection: string, id: string, values: number[]): Distribution => ({
    inspection,
    sample: 'all',
    assessor: 'inspectorate',
    area: id,
    counts: ['good', 'requires-improvement', 'inadequate'].map((g, i) => ({
      grade: g,
      count: values[i] ?? null,
    })),
    total: values.reduce((a, b) => a + b, 0),
    totalBasis: 'sum of grades',
    notStated: null,
    complete: true,
    absence: 'not-published',
    provenance: [],
  });

  test('pairs only the areas both audits published', () => {
    const withAreas: Dataset = {
      ...d,
      distributions: [
        ...d.distributions,
        area('dorset-2021', 'missing', [2, 5, 2]),
        area('dorset-2021', 'custody', [0, 6, 2]),
        area('dorset-2022-review', 'missing', [4, 3, 1]),
      ],
    };
    const c = baselineVersusRevisit(withAreas, 'dorset-2022-review');
    if (c.outcome.kind !== 'compared') throw new Error(c.outcome.kind);
    expect(c.outcome.areas.map((a) => [a.key, a.label])).toEqual([['missing', 'Missing children']]);
    const p = c.outcome.areas[0];
    expect(p && comparisonSentence(p, c.grades, c.labels)).toBe(
      'In 2021 inspectors graded 2 good, 5 requiring improvement, 2 inadequate of 9 cases (missing children); in 2022, 4 good, 3 requiring improvement, 1 inadequate of 8 cases.',
    );
  });

  test('refuses to compare grades on different scales', () => {
    const other: Dataset = {
      ...d,
      gradeScales: [...d.gradeScales, { ...d.gradeScales[0]!, id: 'other' }],
      inspections: d.inspections.map((i) =>
        i.id === 'dorset-2022-review' ? { ...i, gradeScale: 'other' } : i,
      ),
    };
    const c = baselineVersusRevisit(other, 'dorset-2022-review');
    expect(c.outcome.kind).toBe('different-scales');
    expect(nothingToCompareText(c)).toMatch(/different scales/);
  });
});

describe('wording', () => {
  test('never a bare percentage, and nothing invented where a count is missing', () => {
    const missing = { count: null, total: 31, share: null, interval: null };
    expect(countOfTotal(missing)).toBe('not published');
    expect(shareWithInterval(missing)).toBe('not published');
    expect(shareChangeText(0.2)).toBe('under 1 point');
    expect(shareChangeText(-1)).toBe('−1 point');
    expect(clearChangeText({ lower: 2, upper: 20 })).toBe('Yes');
    expect(clearChangeText(null)).toBe('not known');
    expect(changeIntervalText(null)).toBe('not known');
  });
});

describe('changeConclusion', () => {
  test('Dorset 2021 → 2022: the change in the share inadequate may be chance', () => {
    expect(changeConclusion(compared(baselineVersusRevisit(d, 'dorset-2022-review')))).toBe(
      'the change may be chance',
    );
  });
  test('a change whose interval excludes none is stated with its direction and size', () => {
    const p = compared(baselineVersusRevisit(d, 'dorset-2022-review'));
    const last = p.comparison.rows[p.comparison.rows.length - 1];
    if (!last) throw new Error('no rows');
    const clear = {
      ...p,
      comparison: {
        ...p.comparison,
        rows: [
          ...p.comparison.rows.slice(0, -1),
          { ...last, shareChange: -20.4, changeInterval: { lower: -35, upper: -5 } },
        ],
      },
    };
    expect(changeConclusion(clear)).toBe(
      'the share graded inadequate fell by 20 points, more than chance alone would explain',
    );
  });
});
