import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  agreementExact,
  agreementRange,
  crossTable,
  weightedKappa,
  type Margins,
} from '../../src/domain/agreement.ts';

type Relation = 'same' | 'forceMoreFavourable' | 'forceLessFavourable';
const RELATIONS: readonly Relation[] = ['same', 'forceMoreFavourable', 'forceLessFavourable'];

const rowSums = (table: readonly (readonly number[])[]): number[] =>
  table.map((row) => row.reduce((a, b) => a + b, 0));
const columnSums = (table: readonly (readonly number[])[]): number[] =>
  table.map((_, j) => table.reduce((sum, row) => sum + (row[j] ?? 0), 0));

/** Counts by relation, written independently of the module under test. */
function tally(table: readonly (readonly number[])[]): Record<Relation, number> {
  const result = { same: 0, forceMoreFavourable: 0, forceLessFavourable: 0 };
  table.forEach((row, i) =>
    row.forEach((cell, j) => {
      if (i === j) result.same += cell;
      else if (i < j) result.forceMoreFavourable += cell;
      else result.forceLessFavourable += cell;
    }),
  );
  return result;
}

/** Every non-negative integer table with the given row and column sums, cell by cell. */
function allTables(rows: Margins, columns: Margins): number[][][] {
  const k = rows.length;
  const tables: number[][][] = [];
  const table = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const rowLeft = [...rows];
  const columnLeft = [...columns];
  const fill = (cell: number): void => {
    if (cell === k * k) {
      if (rowLeft.every((r) => r === 0) && columnLeft.every((c) => c === 0)) {
        tables.push(table.map((row) => [...row]));
      }
      return;
    }
    const i = Math.floor(cell / k);
    const j = cell % k;
    const lastInRow = j === k - 1;
    const lastInColumn = i === k - 1;
    const most = Math.min(rowLeft[i] ?? 0, columnLeft[j] ?? 0);
    // The last cell of a row or column is forced, which keeps the enumeration small.
    const least = lastInRow ? (rowLeft[i] ?? 0) : lastInColumn ? (columnLeft[j] ?? 0) : 0;
    for (let x = least; x <= most; x++) {
      (table[i] as number[])[j] = x;
      rowLeft[i] = (rowLeft[i] ?? 0) - x;
      columnLeft[j] = (columnLeft[j] ?? 0) - x;
      fill(cell + 1);
      rowLeft[i] = (rowLeft[i] ?? 0) + x;
      columnLeft[j] = (columnLeft[j] ?? 0) + x;
    }
    (table[i] as number[])[j] = 0;
  };
  fill(0);
  return tables;
}

/** Margins drawn as real case-level gradings, so the totals always match and a true table exists. */
const gradings = (minGrades: number, maxGrades: number, maxCases: number) =>
  fc.integer({ min: minGrades, max: maxGrades }).chain((grades) =>
    fc
      .array(
        fc.tuple(fc.integer({ min: 0, max: grades - 1 }), fc.integer({ min: 0, max: grades - 1 })),
        { maxLength: maxCases },
      )
      .map((pairs) => {
        const table = crossTable(pairs, grades);
        return { grades, pairs, table, force: rowSums(table), inspectorate: columnSums(table) };
      }),
  );

