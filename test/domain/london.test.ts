import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isBritishSummerTime, todayInLondon } from '../../src/domain/london.ts';

// The time-zone database's answer, with one formatter for every call: todayIn makes one each
// time, which for tens of thousands of instants is slow enough to time out on a busy machine.
const LONDON = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  calendar: 'gregory',
  numberingSystem: 'latn',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});
function database(now: Date) {
  const parts = LONDON.formatToParts(now);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { precision: 'day', year: part('year'), month: part('month'), day: part('day') };
}

describe('todayInLondon', () => {
  test('agrees with the time-zone database every 15 minutes either side of each change, 2000-2040', () => {
    const disagree: string[] = [];
    for (let year = 2000; year <= 2040; year++) {
      for (const month of [2, 9]) {
        // Every 15 minutes over the last eight days of March and October.
        const from = Date.UTC(year, month, 24);
        for (let t = from; t < from + 8 * 86_400_000; t += 900_000) {
          const now = new Date(t);
          const a = todayInLondon(now);
          const b = database(now);
          if (a.year !== b.year || a.month !== b.month || a.day !== b.day)
            disagree.push(now.toISOString());
        }
      }
    }
    expect(disagree).toEqual([]);
  });

  test('agrees with the time-zone database at any instant, 2000-2060', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2060, 0, 1) }), (t) => {
        expect(todayInLondon(new Date(t))).toEqual(database(new Date(t)));
      }),
      { numRuns: 2000 },
    );
  });

  test('summer time began at 01:00 UTC on 31 March 2024 and ended at 01:00 UTC on 27 October', () => {
    expect(isBritishSummerTime(new Date('2024-03-31T00:59:59Z'))).toBe(false);
    expect(isBritishSummerTime(new Date('2024-03-31T01:00:00Z'))).toBe(true);
    expect(isBritishSummerTime(new Date('2024-10-27T00:59:59Z'))).toBe(true);
    expect(isBritishSummerTime(new Date('2024-10-27T01:00:00Z'))).toBe(false);
    // 23:30 UTC on 30 June is already 1 July in London.
    expect(todayInLondon(new Date('2024-06-30T23:30:00Z'))).toEqual({
      precision: 'day',
      year: 2024,
      month: 7,
      day: 1,
    });
    expect(() => todayInLondon(new Date(Number.NaN))).toThrow(RangeError);
  });
});
