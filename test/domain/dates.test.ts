import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  addDays,
  addMonths,
  addMonthsToMonth,
  calendarDate,
  compareDates,
  dayNumber,
  daysInMonth,
  firstDay,
  formatDate,
  lastDay,
  parseCalendarDate,
  parseDateOrYear,
  todayIn,
  toMonthAtMost,
  toIso,
  type DayDate,
} from '../../src/domain/dates.ts';
import { isoDate, isoDay, isoMonth } from '../support/dates.ts';

const FORMAT_ERROR = 'expected a date as YYYY-MM-DD, or YYYY-MM when only the month is known';

describe('parseCalendarDate', () => {
  test("parseCalendarDate('2019-06-27') is a day date", () => {
    expect(parseCalendarDate('2019-06-27')).toEqual({
      ok: true,
      date: { precision: 'day', year: 2019, month: 6, day: 27 },
    });
  });

  test("parseCalendarDate('2020-07') is a month date", () => {
    expect(parseCalendarDate('2020-07')).toEqual({
      ok: true,
      date: { precision: 'month', year: 2020, month: 7 },
    });
  });

  test.each(['2020-02-29', '2000-02-29', '2019-12-31', '2019-04-30', '2019-01-01'])(
    "parseCalendarDate('%s') accepts a real day",
    (iso) => {
      expect(parseCalendarDate(iso).ok).toBe(true);
    },
  );

  test.each([
    ['2019-02-30', 'not a real date: February 2019 has 28 days, got "2019-02-30"'],
    ['2019-02-29', 'not a real date: February 2019 has 28 days, got "2019-02-29"'],
    ['1900-02-29', 'not a real date: February 1900 has 28 days, got "1900-02-29"'],
    ['2020-02-30', 'not a real date: February 2020 has 29 days, got "2020-02-30"'],
    ['2019-04-31', 'not a real date: April 2019 has 30 days, got "2019-04-31"'],
    ['2019-02-00', 'not a real date: days start at 01, got "2019-02-00"'],
    ['2019-13', 'not a real date: months run 01 to 12, got "2019-13"'],
    ['2019-00', 'not a real date: months run 01 to 12, got "2019-00"'],
    ['2019-13-01', 'not a real date: months run 01 to 12, got "2019-13-01"'],
  ])("parseCalendarDate('%s') rejects an impossible date", (iso, error) => {
    expect(parseCalendarDate(iso)).toEqual({ ok: false, error });
  });

  test.each([
    '27/06/2019',
    '2019-6-27',
    '2019-06-7',
    '19-06-27',
    '2019',
    '',
    ' 2019-06-27',
    '2019-06-27 ',
    '2019-06-27T00:00:00Z',
    '27 June 2019',
    '２０１９-06-27',
  ])("parseCalendarDate('%s') rejects anything but YYYY-MM-DD or YYYY-MM", (text) => {
    expect(parseCalendarDate(text)).toEqual({
      ok: false,
      error: `${FORMAT_ERROR}, got "${text}"`,
    });
  });
});

describe('calendarDate', () => {
  test('calendarDate(2019, 2, 29) gives the reason without any input text', () => {
    expect(calendarDate(2019, 2, 29)).toEqual({
      ok: false,
      error: 'not a real date: February 2019 has 28 days',
    });
  });

  test('calendarDate(2020, 7) is a month date', () => {
    expect(calendarDate(2020, 7)).toEqual({
      ok: true,
      date: { precision: 'month', year: 2020, month: 7 },
    });
  });

  test('calendarDate(2020, 7, 1.5) rejects a fractional day', () => {
    expect(calendarDate(2020, 7, 1.5).ok).toBe(false);
  });
});

describe('toIso', () => {
  test.each(['2019-06-27', '2020-07', '2019-01-05', '0999-12-31'])(
    "toIso(parseCalendarDate('%s')) gives the same text back",
    (iso) => {
      expect(toIso(isoDate(iso))).toBe(iso);
    },
  );
});

describe('formatDate', () => {
  test.each([
    ['2019-06-27', '27 June 2019'],
    ['2019-09-05', '5 September 2019'],
    ['2020-01-01', '1 January 2020'],
    ['2020-07', 'July 2020'],
    ['2021-12', 'December 2021'],
  ])('formatDate(%s) is "%s" in GOV.UK style', (iso, text) => {
    expect(formatDate(isoDate(iso))).toBe(text);
  });
});

