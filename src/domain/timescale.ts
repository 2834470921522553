// Recommendation deadlines: the words reports use, and the dates they mean.
import {
  MONTH_NAMES,
  addDays,
  addMonths,
  addMonthsToMonth,
  calendarDate,
  dayNumber,
  firstDay,
  formatDate,
  lastDay,
  parseCalendarDate,
  type CalendarDate,
  type DayDate,
  type MonthDate,
  type YearDate,
} from './dates.ts';

/** A deadline as a report words it, before it is tied to a publication date. */
export type Timescale =
  | { readonly kind: 'immediately' }
  | {
      readonly kind: 'within';
      readonly amount: number;
      readonly unit: 'day' | 'week' | 'month';
    }
  | { readonly kind: 'by'; readonly date: CalendarDate };

/** The result of reading a timescale: the timescale, or why the wording is not understood. */
export type TimescaleParse =
  | { readonly ok: true; readonly timescale: Timescale }
  | { readonly ok: false; readonly error: string };

/** When a recommendation falls due, as precisely as the publication date allows. */
export type DueDate =
  | { readonly kind: 'day'; readonly date: DayDate }
  | { readonly kind: 'month'; readonly date: MonthDate }
  | { readonly kind: 'year'; readonly date: YearDate }
  | { readonly kind: 'between'; readonly from: DayDate; readonly to: DayDate };

const EXPECTED =
  '(expected "immediately", "within N days, weeks or months", "no later than N months after publication" or "by <date>")';

const UNITS = 'days?|weeks?|months?';
const WITHIN = new RegExp(
  `^within (.+) (${UNITS})(?: (?:of publication|of the publication of this report|after publication|from publication))?$`,
);
const NO_LATER_THAN = new RegExp(
  `^no later than (.+) (${UNITS}) after (?:publication|the publication of this report)$`,
);
const BY = /^by (.+)$/;
const DAY_MONTH_YEAR = /^(\d{1,2}) ([a-z]+) (\d{4})$/;
const MONTH_YEAR = /^([a-z]+) (\d{4})$/;

const ONES = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

// Reports write small numbers in words, so zero to ninety-nine is accepted either way.
function parseAmount(text: string): number | undefined {
  if (/^\d{1,4}$/.test(text)) return Number(text);
  const ones = ONES.indexOf(text);
  if (ones >= 0) return ones;
  const [tensWord = '', unitWord, ...rest] = text.split(/[- ]/);
  const tens = TENS.indexOf(tensWord);
  if (tens < 0 || rest.length > 0) return undefined;
  if (unitWord === undefined) return 20 + tens * 10;
  const unit = ONES.indexOf(unitWord);
  return unit >= 1 && unit <= 9 ? 20 + tens * 10 + unit : undefined;
}

function monthNumber(word: string): number | undefined {
  const index = MONTH_NAMES.findIndex((name) => name.toLowerCase() === word);
  return index < 0 ? undefined : index + 1;
}

function parseByDate(text: string): { date: CalendarDate } | { error: string } | undefined {
  const dayMonthYear = DAY_MONTH_YEAR.exec(text);
  const monthYear = MONTH_YEAR.exec(text);
  if (dayMonthYear !== null) {
    const [, day = '', monthWord = '', year = ''] = dayMonthYear;
    const month = monthNumber(monthWord);
    if (month === undefined) return undefined;
    const parsed = calendarDate(Number(year), month, Number(day));
    return parsed.ok ? { date: parsed.date } : { error: parsed.error };
  }
  if (monthYear !== null) {
    const [, monthWord = '', year = ''] = monthYear;
    const month = monthNumber(monthWord);
    if (month === undefined) return undefined;
    const parsed = calendarDate(Number(year), month);
    return parsed.ok ? { date: parsed.date } : { error: parsed.error };
  }
  if (/^\d{4}-\d{2}(?:-\d{2})?$/.test(text)) {
    const parsed = parseCalendarDate(text);
    // The ISO error already quotes the date, so only its reason is kept.
    return parsed.ok ? { date: parsed.date } : { error: parsed.error.replace(/, got ".*"$/, '') };
  }
  return undefined;
}

