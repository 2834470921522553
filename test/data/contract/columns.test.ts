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
} from '../../../src/data/contract/columns.ts';

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
      expected: 'a whole number from 1 to 10,000,000, in digits',
    });
  });

  test('a count is at most 10 million and never negative', () => {
    expect(wholeNumber(0).parse('10000000')).toEqual({ ok: true, value: 10_000_000 });
    expect(wholeNumber(0).parse('10000001')).toMatchObject({ ok: false, what: 'too large' });
    expect(wholeNumber(0).parse('1' + '0'.repeat(400))).toMatchObject({
      ok: false,
      what: 'too large',
    });
    expect(wholeNumber(0).parse('-3')).toMatchObject({ ok: false, what: 'negative' });
  });

  test('a decimal is exact as written: up to 15 significant digits, never negative', () => {
    expect(decimal.parse('0.0000001')).toEqual({ ok: true, value: 0.0000001 });
    expect(decimal.parse('123456789012345')).toEqual({ ok: true, value: 123456789012345 });
    expect(decimal.parse('1000000000000000000')).toMatchObject({ ok: false, what: 'too large' });
    expect(decimal.parse('1' + '0'.repeat(400))).toMatchObject({ ok: false, what: 'too large' });
    expect(decimal.parse('9007199254740993')).toMatchObject({ ok: false, what: 'too large' });
    expect(decimal.parse('90071992.54740993')).toMatchObject({
      ok: false,
      what: 'more digits than can be kept exactly',
    });
    expect(decimal.parse('0.' + '1'.repeat(16))).toMatchObject({
      ok: false,
      what: 'more digits than can be kept exactly',
    });
    expect(decimal.parse('-2.5')).toMatchObject({ ok: false, what: 'negative' });
    expect(decimal.parse('1e5')).toMatchObject({ ok: false, what: 'not a number' });
  });

  test('an id is at most 64 characters', () => {
    expect(id.parse('a'.repeat(64)).ok).toBe(true);
    expect(id.parse('a'.repeat(65))).toMatchObject({ ok: false, what: 'too long (65 characters)' });
  });

  test('a date is from 2000 on', () => {
    expect(date.parse('2000-01-01').ok).toBe(true);
    expect(date.parse('0000-01-01').ok).toBe(false);
    expect(date.parse('1999-12')).toMatchObject({ ok: false, what: 'before 2000' });
  });

  test.each([
    ['https://hmicfrs.justiceinspectorates.gov.uk/publications/x/', null],
    [
      'https://hmicfrs.justiceinspectorates.gov.uk@evil.example/',
      'has a user name or password before the host',
    ],
    ['https://user:pw@example.org/', 'has a user name or password before the host'],
    ['http://example.org/', 'not secure (http:)'],
    ['https://example.org/a b', 'has a space, quote, angle bracket or line break'],
    ['https://example.org/"x"', 'has a space, quote, angle bracket or line break'],
    ['https://example.org/\nx', 'has a space, quote, angle bracket or line break'],
    ['javascript:alert(1)', 'not a web address'],
    ['//example.org/', 'not a web address'],
  ])('url.parse(%j) is refused for: %s', (raw, what) => {
    const cell = url.parse(raw);
    if (what === null) expect(cell).toEqual({ ok: true, value: raw });
    else expect(cell).toMatchObject({ ok: false, what });
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
