// Column types for the CSV contract. Each turns a raw cell into a typed value or says what it
// expected, so a bad cell becomes "what is wrong (expected …, got …)" at its line and column.
import { format } from 'd3-format';
import {
  parseCalendarDate,
  parseDateOrYear,
  type CalendarDate,
  type DateParse,
} from '../../domain/dates.ts';

/** The result of reading one cell. */
export type Cell<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly expected: string; readonly what?: string };

/** How one column's cells are read. */
export interface Column<T> {
  readonly expected: string;
  readonly parse: (raw: string) => Cell<T>;
}

const ok = <T>(value: T): Cell<T> => ({ ok: true, value });

/** Makes a column accept a blank cell as `null` ("not published", "none"), never as 0 or "". */
export function blankAs<T>(column: Column<T>, meaning = 'blank'): Column<T | null> {
  const expected = `${column.expected}, or ${meaning}`;
  return {
    expected,
    parse: (raw) => {
      if (raw.trim() === '') return ok(null);
      const cell = column.parse(raw);
      return cell.ok ? cell : { ...cell, expected };
    },
  };
}

/** Non-blank text, trimmed. */
export const text: Column<string> = {
  expected: 'text',
  parse: (raw) => {
    const v = raw.trim();
    return v ? ok(v) : { ok: false, what: 'missing', expected: 'text' };
  },
};

