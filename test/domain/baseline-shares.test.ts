import { describe, expect, test } from 'vitest';
import { compareDistributions } from '../../src/domain/baseline-shares.ts';
import type { Distribution, Grade } from '../../src/dataset/types.ts';

const grades: Grade[] = [
  { id: 'good', rank: 1, label: 'Good' },
  { id: 'requires-improvement', rank: 2, label: 'Requires improvement' },
  { id: 'inadequate', rank: 3, label: 'Inadequate' },
];
const dist = (
  inspection: string,
  counts: (number | null)[],
  total: number | null,
): Distribution => ({
  inspection,
  sample: 'all',
  assessor: 'inspectorate',
  area: 'all',
  counts: grades.map((g, i) => ({ grade: g.id, count: counts[i] ?? null })),
  total,
  absence: 'not-published',
  totalBasis: 'stated',
  notStated: null,
  complete: counts.every((c) => c !== null),
  provenance: [],
});
const labels = { base: '2021', revisit: '2022', sameScale: true };

describe('compareDistributions (Dorset 2021 → 2022)', () => {
  const c = compareDistributions(
    dist('dorset-2021', [20, 35, 28], 83),
    dist('dorset-2022-review', [10, 10, 11], 31),
    grades,
    labels,
  );
  test('shares change in percentage points: good 24.1% → 32.3%', () => {
    expect(c.rows[0]?.base.share).toBeCloseTo(20 / 83, 10);
    expect(c.rows[0]?.revisit.share).toBeCloseTo(10 / 31, 10);
    expect(c.rows[0]?.shareChange).toBeCloseTo((10 / 31 - 20 / 83) * 100, 10);
  });
  test('every change has a 95% interval (Newcombe) that includes no change, so the page warns it may be chance', () => {
    expect(
      c.rows.map((r) =>
        [r.changeInterval?.lower, r.changeInterval?.upper].map((x) => Math.round(x ?? NaN)),
      ),
    ).toEqual([
      [-9, 27],
      [-27, 10],
      [-16, 22],
    ]);
    expect(c.warnings).toContain(
      'Where the 95% interval of a change includes no change, the change could be down to which cases happened to be audited rather than a change in practice.',
    );
  });
  test('warns that the audits differ in size', () => {
    expect(c.warnings[0]).toBe(
      'The two audits differ in size: 83 cases in 2021, 31 in 2022. Compare shares, not counts, and mind the intervals.',
    );
  });
});

describe('compareDistributions edge cases', () => {
  test('an unpublished count gives no change, never a change from 0', () => {
    const c = compareDistributions(
      dist('a', [null, null, 30], 79),
      dist('b', [10, 10, 11], 31),
      grades,
      labels,
    );
    expect(c.rows[0]?.shareChange).toBeNull();
    expect(c.rows[0]?.changeInterval).toBeNull();
    expect(c.rows[2]?.shareChange).toBeCloseTo((11 / 31 - 30 / 79) * 100, 10);
  });
  test('a changed scale is warned about', () => {
    const c = compareDistributions(dist('a', [1, 1, 1], 3), dist('b', [1, 1, 1], 3), grades, {
      ...labels,
      sameScale: false,
    });
    expect(c.warnings).toContain(
      'The grading method changed between 2021 and 2022: they used different grade scales.',
    );
  });
});
