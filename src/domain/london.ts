// Today's date in England and Wales, worked out from the UK's clock rule instead of the browser's
// time-zone database: building an Intl.DateTimeFormat for a zone cost the register's script
// 140 ms on a slow phone, the longest thing it did on load. The rule (British Summer Time from
// 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October) has held
// since 1996; the unit tests check it against the time-zone database hour by hour.
import type { DayDate } from './dates.ts';

const HOUR = 3_600_000;

/** The last Sunday of a month (0-based, as Date counts), as a day of the month. */
function lastSunday(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0));
  return last.getUTCDate() - last.getUTCDay();
}

/** Whether British Summer Time is in force at an instant. */
export function isBritishSummerTime(now: Date): boolean {
  const year = now.getUTCFullYear();
  const start = Date.UTC(year, 2, lastSunday(year, 2), 1);
  const end = Date.UTC(year, 9, lastSunday(year, 9), 1);
  const t = now.getTime();
  return t >= start && t < end;
}

/** The calendar date in England and Wales at an instant. */
export function todayInLondon(now: Date): DayDate {
  if (Number.isNaN(now.getTime())) throw new RangeError('todayInLondon needs a valid Date');
  const local = new Date(now.getTime() + (isBritishSummerTime(now) ? HOUR : 0));
  return {
    precision: 'day',
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
  };
}
