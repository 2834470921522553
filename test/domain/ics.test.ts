import { describe, expect, test } from 'vitest';
import { escapeText, foldLine, icsCalendar } from '../../src/domain/ics.ts';
import { day } from '../support/dates.ts';

describe('ics', () => {
  test('escapeText escapes commas, semicolons, backslashes and newlines', () => {
    expect(escapeText('a, b; c\\d\ne')).toBe('a\\, b\\; c\\\\d\\ne');
  });
  test('foldLine keeps lines to 75 octets, continuing with a space', () => {
    const folded = foldLine(`DESCRIPTION:${'x'.repeat(200)}`);
    for (const l of folded.split('\r\n'))
      expect(new TextEncoder().encode(l).length).toBeLessThanOrEqual(75);
    expect(
      folded
        .split('\r\n')
        .slice(1)
        .every((l) => l.startsWith(' ')),
    ).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(`DESCRIPTION:${'x'.repeat(200)}`);
  });
  test('foldLine never splits a multi-byte character', () => {
    const folded = foldLine(`SUMMARY:${'–'.repeat(40)}`);
    expect(folded.replace(/\r\n /g, '')).toBe(`SUMMARY:${'–'.repeat(40)}`);
  });
  test('icsCalendar writes a due day as a one-day all-day event', () => {
    const ics = icsCalendar(
      'Gwent Police deadlines',
      [
        {
          uid: 'gwent-2019-recommendation-1@example',
          due: { kind: 'day', date: day(2019, 9, 27) },
          summary: 'Recommendation 1 due',
          description: 'Within three months',
          url: null,
        },
      ],
      { date: day(2026, 11, 28) },
    );
    expect(ics).toContain('DTSTART;VALUE=DATE:20190927\r\nDTEND;VALUE=DATE:20190928\r\n');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });
  test('icsCalendar spans a month-precision due date over its whole month', () => {
    const ics = icsCalendar(
      'x',
      [
        {
          uid: 'u',
          due: { kind: 'month', date: { precision: 'month', year: 2020, month: 10 } },
          summary: 's',
          description: 'd',
          url: null,
        },
      ],
      { date: day(2026, 11, 28) },
    );
    expect(ics).toContain('DTSTART;VALUE=DATE:20201001\r\nDTEND;VALUE=DATE:20201101\r\n');
  });
});