describe('agreementRange on Gwent Police 2019 (33 cases)', () => {
  // Good, requires improvement, inadequate.
  const force = [27, 6, 0];
  const inspectorate = [10, 17, 6];
  const range = agreementRange(force, inspectorate);

  it('agreementRange([27,6,0],[10,17,6]) covers 33 cases', () => {
    expect(range.cases).toBe(33);
  });

  it('agreementRange([27,6,0],[10,17,6]) allows 4 to 16 cases graded the same', () => {
    expect(range.same).toEqual({ min: 4, max: 16 });
  });

  it('agreementRange([27,6,0],[10,17,6]) allows 17 to 23 cases where the force was more favourable', () => {
    expect(range.forceMoreFavourable).toEqual({ min: 17, max: 23 });
  });

  it('agreementRange([27,6,0],[10,17,6]) allows 0 to 6 cases where the force was less favourable', () => {
    expect(range.forceLessFavourable).toEqual({ min: 0, max: 6 });
  });

  it('agreementRange([27,6,0],[10,17,6]) gives witness tables with the published margins that attain each bound', () => {
    for (const relation of RELATIONS) {
      for (const end of ['min', 'max'] as const) {
        const table = range.witnesses[relation][end];
        expect(rowSums(table)).toEqual(force);
        expect(columnSums(table)).toEqual(inspectorate);
        expect(tally(table)[relation]).toBe(range[relation][end]);
      }
    }
  });
});

describe('agreementRange on a four-point scale', () => {
  // Illustrative: outstanding, good, requires improvement, inadequate; 10 cases.
  // Hand derivation: same max = Σ min(force_g, inspectorate_g) = 0+3+3+0 = 6, and a pairing with
  // nothing on the diagonal exists (0→1 ×2, 1→2 ×4, 1→3 ×1, 2→1 ×1, 2→3 ×2), so same min = 0.
  // Force less favourable needs force grade > inspectorate grade; inspectorate gave no
  // "outstanding", so only force 2 → inspectorate 1 counts: at most min(3, 3) = 3, at least 0.
  // Force more favourable = 2 (all of force's outstanding) + (5 − x₁₁) + x₂₃ ≥ 2 + 2 + 0 = 4;
  // at most 9, because 10 would force all of force grade 2 into column 3 and leave one of
  // force grade 1 for column 1.
  const force = [2, 5, 3, 0];
  const inspectorate = [0, 3, 4, 3];
  const range = agreementRange(force, inspectorate);

  it.each([
    ['same', 0, 6],
    ['forceMoreFavourable', 4, 9],
    ['forceLessFavourable', 0, 3],
  ] as const)(
    'agreementRange([2,5,3,0],[0,3,4,3]) bounds %s between %i and %i',
    (key, min, max) => {
      expect(range[key]).toEqual({ min, max });
    },
  );

  it('agreementRange([2,5,3,0],[0,3,4,3]) matches brute force over every table', () => {
    const tallies = allTables(force, inspectorate).map(tally);
    for (const relation of RELATIONS) {
      const values = tallies.map((t) => t[relation]);
      expect(range[relation]).toEqual({ min: Math.min(...values), max: Math.max(...values) });
    }
  });
});