/** Non-blank text of at most `max` characters: a label that must fit a table cell or a title. */
export function shortText(max: number): Column<string> {
  const expected = `text of at most ${String(max)} characters`;
  return {
    expected,
    parse: (raw) => {
      const v = raw.trim();
      if (!v) return { ok: false, what: 'missing', expected };
      if (v.length > max)
        return { ok: false, what: `too long (${String(v.length)} characters)`, expected };
      return ok(v);
    },
  };
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The longest id: ids become file and folder names, which file systems limit. */
export const MAX_ID_LENGTH = 64;

/** An id: lower-case letters, digits and single hyphens, safe in page addresses. */
export const id: Column<string> = {
  expected: `an id of lower-case letters, digits and hyphens, at most ${String(MAX_ID_LENGTH)} characters`,
  parse: (raw) => {
    const v = raw.trim();
    if (!v) return { ok: false, what: 'missing', expected: id.expected };
    if (!ID.test(v)) return { ok: false, what: 'not a valid id', expected: id.expected };
    if (v.length > MAX_ID_LENGTH) {
      return {
        ok: false,
        what: `too long (${String(v.length)} characters)`,
        expected: id.expected,
      };
    }
    return ok(v);
  },
};

/** The short content hash the data build prints: 12 lower-case hexadecimal digits. */
export const dataHash: Column<string> = {
  expected: '12 lower-case hexadecimal digits, as the data build prints them',
  parse: (raw) => {
    const v = raw.trim();
    if (!v) return { ok: false, what: 'missing', expected: dataHash.expected };
    return /^[0-9a-f]{12}$/.test(v)
      ? ok(v)
      : { ok: false, what: 'not a data hash', expected: dataHash.expected };
  },
};

/** One of a fixed vocabulary, declared once where the vocabulary is. */
export function oneOf<const V extends string>(values: readonly V[]): Column<V> {
  const expected = `one of ${values.map((v) => `"${v}"`).join(', ')}`;
  const set = new Set<string>(values);
  return {
    expected,
    parse: (raw) => {
      const v = raw.trim();
      return set.has(v)
        ? ok(v as V)
        : { ok: false, what: v ? 'not an allowed value' : 'missing', expected };
    },
  };
}

/**
 * The largest whole number a count may be. Far above any audit or report figure, and far below
 * where arithmetic on it stops being exact, so a stray extra digit is caught, not published.
 */
export const MAX_WHOLE_NUMBER = 10_000_000;

/** A whole number from `min` to 10 million, written in digits without separators. */
export function wholeNumber(min: number): Column<number> {
  const expected = `a whole number from ${String(min)} to ${format(',')(MAX_WHOLE_NUMBER)}, in digits`;
  return {
    expected,
    parse: (raw) => {
      const v = raw.trim();
      if (!v) return { ok: false, what: 'missing', expected };
      if (/^-\d+$/.test(v)) return { ok: false, what: 'negative', expected };
      if (!/^\d+$/.test(v)) return { ok: false, what: 'not a whole number', expected };
      const n = Number(v);
      if (n > MAX_WHOLE_NUMBER) return { ok: false, what: 'too large', expected };
      return n >= min ? ok(n) : { ok: false, what: 'too small', expected };
    },
  };
}

/**
 * The most significant digits a decimal may have: up to 15, a number read from text and written
 * back gives the same digits, so what the report says is what every page and download says.
 */
export const MAX_SIGNIFICANT_DIGITS = 15;

/** A number from 0 to below 10^15, in digits without separators, exact as written. */
export const decimal: Column<number> = {
  expected: `a number of 0 or more in digits, without commas, at most ${String(MAX_SIGNIFICANT_DIGITS)} significant digits (e.g. 1779 or 86.5)`,
  parse: (raw) => {
    const v = raw.trim();
    const expected = decimal.expected;
    if (!v) return { ok: false, what: 'missing', expected };
    if (/^-\d+(?:\.\d+)?$/.test(v)) return { ok: false, what: 'negative', expected };
    if (!/^\d+(?:\.\d+)?$/.test(v)) return { ok: false, what: 'not a number', expected };
    const whole = (v.split('.')[0] ?? '').replace(/^0+/, '');
    if (whole.length > MAX_SIGNIFICANT_DIGITS) return { ok: false, what: 'too large', expected };
    const digits = v.replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
    if (digits.length > MAX_SIGNIFICANT_DIGITS) {
      return { ok: false, what: 'more digits than can be kept exactly', expected };
    }
    return ok(Number(v));
  },
};

/** The earliest year a date may have: the inspections began long after it, so it catches typos. */
export const FIRST_YEAR = 2000;

/**
 * A date column reading cells with `parse`, from 2000 on. That it is not after the build's as-of
 * date is checked across the tables, since a cell does not know that date.
 */
function dateColumn(parse: (text: string) => DateParse, expected: string): Column<CalendarDate> {
  return {
    expected,
    parse: (raw) => {
      const v = raw.trim();
      if (!v) return { ok: false, what: 'missing', expected };
      const d = parse(v);
      if (d.ok && d.date.year < FIRST_YEAR) {
        return { ok: false, what: `before ${String(FIRST_YEAR)}`, expected };
      }
      if (d.ok) return ok(d.date);
      // The parser's message already says what is wrong and ends with the text it got.
      const what = d.error.startsWith('expected')
        ? 'not a date'
        : d.error.replace(/, got ".*"$/, '');
      return { ok: false, what, expected };
    },
  };
}

/** A date at day or month precision, never with an invented day. */
export const date = dateColumn(
  parseCalendarDate,
  `a date as YYYY-MM-DD, or YYYY-MM when only the month is known, from ${String(FIRST_YEAR)} on`,
);

/**
 * A date as `date` reads it, or a year alone (`YYYY`), for an inspection's dates: some sources give
 * only the year ("HMIC published an initial report in 2014").
 */
export const dateOrYear = dateColumn(
  parseDateOrYear,
  `a date as YYYY-MM-DD, or YYYY-MM when only the month is known, or YYYY when only the year is, from ${String(FIRST_YEAR)} on`,
);

/** Why a web address is refused, or null when it is a plain `https:` address. */
function urlFault(v: string): string | null {
  if (/[\s"'<>`]/.test(v)) return 'has a space, quote, angle bracket or line break';
  let u: URL;
  try {
    u = new URL(v);
  } catch {
    return 'not a web address';
  }
  if (u.protocol === 'http:') return 'not secure (http:)';
  if (u.protocol !== 'https:') return 'not a web address';
  // "https://trusted.example@evil.example/" goes to evil.example: a reader would be misled.
  if (u.username !== '' || u.password !== '') return 'has a user name or password before the host';
  return null;
}

/** A web address: absolute, `https:`, with no user name or password. */
export const url: Column<string> = {
  expected: 'a web address starting https://, with no spaces or quotes',
  parse: (raw) => {
    const v = raw.trim();
    if (!v) return { ok: false, what: 'missing', expected: url.expected };
    const fault = urlFault(v);
    return fault === null ? ok(v) : { ok: false, what: fault, expected: url.expected };
  },
};
