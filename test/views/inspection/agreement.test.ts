import { beforeAll, expect, test } from 'vitest';
import {
  agreementBounds,
  agreementView,
  forceGradesReason,
  forceGradesView,
} from '../../../src/views/inspection/agreement.ts';
import type { Distribution } from '../../../src/dataset/types.ts';
import type { Dataset } from '../../../src/dataset/types.ts';
import { realData } from '../../support/real-data.ts';

let d: Dataset;
beforeAll(async () => {
  d = await realData();
});

test("agreementView(Gwent 2019) sets the force's 27/6/0 beside the inspectors' 10/17/6", () => {
  const v = agreementView(d, 'gwent-2019');
  expect(v?.counts).toEqual([
    { label: 'Good', force: 27, inspectorate: 10 },
    { label: 'Requires improvement', force: 6, inspectorate: 17 },
    { label: 'Inadequate', force: 0, inspectorate: 6 },
  ]);
  expect(v?.title).toBe(
    "Inspectors graded at least 17 of the force's 33 cases less favourably than the force did",
  );
});

test('agreementBounds(Gwent 2019) is 4 to 16 the same, 17 to 23 kinder by the force, 0 to 6 harsher', () => {
  const a = d.agreements.find((x) => x.inspection === 'gwent-2019');
  if (!a) throw new Error('Gwent 2019 has no agreement');
  expect(agreementBounds(a)).toEqual([
    { label: 'both gave the same grade', min: 4, max: 16 },
    { label: 'the force’s grade was more favourable', min: 17, max: 23 },
    { label: 'the force’s grade was less favourable', min: 0, max: 6 },
  ]);
});

test('agreementView(Dorset 2021) is null: the force did not publish its own grades', () => {
  expect(agreementView(d, 'dorset-2021')).toBeNull();
});

test('forceGradesView(West Yorkshire 2015) shows the force’s 17/8/5/3 beside the inspectors’ 9/8/7/10, noted', () => {
  const v = forceGradesView(d, 'west-yorkshire-2015');
  expect(v?.rows.map((r) => [r.label, r.counts.map((c) => c.count), r.total])).toEqual([
    ['The force’s own grades', [17, 8, 5, 3], 33],
    ['The inspectors’ grades of the same cases', [9, 8, 7, 10], 33],
  ]);
  expect(v?.rows[1]?.notes['total']?.href).toBe('#discrepancy-west-yorkshire-2015-force-selected');
  expect(v?.reason).toMatch(/^The published grades do not add up/);
});

test('forceGradesView is null where an agreement exists, or no force grades are held', () => {
  expect(forceGradesView(d, 'gwent-2019')).toBeNull();
  expect(forceGradesView(d, 'dorset-2021')).toBeNull();
});

test('forceGradesReason says why the two cannot be paired', () => {
  const dist = (counts: (number | null)[], total: number | null): Distribution => ({
    inspection: 'x',
    sample: 'force-selected',
    assessor: 'force',
    area: 'all',
    counts: counts.map((count, i) => ({ grade: String(i), count })),
    total,
    totalBasis: 'stated',
    notStated: null,
    complete: counts.every((c) => c !== null),
    absence: 'not-held',
    provenance: [],
  });
  expect(forceGradesReason(dist([1, 2], 3), null)).toMatch(/^Not every inspectors’ grade/);
  expect(forceGradesReason(dist([1, null], 3), dist([1, 2], 3))).toMatch(
    /^Not every one of the force’s/,
  );
  expect(forceGradesReason(dist([1, 2], 3), dist([2, 2], 3))).toMatch(/do not add up/);
  expect(forceGradesReason(dist([1, 2], 3), dist([2, 2], 4))).toMatch(/different numbers of cases/);
});
