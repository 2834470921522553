import { describe, expect, test } from 'vitest';
import { toIso } from '../../src/domain/dates.ts';
import {
  describeTimescale,
  dueDate,
  formatDueDate,
  isPastDue,
  parseTimescale,
  type DueDate,
  type Timescale,
} from '../../src/domain/timescale.ts';
import { isoDate, isoDay } from '../support/dates.ts';

function timescale(text: string): Timescale {
  const parsed = parseTimescale(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.timescale;
}

// ISO text tells day, month and range apart, so one string states the whole due date.
function dueIso(d: DueDate): string {
  return d.kind === 'between' ? `${toIso(d.from)} to ${toIso(d.to)}` : toIso(d.date);
}

function unknown(text: string): string {
  return `unknown timescale "${text}" (expected "immediately", "within N days, weeks or months", "no later than N months after publication" or "by <date>")`;
}

const within = (amount: number, unit: 'day' | 'week' | 'month'): Timescale => ({
  kind: 'within',
  amount,
  unit,
});

describe('parseTimescale', () => {
  test.each<[string, Timescale]>([
    ['immediately', { kind: 'immediately' }],
    ['Immediately.', { kind: 'immediately' }],
    ['  IMMEDIATELY \n', { kind: 'immediately' }],
    ['within three months', within(3, 'month')],
    ['Within 3 months.', within(3, 'month')],
    ['within   six\n months', within(6, 'month')],
    ['within one month', within(1, 'month')],
    ['within 1 month', within(1, 'month')],
    ['within one day', within(1, 'day')],
    ['within one week', within(1, 'week')],
    ['within twelve weeks', within(12, 'week')],
    ['within fifty-six days', within(56, 'day')],
    ['within fifty six days', within(56, 'day')],
    ['within twenty days', within(20, 'day')],
    ['within ninety-nine days', within(99, 'day')],
    ['within nineteen days', within(19, 'day')],
    ['within 365 days', within(365, 'day')],
    ['within six months of publication', within(6, 'month')],
    ['within three months of the publication of this report', within(3, 'month')],
    ['within 6 weeks after publication', within(6, 'week')],
    ['within 28 days from publication', within(28, 'day')],
    ['no later than three months after publication', within(3, 'month')],
    ['No later than six months after the publication of this report.', within(6, 'month')],
    ['no later than 28 days after publication', within(28, 'day')],
    ['by 31 March 2020', { kind: 'by', date: isoDate('2020-03-31') }],
    ['By 5 march 2020.', { kind: 'by', date: isoDate('2020-03-05') }],
    ['by 29 February 2020', { kind: 'by', date: isoDate('2020-02-29') }],
    ['by March 2020', { kind: 'by', date: isoDate('2020-03') }],
    ['by 2020-03-31', { kind: 'by', date: isoDate('2020-03-31') }],
    ['by 2020-03', { kind: 'by', date: isoDate('2020-03') }],
  ])("parseTimescale('%s') is understood", (text, expected) => {
    expect(parseTimescale(text)).toEqual({ ok: true, timescale: expected });
  });

  test.each([
    'within a fortnight',
    'asap',
    '',
    'within -3 months',
    'within one hundred days',
    'within twenty-zero days',
    'within three years',
    'within three months of next year',
    'within 3.5 months',
    'no later than three months',
    'by 31 Marchh 2020',
    'by 31st March 2020',
    'by the end of March',
    'immediately and ongoing',
  ])("parseTimescale('%s') rejects unknown wording, naming the accepted forms", (text) => {
    expect(parseTimescale(text)).toEqual({ ok: false, error: unknown(text) });
  });

  test("parseTimescale('  Within   a\\nfortnight ') quotes the text with whitespace collapsed", () => {
    expect(parseTimescale('  Within   a\nfortnight ')).toEqual({
      ok: false,
      error: unknown('Within a fortnight'),
    });
  });

  test.each([
    ['within 0 days', 'timescale "within 0 days" must give an amount of at least one'],
    ['within zero months', 'timescale "within zero months" must give an amount of at least one'],
  ])("parseTimescale('%s') rejects a zero amount", (text, error) => {
    expect(parseTimescale(text)).toEqual({ ok: false, error });
  });

  test.each([
    ['within three month', 'timescale "within three month" should say "months" for more than one'],
    ['within one months', 'timescale "within one months" should say "month" for an amount of one'],
  ])("parseTimescale('%s') rejects a unit that disagrees with its amount", (text, error) => {
    expect(parseTimescale(text)).toEqual({ ok: false, error });
  });

  test.each([
    [
      'by 30 February 2020',
      'not a real date: February 2020 has 29 days, got "by 30 February 2020"',
    ],
    ['by 0 March 2020', 'not a real date: days start at 01, got "by 0 March 2020"'],
    ['by 2019-02-29', 'not a real date: February 2019 has 28 days, got "by 2019-02-29"'],
    ['by 2020-13', 'not a real date: months run 01 to 12, got "by 2020-13"'],
  ])("parseTimescale('%s') rejects an impossible date", (text, error) => {
    expect(parseTimescale(text)).toEqual({ ok: false, error });
  });
});

describe('dueDate from a publication known only to the year', () => {
  const y2015 = { precision: 'year', year: 2015 } as const;
  test('never narrower than the year allows', () => {
    const due = (t: string) => {
      const p = parseTimescale(t);
      if (!p.ok) throw new Error(p.error);
      return formatDueDate(dueDate(p.timescale, y2015));
    };
    expect(due('immediately')).toBe('2015');
    expect(due('within three months')).toBe('1 April 2015 to 31 March 2016');
    expect(due('within 28 days')).toBe('29 January 2015 to 28 January 2016');
  });
});

describe('dueDate', () => {
  test.each([
    ['immediately', '2019-06-27', '2019-06-27'],
    ['immediately', '2020-07', '2020-07'],
    ['within three months', '2019-06-27', '2019-09-27'],
    ['within 3 months', '2019-08-31', '2019-11-30'],
    ['within six months', '2019-06-27', '2019-12-27'],
    ['within one month', '2020-01-31', '2020-02-29'],
    ['within one month', '2019-01-31', '2019-02-28'],
    ['within three months', '2019-11-30', '2020-02-29'],
    ['within six weeks', '2019-06-27', '2019-08-08'],
    ['within fifty-six days', '2019-06-27', '2019-08-22'],
    ['within 28 days', '2020-02-01', '2020-02-29'],
    ['within three months', '2020-07', '2020-10'],
    ['within three months', '2020-11', '2021-02'],
    ['within twelve months', '2020-02', '2021-02'],
    ['within 56 days', '2020-07', '2020-08-26 to 2020-09-25'],
    ['within eight weeks', '2020-07', '2020-08-26 to 2020-09-25'],
    ['within 80 days', '2020-10', '2020-12-20 to 2021-01-19'],
    ['within 28 days', '2020-02', '2020-02-29 to 2020-03-28'],
    ['within 28 days', '2021-02', '2021-03'],
    ['within one day', '2020-07', '2020-07-02 to 2020-08-01'],
    ['by 31 March 2020', '2019-06-27', '2020-03-31'],
    ['by March 2020', '2019-06-27', '2020-03'],
    ['by 31 March 2020', '2019-06', '2020-03-31'],
  ])("dueDate('%s', %s) is %s", (wording, published, expected) => {
    expect(dueIso(dueDate(timescale(wording), isoDate(published)))).toBe(expected);
  });
});

describe('formatDueDate', () => {
  test.each<[DueDate, string]>([
    [{ kind: 'day', date: isoDay('2019-09-27') }, '27 September 2019'],
    [{ kind: 'month', date: { precision: 'month', year: 2020, month: 10 } }, 'October 2020'],
    [
      { kind: 'between', from: isoDay('2020-08-26'), to: isoDay('2020-09-25') },
      '26 August to 25 September 2020',
    ],
    [
      { kind: 'between', from: isoDay('2020-12-20'), to: isoDay('2021-01-19') },
      '20 December 2020 to 19 January 2021',
    ],
    [
      { kind: 'between', from: isoDay('2020-08-03'), to: isoDay('2020-08-10') },
      '3 to 10 August 2020',
    ],
  ])('formatDueDate(%j) is "%s"', (due, text) => {
    expect(formatDueDate(due)).toBe(text);
  });
});

describe('isPastDue', () => {
  const onDay: DueDate = { kind: 'day', date: isoDay('2019-09-27') };
  const inMonth: DueDate = { kind: 'month', date: { precision: 'month', year: 2020, month: 10 } };
  const inRange: DueDate = {
    kind: 'between',
    from: isoDay('2020-08-26'),
    to: isoDay('2020-09-25'),
  };

  test.each<[string, DueDate, string, string]>([
    ['27 September 2019', onDay, '2019-09-26', 'no'],
    ['27 September 2019', onDay, '2019-09-27', 'no'],
    ['27 September 2019', onDay, '2019-09-28', 'yes'],
    ['October 2020', inMonth, '2020-09-30', 'no'],
    ['October 2020', inMonth, '2020-10-01', 'no'],
    ['October 2020', inMonth, '2020-10-15', 'not yet known'],
    ['October 2020', inMonth, '2020-10-31', 'not yet known'],
    ['October 2020', inMonth, '2020-11-01', 'yes'],
    ['26 August to 25 September 2020', inRange, '2020-08-26', 'no'],
    ['26 August to 25 September 2020', inRange, '2020-08-27', 'not yet known'],
    ['26 August to 25 September 2020', inRange, '2020-09-25', 'not yet known'],
    ['26 August to 25 September 2020', inRange, '2020-09-26', 'yes'],
  ])('isPastDue(%s, %s) is %s', (_name, due, asOf, expected) => {
    expect(isPastDue(due, isoDay(asOf))).toBe(expected);
  });
});

describe('describeTimescale', () => {
  test.each([
    ['immediately', 'immediately'],
    ['within three months', 'within 3 months'],
    ['within one month', 'within 1 month'],
    ['no later than six weeks after publication', 'within 6 weeks'],
    ['within fifty-six days of publication', 'within 56 days'],
    ['by 31 March 2020', 'by 31 March 2020'],
    ['by 2020-03', 'by March 2020'],
  ])('describeTimescale(\'%s\') is "%s"', (wording, text) => {
    expect(describeTimescale(timescale(wording))).toBe(text);
  });

  test.each([
    'immediately',
    'within 1 day',
    'within 6 weeks',
    'within 99 months',
    'by 29 February 2020',
    'by July 2020',
  ])("parseTimescale(describeTimescale('%s')) gives the same timescale back", (wording) => {
    const t = timescale(wording);
    expect(timescale(describeTimescale(t))).toEqual(t);
  });
});
