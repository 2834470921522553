import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bestGrade, shareNotGood, sortByShareNotGood } from '../../src/domain/order.ts';
import { FOUR, GWENT_AREAS, THREE, row } from '../charts/fixtures.ts';

describe('shareNotGood', () => {
  it('counts cases not given the most favourable grade', () => {
    expect(shareNotGood(row('a', 'A', [0, 6, 2]), THREE)).toEqual({ notGood: 8, total: 8 });
    expect(shareNotGood(row('a', 'A', [3, 3, 0]), THREE)).toEqual({ notGood: 3, total: 6 });
  });

  it('uses rank, not position or name, to find the best grade', () => {
    expect(bestGrade([...FOUR].reverse()).id).toBe('outstanding');
    expect(shareNotGood(row('a', 'A', [1, 2, 3, 4], FOUR), FOUR)).toEqual({
      notGood: 9,
      total: 10,
    });
  });

  it('is unknown when the best grade or the total was not published', () => {
    expect(shareNotGood(row('a', 'A', [null, 3, 4], THREE, 2), THREE)).toBeNull();
    expect(shareNotGood({ ...row('a', 'A', [1, 2, 3]), total: null }, THREE)).toBeNull();
    expect(shareNotGood({ ...row('a', 'A', [0, 0, 0]), total: 0 }, THREE)).toBeNull();
  });
});

describe('sortByShareNotGood', () => {
  it('orders Gwent 2019 areas by share not graded good, largest first', () => {
    expect(sortByShareNotGood(GWENT_AREAS, THREE).map((r) => r.key)).toEqual([
      'custody', // 8 of 8
      'sex-offenders', // 8 of 9
      'sexual-exploitation', // 13 of 16
      'other-incidents', // 8 of 10
      'missing', // 7 of 9
      'section-47', // 6 of 10
      'domestic-abuse', // 7 of 12
      'police-protection', // 3 of 6
    ]);
  });

  it('breaks exact ties by label and puts unknown shares last', () => {
    const rows = [
      row('u', 'Unknown', [null, 1, 1], THREE, 1),
      row('b', 'Beta', [1, 1, 0]),
      row('a', 'Alpha', [2, 2, 0]),
      row('z', 'Zeta', [0, 1, 0]),
    ];
    expect(sortByShareNotGood(rows, THREE).map((r) => r.key)).toEqual(['z', 'a', 'b', 'u']);
  });

  it('does not change its input and keeps every row', () => {
    const rows = [...GWENT_AREAS];
    const sorted = sortByShareNotGood(rows, THREE);
    expect(rows).toEqual(GWENT_AREAS);
    expect([...sorted].sort((a, b) => a.key.localeCompare(b.key))).toEqual(
      [...rows].sort((a, b) => a.key.localeCompare(b.key)),
    );
  });

  it('never places a smaller known share before a larger one', () => {
    const arbitraryRow = fc
      .tuple(
        fc.option(fc.nat(20), { nil: null }),
        fc.nat(20),
        fc.nat(20),
        fc.string({ maxLength: 3 }),
      )
      .map(([good, ri, inadequate, label]) => row(label, label, [good, ri, inadequate]));
    fc.assert(
      fc.property(fc.array(arbitraryRow, { maxLength: 12 }), (rows) => {
        const sorted = sortByShareNotGood(rows, THREE);
        const shares = sorted.map((r) => shareNotGood(r, THREE));
        const firstUnknown = shares.findIndex((s) => s === null);
        if (firstUnknown >= 0)
          expect(shares.slice(firstUnknown).every((s) => s === null)).toBe(true);
        const known = shares.filter((s) => s !== null);
        for (let i = 1; i < known.length; i += 1) {
          const a = known[i - 1];
          const b = known[i];
          if (a && b) expect(a.notGood * b.total).toBeGreaterThanOrEqual(b.notGood * a.total);
        }
      }),
    );
  });
});