describe('agreementRange edge cases', () => {
  it('agreementRange([0,0],[0,0]) gives zero cases and all bounds 0', () => {
    const range = agreementRange([0, 0], [0, 0]);
    expect(range.cases).toBe(0);
    for (const relation of RELATIONS) {
      expect(range[relation]).toEqual({ min: 0, max: 0 });
      expect(range.witnesses[relation].min).toEqual([
        [0, 0],
        [0, 0],
      ]);
    }
  });

  it('agreementRange with identical one-grade-only margins forces every case to be graded the same', () => {
    const range = agreementRange([0, 7, 0], [0, 7, 0]);
    expect(range.same).toEqual({ min: 7, max: 7 });
    expect(range.forceMoreFavourable).toEqual({ min: 0, max: 0 });
    expect(range.forceLessFavourable).toEqual({ min: 0, max: 0 });
  });

  it('agreementRange with disjoint grades rules out any case graded the same', () => {
    const range = agreementRange([5, 0], [0, 5]);
    expect(range.same).toEqual({ min: 0, max: 0 });
    expect(range.forceMoreFavourable).toEqual({ min: 5, max: 5 });
  });

  it('agreementRange on eight grades with totals of 10^7 takes max same as Σ min(force_g, inspectorate_g)', () => {
    const force = [
      1_250_000, 2_000_000, 500_000, 1_750_000, 1_000_000, 1_500_000, 750_000, 1_250_000,
    ];
    const inspectorate = [
      300_000, 1_700_000, 2_100_000, 900_000, 1_600_000, 1_400_000, 1_000_000, 1_000_000,
    ];
    const range = agreementRange(force, inspectorate);
    expect(range.cases).toBe(10_000_000);
    expect(range.same.max).toBe(
      force.reduce((s, f, g) => s + Math.min(f, inspectorate[g] ?? 0), 0),
    );
    for (const relation of RELATIONS) {
      for (const end of ['min', 'max'] as const) {
        const table = range.witnesses[relation][end];
        expect(rowSums(table)).toEqual(force);
        expect(columnSums(table)).toEqual(inspectorate);
      }
    }
  });

  it('agreementRange on eight grades with totals of 10^12 returns promptly (work does not grow with cases)', () => {
    const started = performance.now();
    const range = agreementRange(
      [1e12, 0, 0, 0, 0, 0, 0, 1e12],
      [0, 3e11, 3e11, 2e11, 2e11, 2e11, 4e11, 4e11],
    );
    expect(range.same).toEqual({ min: 0, max: 4e11 });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it.each([
    ['lengths differ', [1, 2], [1, 1, 1], /same scale/],
    ['a force count is negative', [-1, 4], [1, 2], /non-negative integer/],
    ['an inspectorate count is negative', [1, 2], [4, -1], /non-negative integer/],
    ['a count is fractional', [1.5, 1.5], [1, 2], /non-negative integer/],
    ['a count is NaN', [Number.NaN, 3], [1, 2], /non-negative integer/],
    ['a count is infinite', [Infinity, 3], [1, 2], /non-negative integer/],
    ['totals differ', [1, 2], [1, 1], /same cases/],
  ])('agreementRange throws a RangeError when %s', (_, force, inspectorate, message) => {
    expect(() => agreementRange(force, inspectorate)).toThrow(RangeError);
    expect(() => agreementRange(force, inspectorate)).toThrow(message);
  });
});

describe('agreementRange properties', () => {
  it('agreementRange bounds equal brute-force min and max over every table with the margins (2–4 grades, 0–8 cases)', () => {
    fc.assert(
      fc.property(gradings(2, 4, 8), ({ force, inspectorate }) => {
        const range = agreementRange(force, inspectorate);
        const tallies = allTables(force, inspectorate).map(tally);
        for (const relation of RELATIONS) {
          const values = tallies.map((t) => t[relation]);
          expect(range[relation]).toEqual({ min: Math.min(...values), max: Math.max(...values) });
        }
      }),
      { numRuns: 300 },
    );
  });

  it('agreementRange witnesses have the given margins, attain their bound, and split cases into same + more + less', () => {
    fc.assert(
      fc.property(gradings(2, 8, 40), ({ force, inspectorate }) => {
        const range = agreementRange(force, inspectorate);
        for (const relation of RELATIONS) {
          for (const end of ['min', 'max'] as const) {
            const table = range.witnesses[relation][end];
            expect(table.flat().every((x) => Number.isInteger(x) && x >= 0)).toBe(true);
            expect(rowSums(table)).toEqual(force);
            expect(columnSums(table)).toEqual(inspectorate);
            const t = tally(table);
            expect(t[relation]).toBe(range[relation][end]);
            expect(t.same + t.forceMoreFavourable + t.forceLessFavourable).toBe(range.cases);
          }
        }
      }),
    );
  });

  it('agreementRange bounds contain the agreement of the true case-level table', () => {
    fc.assert(
      fc.property(gradings(2, 8, 40), ({ table, force, inspectorate }) => {
        const range = agreementRange(force, inspectorate);
        const exact = agreementExact(table);
        for (const relation of RELATIONS) {
          expect(exact[relation]).toBeGreaterThanOrEqual(range[relation].min);
          expect(exact[relation]).toBeLessThanOrEqual(range[relation].max);
        }
      }),
    );
  });

  it('agreementRange(inspectorate, force) swaps more and less favourable and keeps same', () => {
    fc.assert(
      fc.property(gradings(2, 8, 40), ({ force, inspectorate }) => {
        const range = agreementRange(force, inspectorate);
        const swapped = agreementRange(inspectorate, force);
        expect(swapped.same).toEqual(range.same);
        expect(swapped.forceMoreFavourable).toEqual(range.forceLessFavourable);
        expect(swapped.forceLessFavourable).toEqual(range.forceMoreFavourable);
      }),
    );
  });
});

describe('crossTable', () => {
  it('crossTable counts each (force, inspectorate) pair into table[force][inspectorate]', () => {
    expect(
      crossTable(
        [
          [0, 1],
          [0, 1],
          [2, 0],
          [1, 1],
        ],
        3,
      ),
    ).toEqual([
      [0, 2, 0],
      [0, 1, 0],
      [1, 0, 0],
    ]);
  });

  it('crossTable([], 2) is an all-zero 2 × 2 table', () => {
    expect(crossTable([], 2)).toEqual([
      [0, 0],
      [0, 0],
    ]);
  });

  it('crossTable accepts any iterable of pairs, such as a generator', () => {
    function* pairs(): Generator<[number, number]> {
      yield [1, 0];
      yield [1, 0];
    }
    expect(crossTable(pairs(), 2)).toEqual([
      [0, 0],
      [2, 0],
    ]);
  });

  it.each([
    ['a force grade is past the scale', [[3, 0]], 3],
    ['an inspectorate grade is negative', [[0, -1]], 3],
    ['a grade is fractional', [[0.5, 0]], 3],
    ['grades is zero', [], 0],
    ['grades is fractional', [], 2.5],
  ] as const)('crossTable throws a RangeError when %s', (_, pairs, grades) => {
    expect(() => crossTable(pairs, grades)).toThrow(RangeError);
  });
});

describe('agreementExact', () => {
  it('agreementExact counts the diagonal as same, above it as force more favourable, below as less', () => {
    const result = agreementExact([
      [4, 2, 1],
      [3, 5, 0],
      [0, 1, 6],
    ]);
    expect(result).toMatchObject({
      cases: 22,
      same: 15,
      forceMoreFavourable: 3,
      forceLessFavourable: 4,
      kappaWeights: 'linear',
    });
  });

  it('agreementExact reports the linearly weighted kappa of its table', () => {
    const table = [
      [4, 2, 1],
      [3, 5, 0],
      [0, 1, 6],
    ];
    expect(agreementExact(table).kappa).toBe(weightedKappa(table, 'linear'));
  });

  it('agreementExact copies the table so later changes to the input do not leak in', () => {
    const table = [
      [1, 0],
      [0, 1],
    ];
    const result = agreementExact(table);
    (table[0] as number[])[0] = 9;
    expect(result.table).toEqual([
      [1, 0],
      [0, 1],
    ]);
  });

  it.each([
    ['not square', [[1, 2]]],
    [
      'a count is negative',
      [
        [1, -1],
        [0, 1],
      ],
    ],
    [
      'a count is fractional',
      [
        [1, 0.5],
        [0, 1],
      ],
    ],
  ])('agreementExact throws a RangeError when the table is %s', (_, table) => {
    expect(() => agreementExact(table)).toThrow(RangeError);
  });
});

describe('weightedKappa', () => {
  it.each(['linear', 'quadratic'] as const)(
    'weightedKappa(table, %j) is 1 for perfect agreement',
    (weights) => {
      expect(
        weightedKappa(
          [
            [3, 0, 0],
            [0, 5, 0],
            [0, 0, 2],
          ],
          weights,
        ),
      ).toBe(1);
    },
  );

  it.each(['linear', 'quadratic'] as const)(
    'weightedKappa(table, %j) is 0 when observed equals chance-expected (independent margins)',
    (weights) => {
      // Outer product of (1, 2, 1) and (2, 1, 1): every cell is row × column / n.
      expect(
        weightedKappa(
          [
            [2, 1, 1],
            [4, 2, 2],
            [2, 1, 1],
          ],
          weights,
        ),
      ).toBe(0);
    },
  );

  it('weightedKappa on a 2 × 2 table equals unweighted Cohen kappa', () => {
    // [[20, 5], [10, 15]], n = 50: p_o = 35/50 = 0.7; p_e = (25·30 + 25·20)/2500 = 0.5;
    // κ = (0.7 − 0.5)/(1 − 0.5) = 0.4.
    expect(
      weightedKappa([
        [20, 5],
        [10, 15],
      ]),
    ).toBeCloseTo(0.4, 12);
  });

  // Altman (1991), Practical Statistics for Medical Research, §14.3: two radiologists grading 85
  // xeromammograms as normal, benign, suspected cancer, cancer (Boyd et al. 1982). Published:
  // κ = 0.47, linearly weighted κ_w = 0.57.
  // By hand with disagreement |i−j|/3 (the 1/3 cancels): rows r = (33, 22, 29, 1),
  // columns c = (28, 38, 16, 3).
  //   Σ o_ij |i−j| = 12·1 + (4 + 1)·1 + (3·2 + 9 + 2) + 0 = 34.
  //   Σ r_i c_j |i−j| = 33·(38 + 32 + 9) + 22·(28 + 16 + 6) + 29·(56 + 38 + 3) + 1·(84 + 76 + 16)
  //                   = 2607 + 1100 + 2813 + 176 = 6696.
  //   κ_w = 1 − 85·34/6696 = 1 − 2890/6696 = 3806/6696 ≈ 0.5684.
  const xeromammograms = [
    [21, 12, 0, 0],
    [4, 17, 1, 0],
    [3, 9, 15, 2],
    [0, 0, 0, 1],
  ];

  it("weightedKappa(Altman's xeromammogram table, 'linear') is 3806/6696 ≈ 0.57", () => {
    const kappa = weightedKappa(xeromammograms, 'linear');
    expect(kappa).toBeCloseTo(3806 / 6696, 12);
    expect(kappa?.toFixed(2)).toBe('0.57');
  });

  it("weightedKappa(Altman's xeromammogram table, 'quadratic') is 1 − 85·(Σ o·d²)/(Σ r·c·d²)", () => {
    // Σ o_ij (i−j)² = 12 + 5 + (3·4 + 9 + 2) = 40.
    // Σ r_i c_j (i−j)² = 33·(38 + 64 + 27) + 22·(28 + 16 + 12) + 29·(112 + 38 + 3) + 1·(252 + 152 + 16)
    //                  = 4257 + 1232 + 4437 + 420 = 10346.
    // κ_w = 1 − 3400/10346 = 6946/10346 ≈ 0.6714.
    expect(weightedKappa(xeromammograms, 'quadratic')).toBeCloseTo(6946 / 10346, 12);
  });

  it('weightedKappa defaults to linear weights', () => {
    expect(weightedKappa(xeromammograms)).toBe(weightedKappa(xeromammograms, 'linear'));
  });

  it.each([
    [
      'no cases',
      [
        [0, 0],
        [0, 0],
      ],
    ],
    [
      'every case in one grade on both sides',
      [
        [0, 0, 0],
        [0, 9, 0],
        [0, 0, 0],
      ],
    ],
    ['a one-grade scale', [[4]]],
    ['an empty table', []],
  ])('weightedKappa is null for %s (expected disagreement is 0)', (_, table) => {
    expect(weightedKappa(table)).toBeNull();
  });

  it('weightedKappa is negative when agreement is worse than chance', () => {
    expect(
      weightedKappa([
        [0, 5],
        [5, 0],
      ]),
    ).toBe(-1);
  });

  it('weightedKappa throws a RangeError on a non-square table', () => {
    expect(() => weightedKappa([[1, 2], [3]])).toThrow(RangeError);
  });
});
