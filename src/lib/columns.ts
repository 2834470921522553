// Column types for the CSV contract. Each turns a raw cell into a typed value or says what it
// expected, so a bad cell becomes "what is wrong (expected …, got …)" at its line and column.
import { parseCalendarDate, type CalendarDate } from './dates.ts';

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

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An id: lower-case letters, digits and single hyphens, safe in page addresses. */
export const id: Column<string> = {
  expected: 'an id of lower-case letters, digits and hyphens',
  parse: (raw) => {
    const v = raw.trim();
    if (!v) return { ok: false, what: 'missing', expected: id.expected };
    return ID.test(v) ? ok(v) : { ok: false, what: 'not a valid id', expected: id.expected };
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

/** A whole number at least `min`, written in digits without separators. */
export function wholeNumber(min: number): Column<number> {
  const expected = `a whole number ≥ ${String(min)}, in digits`;
  return {
    expected,
    parse: (raw) => {
      const v = raw.trim();
      if (!v) return { ok: false, what: 'missing', expected };
      if (!/^\d+$/.test(v)) return { ok: false, what: 'not a whole number', expected };
      const n = Number(v);
      if (!Number.isSafeInteger(n)) return { ok: false, what: 'too large', expected };
      return n >= min ? ok(n) : { ok: false, what: 'too small', expected };
    },
  };
}

/** A decimal number, in digits without separators. */
export const decimal: Column<number> = {
  expected: 'a number in digits, without commas (e.g. 1779 or 86.5)',
  parse: (raw) => {
    const v = raw.trim();
    if (!v) return { ok: false, what: 'missing', expected: decimal.expected };
    return /^-?\d+(?:\.\d+)?$/.test(v)
      ? ok(Number(v))
      : { ok: false, what: 'not a number', expected: decimal.expected };
  },
};

/** A date at day or month precision, never with an invented day. */
export const date: Column<CalendarDate> = {
  expected: 'a date as YYYY-MM-DD, or YYYY-MM when only the month is known',
  parse: (raw) => {
    const v = raw.trim();
    if (!v) return { ok: false, what: 'missing', expected: date.expected };
    const d = parseCalendarDate(v);
    if (d.ok) return ok(d.date);
    // parseCalendarDate's message already says what is wrong and ends with the text it got.
    const what = d.error.startsWith('expected') ? 'not a date' : d.error.replace(/, got ".*"$/, '');
    return { ok: false, what, expected: date.expected };
  },
};

/** A web address. */
export const url: Column<string> = {
  expected: 'a web address starting https:// or http://',
  parse: (raw) => {
    const v = raw.trim();
    try {
      const u = new URL(v);
      if (u.protocol === 'https:' || u.protocol === 'http:') return ok(v);
    } catch {
      // fall through to the error below
    }
    return { ok: false, what: v ? 'not a web address' : 'missing', expected: url.expected };
  },
};
