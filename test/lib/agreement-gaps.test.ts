// The methodology page says a range need not contain every value between its ends; this is the
// example it gives, checked by listing every table with those margins.
import { expect, test } from 'vitest';
import { agreementRange } from '../../src/lib/agreement.ts';

test('agreementRange([1,0,1],[1,0,1]) is 0 to 2 graded the same, yet no table has exactly 1', () => {
  expect(agreementRange([1, 0, 1], [1, 0, 1]).same).toEqual({ min: 0, max: 2 });
  // Row "good" sends its one case to good or inadequate; row "inadequate" takes the other column.
  const attainable = new Set<number>();
  for (const goodToGood of [0, 1]) {
    const inadequateToInadequate = goodToGood; // the remaining case must fill the other column
    attainable.add(goodToGood + inadequateToInadequate);
  }
  expect([...attainable].sort()).toEqual([0, 2]);
});
