// Calendar dates as plain integers, so results never depend on the machine's time zone.

/** A date known to the day. */
export interface DayDate {
  readonly precision: 'day';
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** A date known only to the month, as some reports give no day of publication. */
export interface MonthDate {
  readonly precision: 'month';
  readonly year: number;
  readonly month: number;
}

/** A date known only to the year, as some sources give no month. */
export interface YearDate {
  readonly precision: 'year';
  readonly year: number;
}

/** A date known to the day, or only to the month or the year. */
export type CalendarDate = DayDate | MonthDate | YearDate;

/** The result of reading a date from text: the date, or why the text is not one. */
export type DateParse =
  | { readonly ok: true; readonly date: CalendarDate }
  | { readonly ok: false; readonly error: string };

/** English month names, January first, as GOV.UK style writes dates in words. */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const ISO_DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;
const ISO_YEAR = /^\d{4}$/;

function monthName(month: number): string {
  const name = MONTH_NAMES[month - 1];
  if (name === undefined) throw new RangeError(`month must be 1 to 12, got ${month}`);
  return name;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function requireInteger(n: number, what: string): void {
  if (!Number.isSafeInteger(n)) throw new RangeError(`${what} must be a whole number, got ${n}`);
}

/** Builds a date from numbers, with an error (saying what is wrong) when no such date exists. */
export function calendarDate(year: number, month: number, day?: number): DateParse {
  if (!Number.isSafeInteger(year)) return { ok: false, error: `not a real date: year ${year}` };
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    return { ok: false, error: 'not a real date: months run 01 to 12' };
  }
  if (day === undefined) return { ok: true, date: { precision: 'month', year, month } };
  if (!Number.isInteger(day) || day < 1) {
    return { ok: false, error: 'not a real date: days start at 01' };
  }
  const length = daysInMonth(year, month);
  if (day > length) {
    return {
      ok: false,
      error: `not a real date: ${monthName(month)} ${year} has ${length} days`,
    };
  }
  return { ok: true, date: { precision: 'day', year, month, day } };
}

/** Reads exactly YYYY-MM-DD, or YYYY-MM when only the month is known, rejecting impossible dates. */
export function parseCalendarDate(text: string): DateParse {
  const match = ISO_DATE.exec(text);
  if (match === null) {
    return {
      ok: false,
      error: `expected a date as YYYY-MM-DD, or YYYY-MM when only the month is known, got "${text}"`,
    };
  }
  const [, year = '', month = '', day] = match;
  const parsed = calendarDate(
    Number(year),
    Number(month),
    day === undefined ? undefined : Number(day),
  );
  return parsed.ok ? parsed : { ok: false, error: `${parsed.error}, got "${text}"` };
}

/**
 * Reads a date as parseCalendarDate does, or YYYY where a source gives only the year (an
 * inspection's dates, some of which no source gives more precisely).
 */
export function parseDateOrYear(text: string): DateParse {
  if (ISO_YEAR.test(text)) return { ok: true, date: { precision: 'year', year: Number(text) } };
  const parsed = parseCalendarDate(text);
  return parsed.ok
    ? parsed
    : {
        ok: false,
        error: parsed.error.replace(
          'when only the month is known,',
          'when only the month is known, or YYYY when only the year is,',
        ),
      };
}

/** Writes a date back in the ISO form that parseCalendarDate reads. */
export function toIso(d: CalendarDate): string {
  if (d.precision === 'year') return pad(d.year, 4);
  const month = `${pad(d.year, 4)}-${pad(d.month, 2)}`;
  return d.precision === 'day' ? `${month}-${pad(d.day, 2)}` : month;
}

/** Writes a date in GOV.UK style ("27 June 2019", "July 2020" or "2015", as precisely as known). */
export function formatDate(d: CalendarDate): string {
  if (d.precision === 'year') return String(d.year);
  const month = `${monthName(d.month)} ${d.year}`;
  return d.precision === 'day' ? `${d.day} ${month}` : month;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** "on 28 June 2019" or "in January 2020", as the date's precision allows. */
export function onDate(d: CalendarDate): string {
  return `${d.precision === 'day' ? 'on' : 'in'} ${formatDate(d)}`;
}

/** The number of days in a month of the Gregorian calendar, leap years included. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  if (month === 4 || month === 6 || month === 9 || month === 11) return 30;
  monthName(month); // throws for a month outside 1 to 12 rather than answering 31
  return 31;
}

/** Days since 1970-01-01 (negative before), giving dates a single number to order and plot by. */
export function dayNumber(d: DayDate): number {
  // Howard Hinnant's days_from_civil: counts in 400-year eras starting on 1 March,
  // so the leap day falls at the end of each shifted year.
  const y = d.month <= 2 ? d.year - 1 : d.year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const shiftedMonth = d.month > 2 ? d.month - 3 : d.month + 9;
  const dayOfYear = Math.floor((153 * shiftedMonth + 2) / 5) + d.day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function fromDayNumber(n: number): DayDate {
  // Inverse of dayNumber (Hinnant's civil_from_days).
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { precision: 'day', year, month, day };
}

/** The day n days later (earlier when n is negative). */
export function addDays(d: DayDate, n: number): DayDate {
  requireInteger(n, 'days to add');
  return fromDayNumber(dayNumber(d) + n);
}

/** The same day n calendar months later, moved back to the month's last day when it is shorter. */
export function addMonths(d: DayDate, n: number): DayDate {
  requireInteger(n, 'months to add');
  const { year, month } = shiftMonth(d.year, d.month, n);
  return { precision: 'day', year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

function shiftMonth(year: number, month: number, n: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + n;
  return { year: Math.floor(index / 12), month: (((index % 12) + 12) % 12) + 1 };
}

/** The month n calendar months later, for dates known only to the month. */
export function addMonthsToMonth(d: MonthDate, n: number): MonthDate {
  requireInteger(n, 'months to add');
  return { precision: 'month', ...shiftMonth(d.year, d.month, n) };
}

/** The date to the month at most: a day's month, or the date as it is ("June 2019", "2015"). */
export function toMonthAtMost(d: CalendarDate): MonthDate | YearDate {
  return d.precision === 'day' ? { precision: 'month', year: d.year, month: d.month } : d;
}

/** The earliest day the date could be. */
export function firstDay(d: CalendarDate): DayDate {
  if (d.precision === 'year') return { precision: 'day', year: d.year, month: 1, day: 1 };
  return d.precision === 'day' ? d : { precision: 'day', year: d.year, month: d.month, day: 1 };
}

/** The latest day the date could be. */
export function lastDay(d: CalendarDate): DayDate {
  if (d.precision === 'year') return { precision: 'day', year: d.year, month: 12, day: 31 };
  return d.precision === 'day'
    ? d
    : { precision: 'day', year: d.year, month: d.month, day: daysInMonth(d.year, d.month) };
}

/** How two dates are ordered; 'overlaps' when one is a month containing the other, so order is unknown. */
export type Order = 'before' | 'same' | 'after' | 'overlaps';

/** Orders two dates, admitting when a month-precision date makes the order unknowable. */
export function compareDates(a: CalendarDate, b: CalendarDate): Order {
  if (dayNumber(lastDay(a)) < dayNumber(firstDay(b))) return 'before';
  if (dayNumber(firstDay(a)) > dayNumber(lastDay(b))) return 'after';
  // Overlapping spans are identical only when both are the same day or the same month.
  return a.precision === b.precision ? 'same' : 'overlaps';
}

/** The calendar date in a time zone at a given instant, so "today" depends on the zone, not the machine. */
export function todayIn(timeZone: string, now: Date): DayDate {
  if (Number.isNaN(now.getTime())) throw new RangeError('todayIn needs a valid Date');
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    calendar: 'gregory',
    numberingSystem: 'latn',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }).formatToParts(now);
  const part = (type: 'year' | 'month' | 'day'): number =>
    Number(parts.find((p) => p.type === type)?.value);
  return { precision: 'day', year: part('year'), month: part('month'), day: part('day') };
}