/** Reads a report's deadline wording ("immediately", "within three months", "by 31 March 2020"). */
export function parseTimescale(text: string): TimescaleParse {
  const shown = text.trim().replace(/\s+/g, ' ');
  const normal = shown.toLowerCase().replace(/\.$/, '');
  const unknown = { ok: false, error: `unknown timescale "${shown}" ${EXPECTED}` } as const;

  if (normal === 'immediately') return { ok: true, timescale: { kind: 'immediately' } };

  const period = WITHIN.exec(normal) ?? NO_LATER_THAN.exec(normal);
  if (period !== null) {
    const [, amountText = '', unitText = ''] = period;
    const amount = parseAmount(amountText);
    if (amount === undefined) return unknown;
    if (amount < 1) {
      return { ok: false, error: `timescale "${shown}" must give an amount of at least one` };
    }
    const plural = unitText.endsWith('s');
    const singular = plural ? unitText.slice(0, -1) : unitText;
    if (plural !== (amount !== 1)) {
      const wanted =
        amount === 1 ? `"${singular}" for an amount of one` : `"${singular}s" for more than one`;
      return { ok: false, error: `timescale "${shown}" should say ${wanted}` };
    }
    if (singular !== 'day' && singular !== 'week' && singular !== 'month') return unknown;
    return { ok: true, timescale: { kind: 'within', amount, unit: singular } };
  }

  const by = BY.exec(normal);
  if (by !== null) {
    const parsed = parseByDate(by[1] ?? '');
    if (parsed === undefined) return unknown;
    if ('error' in parsed) return { ok: false, error: `${parsed.error}, got "${shown}"` };
    return { ok: true, timescale: { kind: 'by', date: parsed.date } };
  }

  return unknown;
}

// A span within one month is given as that month: just as true, and simpler to read than a range.
function span(from: DayDate, to: DayDate): DueDate {
  if (from.year === to.year && from.month === to.month) {
    return { kind: 'month', date: { precision: 'month', year: from.year, month: from.month } };
  }
  return { kind: 'between', from, to };
}

function atPrecision(date: CalendarDate): DueDate {
  switch (date.precision) {
    case 'day':
      return { kind: 'day', date };
    case 'month':
      return { kind: 'month', date };
    case 'year':
      return { kind: 'year', date };
  }
}

/** The due date a timescale gives from a publication date, never inventing a day the publication date lacks. */
export function dueDate(t: Timescale, published: CalendarDate): DueDate {
  switch (t.kind) {
    case 'immediately':
      return atPrecision(published);
    case 'by':
      return atPrecision(t.date);
    case 'within': {
      if (t.unit === 'month') {
        if (published.precision === 'day')
          return { kind: 'day', date: addMonths(published, t.amount) };
        if (published.precision === 'month')
          return { kind: 'month', date: addMonthsToMonth(published, t.amount) };
        // Known only to the year: due within the same span, moved on.
        return span(
          addMonths(firstDay(published), t.amount),
          addMonths(lastDay(published), t.amount),
        );
      }
      const days = t.unit === 'week' ? t.amount * 7 : t.amount;
      if (published.precision === 'day') return { kind: 'day', date: addDays(published, days) };
      return span(addDays(firstDay(published), days), addDays(lastDay(published), days));
    }
  }
}

/** Writes a due date in GOV.UK style, giving a range's shared month or year only once. */
export function formatDueDate(d: DueDate): string {
  if (d.kind !== 'between') return formatDate(d.date);
  const { from, to } = d;
  if (from.year !== to.year) return `${formatDate(from)} to ${formatDate(to)}`;
  const toText = formatDate(to);
  if (from.month === to.month) return `${from.day} to ${toText}`;
  return `${formatDate(from).replace(/ \d+$/, '')} to ${toText}`;
}

/** The earliest day a due date could be. */
export function earliestDueDay(d: DueDate): DayDate {
  return d.kind === 'between' ? d.from : firstDay(d.date);
}

/** The latest day a due date could be: the day after it, the item is past due. */
export function latestDueDay(d: DueDate): DayDate {
  return d.kind === 'between' ? d.to : lastDay(d.date);
}

/** Whether a due date has passed on a given day; 'not yet known' while the day falls within an uncertain due date. */
export function isPastDue(d: DueDate, asOf: DayDate): 'yes' | 'no' | 'not yet known' {
  const today = dayNumber(asOf);
  if (today > dayNumber(latestDueDay(d))) return 'yes';
  if (today <= dayNumber(earliestDueDay(d))) return 'no';
  return 'not yet known';
}

/** Writes a timescale in plain English for display beside its due date. */
export function describeTimescale(t: Timescale): string {
  switch (t.kind) {
    case 'immediately':
      return 'immediately';
    case 'by':
      return `by ${formatDate(t.date)}`;
    case 'within':
      return `within ${t.amount} ${t.unit}${t.amount === 1 ? '' : 's'}`;
  }
}
