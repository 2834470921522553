// The methodology page says a range need not contain every value between its ends; this is the
// example it gives, checked by listing every table with those margins.
import { expect, test } from 'vitest';
import { agreementRange } from '../../src/domain/agreement.ts';

/** Every 3 × 3 table of whole numbers with the given row and column totals (small totals only). */
function tables(rows: number[], cols: number[]): number[][][] {
  const out: number[][][] = [];
  const cells = (n: number): number[][] => {
    const r: number[][] = [];
    for (let a = 0; a <= n; a++) for (let b = 0; a + b <= n; b++) r.push([a, b, n - a - b]);
    return r;
  };
  for (const r0 of cells(rows[0] ?? 0))
    for (const r1 of cells(rows[1] ?? 0))
      for (const r2 of cells(rows[2] ?? 0)) {
        const t = [r0, r1, r2];
        if (cols.every((c, j) => t.reduce((n, row) => n + (row[j] ?? 0), 0) === c)) out.push(t);
      }
  return out;
}

test('agreementRange([1,0,1],[1,0,1]) is 0 to 2 graded the same, yet no table has exactly 1', () => {
  expect(agreementRange([1, 0, 1], [1, 0, 1]).same).toEqual({ min: 0, max: 2 });
  const same = new Set(
    tables([1, 0, 1], [1, 0, 1]).map((t) => t.reduce((n, row, i) => n + (row[i] ?? 0), 0)),
  );
  expect([...same].sort()).toEqual([0, 2]);
});
