// Date builders for tests: from numbers, or parsed from ISO text where a test reads better so.
import {
  parseCalendarDate,
  type CalendarDate,
  type DayDate,
  type MonthDate,
} from '../../src/domain/dates.ts';

/** A date known to the day. */
export const day = (year: number, month: number, d: number): DayDate => ({
  precision: 'day',
  year,
  month,
  day: d,
});

/** A date known only to the month. */
export const month = (year: number, m: number): MonthDate => ({
  precision: 'month',
  year,
  month: m,
});

/** Parses `YYYY-MM-DD` or `YYYY-MM`, throwing where the text is not a date. */
export function isoDate(iso: string): CalendarDate {
  const parsed = parseCalendarDate(iso);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.date;
}

/** Parses `YYYY-MM-DD`, throwing where the text is not a day. */
export function isoDay(iso: string): DayDate {
  const d = isoDate(iso);
  if (d.precision !== 'day') throw new Error(`${iso} is not a day`);
  return d;
}

/** Parses `YYYY-MM`, throwing where the text is not a month. */
export function isoMonth(iso: string): MonthDate {
  const d = isoDate(iso);
  if (d.precision !== 'month') throw new Error(`${iso} is not a month`);
  return d;
}
