import { describe, expect, test } from 'vitest';
import { agreementRange } from '../../src/domain/agreement.ts';
import { agreementSteps } from '../../src/domain/agreement-steps.ts';

const margins = (table: readonly (readonly number[])[]) => ({
  rows: table.map((r) => r.reduce((a, b) => a + b, 0)),
  columns: table[0]?.map((_, j) => table.reduce((a, r) => a + (r[j] ?? 0), 0)) ?? [],
});

describe('agreementSteps', () => {
  // Gwent 2019: the force graded its 33 cases 27 good, 6 requiring improvement, 0 inadequate;
  // inspectors graded the same cases 10, 17 and 6 (4. Case file analysis).
  const force = [27, 6, 0];
  const inspectorate = [10, 17, 6];

  test('Gwent 2019: one table for every number graded the same from the fewest to the most', () => {
    const { steps, complete } = agreementSteps(force, inspectorate);
    const range = agreementRange(force, inspectorate).same;
    expect(complete).toBe(true);
    expect(steps.map((s) => s.same)).toEqual(
      Array.from({ length: range.max - range.min + 1 }, (_, i) => range.min + i),
    );
    for (const s of steps) {
      expect(margins(s.table)).toEqual({ rows: force, columns: inspectorate });
      expect(s.same + s.forceMoreFavourable + s.forceLessFavourable).toBe(33);
      expect(s.table.reduce((a, r, i) => a + (r[i] ?? 0), 0)).toBe(s.same);
    }
  });

  test('leaves out a number no pairing gives, rather than inventing a table for it', () => {
    // One case of each of two grades on both sides: both graded the same, or neither.
    const { steps, complete } = agreementSteps([1, 1], [1, 1]);
    expect(complete).toBe(true);
    expect(steps.map((s) => s.same)).toEqual([0, 2]);
    expect(steps[0]?.table).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  test('says when it stopped before it could tell which numbers are possible', () => {
    expect(agreementSteps([30, 40, 20, 10], [25, 35, 25, 15], 5).complete).toBe(false);
    const full = agreementSteps([30, 40, 20, 10], [25, 35, 25, 15]);
    expect(full.complete).toBe(true);
    expect(full.steps[0]?.same).toBe(agreementRange([30, 40, 20, 10], [25, 35, 25, 15]).same.min);
  });
});
