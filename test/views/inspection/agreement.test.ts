import { beforeAll, expect, test } from 'vitest';
import { agreementBounds, agreementView } from '../../../src/views/inspection/agreement.ts';
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
