import { beforeAll, expect, test } from 'vitest';
import { agreementOf } from '../../../src/dataset/queries.ts';
import type { Agreement, Dataset } from '../../../src/dataset/types.ts';
import { agreementStepsView, stepSentence } from '../../../src/views/inspection/agreement-steps.ts';
import { agreementRange } from '../../../src/domain/agreement.ts';
import { realData } from '../../support/real-data.ts';

let d: Dataset;
beforeAll(async () => {
  d = await realData();
});

test('Gwent 2019: steps from the fewest to the most graded the same, starting near the middle', () => {
  const a = agreementOf(d, 'gwent-2019');
  if (!a) throw new Error('Gwent 2019 has an agreement');
  const v = agreementStepsView(a);
  if (!v) throw new Error('Gwent 2019 has steps');
  expect(v.steps[0]?.same).toBe(a.range.same.min);
  expect(v?.steps.at(-1)?.same).toBe(a.range.same.max);
  expect(v?.gaps).toBeNull();
  const middle = (a.range.same.min + a.range.same.max) / 2;
  expect(Math.abs((v?.steps[v.start]?.same ?? 0) - middle)).toBeLessThanOrEqual(0.5);
  const first = v.steps[0];
  if (!first) throw new Error('no first step');
  expect(first.sentence).toBe(stepSentence(first, 33));
});

test('the sentence says all three groups', () => {
  expect(
    stepSentence({ same: 10, forceMoreFavourable: 20, forceLessFavourable: 3, table: [] }, 33),
  ).toBe(
    'If 10 of the 33 cases were graded the same by both, the force’s grade would be more favourable in 20 and less favourable in 3.',
  );
});

test('names the numbers no pairing gives, and shows no steps where the real pairs are known', () => {
  const base = agreementOf(d, 'gwent-2019') as Agreement;
  const tiny: Agreement = {
    ...base,
    force: [1, 1],
    inspectorate: [1, 1],
    grades: ['a', 'b'],
    range: agreementRange([1, 1], [1, 1]),
  };
  expect(agreementStepsView(tiny)?.gaps).toBe('No pairing gives 1 case graded the same.');
  const exact = { ...base, exact: { ...({} as NonNullable<Agreement['exact']>) } };
  expect(agreementStepsView(exact)).toBeNull();
});
