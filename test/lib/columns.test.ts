import { describe, expect, test } from 'vitest';
import {
  blankAs,
  date,
  decimal,
  id,
  oneOf,
  text,
  url,
  wholeNumber,
} from '../../src/lib/columns.ts';

describe('columns', () => {
  test.each([
    ['gwent-2019', true],
    ['Gwent', false],
    ['gwent--2019', false],
    ['gwent 2019', false],
    ['', false],
  ])('id.parse(%j) ok is %s', (raw, ok) => {
    expect(id.parse(raw).ok).toBe(ok);
  });

  test('blankAs(wholeNumber(0)) reads a blank as null ("not published"), never 0', () => {
    expect(blankAs(wholeNumber(0)).parse('  ')).toEqual({ ok: true, value: null });
    expect(blankAs(wholeNumber(0)).parse('0')).toEqual({ ok: true, value: 0 });
  });

  test.each(['2.5', '-1', '1,779', 'ten'])('wholeNumber(0).parse(%j) is refused', (raw) => {
    expect(wholeNumber(0).parse(raw).ok).toBe(false);
  });

  test('wholeNumber(1).parse("0") is too small', () => {
    expect(wholeNumber(1).parse('0')).toEqual({
      ok: false,
      what: 'too small',
      expected: 'a whole number ≥ 1, in digits',
    });
  });

  test('decimal.parse("86.5") is 86.5 and "86%" is refused', () => {
    expect(decimal.parse('86.5')).toEqual({ ok: true, value: 86.5 });
    expect(decimal.parse('86%').ok).toBe(false);
  });

  test('oneOf lists the allowed values in what it expects', () => {
    expect(oneOf(['england', 'wales'] as const).parse('scotland')).toEqual({
      ok: false,
      what: 'not an allowed value',
      expected: 'one of "england", "wales"',
    });
  });

  test('date.parse keeps month precision and refuses impossible days', () => {
    expect(date.parse('2020-07')).toEqual({
      ok: true,
      value: { precision: 'month', year: 2020, month: 7 },
    });
    expect(date.parse('2019-02-29')).toMatchObject({
      ok: false,
      what: 'not a real date: February 2019 has 28 days',
    });
    expect(date.parse('27/06/2019')).toMatchObject({ ok: false, what: 'not a date' });
  });

  test('text.parse trims and refuses blank; url.parse refuses other schemes', () => {
    expect(text.parse('  a  ')).toEqual({ ok: true, value: 'a' });
    expect(text.parse(' ').ok).toBe(false);
    expect(url.parse('javascript:alert(1)').ok).toBe(false);
    expect(url.parse('https://example.org/x').ok).toBe(true);
  });
});