describe('daysInMonth', () => {
  test.each([
    [2019, 1, 31],
    [2019, 2, 28],
    [2020, 2, 29],
    [1900, 2, 28],
    [2000, 2, 29],
    [2100, 2, 28],
    [2019, 4, 30],
    [2019, 6, 30],
    [2019, 9, 30],
    [2019, 11, 30],
    [2019, 12, 31],
  ])('daysInMonth(%i, %i) is %i', (year, m, days) => {
    expect(daysInMonth(year, m)).toBe(days);
  });

  test('daysInMonth(2019, 13) throws rather than guess', () => {
    expect(() => daysInMonth(2019, 13)).toThrow(RangeError);
  });
});

describe('addDays', () => {
  test.each([
    ['2019-06-27', 42, '2019-08-08'],
    ['2019-06-27', 56, '2019-08-22'],
    ['2019-06-27', 0, '2019-06-27'],
    ['2019-12-31', 1, '2020-01-01'],
    ['2020-02-28', 1, '2020-02-29'],
    ['2019-02-28', 1, '2019-03-01'],
    ['2020-03-01', -1, '2020-02-29'],
    ['2020-01-01', 366, '2021-01-01'],
    ['1970-01-01', -1, '1969-12-31'],
  ])('addDays(%s, %i) is %s', (from, n, to) => {
    expect(addDays(isoDay(from), n)).toEqual(isoDay(to));
  });

  test('addDays(2019-06-27, 1.5) throws rather than round', () => {
    expect(() => addDays(isoDay('2019-06-27'), 1.5)).toThrow(RangeError);
  });

  test('addDays agrees with Date.UTC arithmetic for any day and offset', () => {
    const msPerDay = 86_400_000;
    fc.assert(
      fc.property(
        fc.integer({ min: -200_000, max: 200_000 }),
        fc.integer({ min: -100_000, max: 100_000 }),
        (start, n) => {
          const utc = new Date((start + n) * msPerDay);
          const from = addDays(isoDay('1970-01-01'), start);
          expect(addDays(from, n)).toEqual({
            precision: 'day',
            year: utc.getUTCFullYear(),
            month: utc.getUTCMonth() + 1,
            day: utc.getUTCDate(),
          });
        },
      ),
    );
  });
});

describe('addMonths', () => {
  test.each([
    ['2019-06-27', 3, '2019-09-27'],
    ['2019-06-27', 6, '2019-12-27'],
    ['2019-08-31', 3, '2019-11-30'],
    ['2020-01-31', 1, '2020-02-29'],
    ['2019-01-31', 1, '2019-02-28'],
    ['2020-02-29', 12, '2021-02-28'],
    ['2019-11-15', 3, '2020-02-15'],
    ['2020-03-31', -1, '2020-02-29'],
    ['2020-01-15', -1, '2019-12-15'],
    ['2019-06-27', 0, '2019-06-27'],
    ['2019-06-27', 24, '2021-06-27'],
  ])('addMonths(%s, %i) is %s', (from, n, to) => {
    expect(addMonths(isoDay(from), n)).toEqual(isoDay(to));
  });
});

describe('addMonthsToMonth', () => {
  test.each([
    ['2020-07', 3, '2020-10'],
    ['2020-11', 3, '2021-02'],
    ['2020-01', -1, '2019-12'],
    ['2020-07', 12, '2021-07'],
  ])('addMonthsToMonth(%s, %i) is %s', (from, n, to) => {
    expect(addMonthsToMonth(isoMonth(from), n)).toEqual(isoMonth(to));
  });
});

describe('firstDay and lastDay', () => {
  test.each([
    ['2020-07', '2020-07-01', '2020-07-31'],
    ['2020-02', '2020-02-01', '2020-02-29'],
    ['2019-02', '2019-02-01', '2019-02-28'],
    ['2019-06-27', '2019-06-27', '2019-06-27'],
  ])('firstDay(%s) is %s and lastDay is %s', (iso, first, last) => {
    expect(firstDay(isoDate(iso))).toEqual(isoDay(first));
    expect(lastDay(isoDate(iso))).toEqual(isoDay(last));
  });
});

describe('compareDates', () => {
  test.each([
    ['2019-06-27', '2019-06-28', 'before'],
    ['2019-06-28', '2019-06-27', 'after'],
    ['2019-06-27', '2019-06-27', 'same'],
    ['2019-06', '2019-06', 'same'],
    ['2019-06', '2019-07', 'before'],
    ['2019-12', '2019-11', 'after'],
    ['2019-06-27', '2019-06', 'overlaps'],
    ['2019-06', '2019-06-01', 'overlaps'],
    ['2019-06', '2019-06-30', 'overlaps'],
    ['2019-06-30', '2019-07', 'before'],
    ['2019-07', '2019-06-30', 'after'],
    ['2019-07-01', '2019-06', 'after'],
    ['2018-12-31', '2019-01-01', 'before'],
  ])('compareDates(%s, %s) is %s', (a, b, order) => {
    expect(compareDates(isoDate(a), isoDate(b))).toBe(order);
  });
});

describe('todayIn', () => {
  test.each([
    // Clocks go forward at 01:00 UTC on 29 March 2026.
    ['Europe/London', '2026-03-29T00:30:00Z', '2026-03-29'],
    ['Europe/London', '2026-03-29T22:59:59Z', '2026-03-29'],
    ['Europe/London', '2026-03-29T23:00:00Z', '2026-03-30'],
    ['Europe/London', '2026-03-29T23:30:00Z', '2026-03-30'],
    // Clocks go back at 01:00 UTC on 25 October 2026.
    ['Europe/London', '2026-10-24T22:59:59Z', '2026-10-24'],
    ['Europe/London', '2026-10-24T23:30:00Z', '2026-10-25'],
    ['Europe/London', '2026-10-25T23:30:00Z', '2026-10-25'],
    ['Europe/London', '2026-01-15T23:59:59Z', '2026-01-15'],
    ['Europe/London', '2025-12-31T23:59:59Z', '2025-12-31'],
    ['UTC', '2026-06-30T23:30:00Z', '2026-06-30'],
    ['Pacific/Auckland', '2026-06-30T12:00:00Z', '2026-07-01'],
    ['America/New_York', '2026-01-01T03:00:00Z', '2025-12-31'],
  ])('todayIn(%s, %s) is %s', (zone, instant, iso) => {
    expect(todayIn(zone, new Date(instant))).toEqual(isoDay(iso));
  });

  test('todayIn(Europe/London, an invalid Date) throws', () => {
    expect(() => todayIn('Europe/London', new Date('not a date'))).toThrow(RangeError);
  });

  test('todayIn(an unknown zone, now) throws', () => {
    expect(() => todayIn('Europe/Nowhere', new Date('2026-01-01T00:00:00Z'))).toThrow(RangeError);
  });
});

describe('dayNumber', () => {
  test.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['1969-12-31', -1],
    ['2000-03-01', 11_017],
    ['2019-06-27', 18_074],
  ])('dayNumber(%s) is %i', (iso, n) => {
    expect(dayNumber(isoDay(iso))).toBe(n);
  });

  test('dayNumber agrees with Date.UTC for any real day', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (year, m, d) => {
          const dd: DayDate = {
            precision: 'day',
            year,
            month: m,
            day: Math.min(d, daysInMonth(year, m)),
          };
          const utc = new Date(0);
          utc.setUTCFullYear(year, m - 1, dd.day);
          expect(dayNumber(dd)).toBe(Math.floor(utc.getTime() / 86_400_000));
        },
      ),
    );
  });
});

describe('dates known only to the year', () => {
  test('parseDateOrYear reads YYYY as a year, and every other form as parseCalendarDate does', () => {
    expect(parseDateOrYear('2014')).toEqual({ ok: true, date: { precision: 'year', year: 2014 } });
    expect(parseDateOrYear('2014-09')).toEqual(parseCalendarDate('2014-09'));
    expect(parseDateOrYear('2014-9')).toEqual({
      ok: false,
      error:
        'expected a date as YYYY-MM-DD, or YYYY-MM when only the month is known, or YYYY when only the year is, got "2014-9"',
    });
    // A year is not a date where only day or month precision is allowed.
    expect(parseCalendarDate('2014').ok).toBe(false);
  });
  test('a year is written, spanned and ordered as the whole year', () => {
    const y = { precision: 'year', year: 2015 } as const;
    expect(toIso(y)).toBe('2015');
    expect(formatDate(y)).toBe('2015');
    expect(toIso(firstDay(y))).toBe('2015-01-01');
    expect(toIso(lastDay(y))).toBe('2015-12-31');
    expect(compareDates(y, isoDate('2015-07'))).toBe('overlaps');
    expect(compareDates(y, isoDate('2016-01'))).toBe('before');
    expect(compareDates(y, y)).toBe('same');
    expect(toMonthAtMost(isoDate('2019-06-27'))).toEqual({
      precision: 'month',
      year: 2019,
      month: 6,
    });
    expect(toMonthAtMost(y)).toBe(y);
  });
});
