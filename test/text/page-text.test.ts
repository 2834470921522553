import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  auditName,
  countWithPercent,
  dateRangeText,
  describeSubject,
  displayValue,
  fileLabel,
  formatBytes,
  gradeCountsText,
  keyFigureText,
  percentOf,
  recommendationsHeldText,
  shortInspectionName,
  textBlocks,
} from '../../src/text/page-text.ts';
import type { Grade } from '../../src/dataset/types.ts';

const GRADES: Grade[] = [
  { id: 'good', rank: 1, label: 'Good' },
  { id: 'requires-improvement', rank: 2, label: 'Requires improvement' },
  { id: 'inadequate', rank: 3, label: 'Inadequate' },
];

const counts = (g: number | null, ri: number | null, i: number | null) => [
  { grade: 'good', count: g },
  { grade: 'requires-improvement', count: ri },
  { grade: 'inadequate', count: i },
];

describe('percentages', () => {
  test('round half up, and are always shown with the count', () => {
    expect(percentOf(17, 33)).toBe(52);
    expect(percentOf(1, 8)).toBe(13);
    expect(percentOf(0, 8)).toBe(0);
    expect(countWithPercent(17, 33)).toBe('17 (52%)');
  });

  test('need a total', () => {
    expect(percentOf(3, null)).toBeNull();
    expect(percentOf(3, 0)).toBeNull();
    expect(countWithPercent(3, null)).toBe('3');
  });

  test('stay between 0 and 100 for any count within its total', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100000 }), fc.nat(), (total, k) => {
        const p = percentOf(k % (total + 1), total);
        expect(p).not.toBeNull();
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(100);
      }),
    );
  });
});

describe('file sizes', () => {
  test('GOV.UK style', () => {
    expect(formatBytes(1)).toBe('1 byte');
    expect(formatBytes(979)).toBe('979 bytes');
    expect(formatBytes(7247)).toBe('7.1 KB');
    expect(formatBytes(92989)).toBe('91 KB');
    expect(formatBytes(1_300_000)).toBe('1.2 MB');
    expect(fileLabel('csv', 4096)).toBe('CSV, 4 KB');
  });
});

describe('gradeCountsText', () => {
  test('the headline wording', () => {
    expect(
      gradeCountsText(
        { counts: counts(20, 37, 23), total: 80, notStated: null, absence: 'not-published' },
        GRADES,
      ),
    ).toBe('20 good, 37 requiring improvement, 23 inadequate of 80 cases');
  });

  test('says what was not published rather than showing 0', () => {
    expect(
      gradeCountsText(
        { counts: counts(null, null, 30), total: 79, notStated: 49, absence: 'not-published' },
        GRADES,
      ),
    ).toBe('30 inadequate of 79 cases; the grades of the other 49 were not published');
    expect(
      gradeCountsText(
        { counts: counts(5, null, 2), total: null, notStated: null, absence: 'not-published' },
        GRADES,
      ),
    ).toBe('5 good, 2 inadequate; the number of cases requiring improvement was not published');
  });

  test('of a report this site holds only in part, says what it does not hold, not what was not published', () => {
    const held = { absence: 'not-held' } as const;
    expect(
      gradeCountsText(
        { counts: counts(null, null, 30), total: 79, notStated: 49, ...held },
        GRADES,
      ),
    ).toBe('30 inadequate of 79 cases; the grades of the other 49 are not yet on this site');
    expect(
      gradeCountsText(
        { counts: counts(5, null, 2), total: null, notStated: null, ...held },
        GRADES,
      ),
    ).toBe(
      '5 good, 2 inadequate; the number of cases requiring improvement is not yet on this site',
    );
    // Totals only: the count once, never "no grades published of 374 cases … the other 374".
    expect(
      gradeCountsText(
        { counts: counts(null, null, null), total: 374, notStated: 374, ...held },
        GRADES,
      ),
    ).toBe('374 cases, whose grades are not yet on this site');
  });
});

describe('dates in words', () => {
  test('fieldwork ranges share their month and year', () => {
    const day = (year: number, month: number, d: number) =>
      ({ precision: 'day', year, month, day: d }) as const;
    expect(dateRangeText(day(2019, 2, 4), day(2019, 2, 15))).toBe('4 to 15 February 2019');
    expect(dateRangeText(day(2021, 3, 28), day(2021, 4, 2))).toBe('28 March to 2 April 2021');
    expect(dateRangeText(day(2021, 12, 28), day(2022, 1, 2))).toBe(
      '28 December 2021 to 2 January 2022',
    );
    const jan = { precision: 'month', year: 2020, month: 1 } as const;
    expect(dateRangeText(jan, jan)).toBe('January 2020');
  });

  test('short names use the month', () => {
    expect(
      shortInspectionName('inspection', { precision: 'day', year: 2019, month: 6, day: 27 }),
    ).toBe('Inspection, June 2019');
    expect(
      shortInspectionName('post-inspection-review', { precision: 'month', year: 2020, month: 7 }),
    ).toBe('Post-inspection review, July 2020');
  });

  test('ISO values from the data read as words', () => {
    expect(displayValue('2019-06-27')).toBe('27 June 2019');
    expect(displayValue('2019-06')).toBe('June 2019');
    expect(displayValue('28')).toBe('28');
    expect(displayValue('February 2019')).toBe('February 2019');
  });
});

describe('textBlocks', () => {
  test('lines starting "• " become one list', () => {
    expect(textBlocks('We recommend:\n• one;\n• two; and\n• three.\nThen more.')).toEqual([
      { kind: 'paragraph', text: 'We recommend:' },
      { kind: 'list', items: ['one;', 'two; and', 'three.'] },
      { kind: 'paragraph', text: 'Then more.' },
    ]);
  });

  test('handles Windows line ends and blank lines', () => {
    expect(textBlocks('A\r\n\r\n• b\r\n')).toEqual([
      { kind: 'paragraph', text: 'A' },
      { kind: 'list', items: ['b'] },
    ]);
  });
});

describe('keyFigureText', () => {
  test('keeps the report’s qualifier', () => {
    expect(keyFigureText(577800, 'exact', 'people')).toBe('577,800');
    expect(keyFigureText(53, 'about', 'registered sex offenders per manager')).toBe('about 53');
    expect(keyFigureText(10, 'over', 'hours')).toBe('more than 10');
    expect(keyFigureText(86, 'exact', 'percent')).toBe('86%');
    expect(keyFigureText(12, 'at-most', 'months')).toBe('up to 12');
  });
});

describe('describeSubject', () => {
  const grade = (id: string) => GRADES.find((g) => g.id === id)?.label ?? id;
  const area = (id: string) => (id === 'custody' ? 'Children in custody' : id);
  test('names the figure a discrepancy is about', () => {
    expect(describeSubject('case-audit:all/inspectorate/all/inadequate', grade, area)).toBe(
      'the number of all cases that the inspectorate graded inadequate',
    );
    expect(describeSubject('case-audit:force-selected/force/custody/all', grade, area)).toBe(
      'the number of the cases the force chose in children in custody graded by the force',
    );
    expect(describeSubject('inspections:published', grade, area)).toBe('the publication date');
  });
});

describe('recommendationsHeldText', () => {
  test('without a stated number, what is held', () => {
    expect(recommendationsHeldText(8, null)).toBe('8 recommendations recorded.');
    expect(recommendationsHeldText(1, null)).toBe('1 recommendation recorded.');
    expect(recommendationsHeldText(0, null)).toBe('');
  });
  test('with a stated number, what is held of it', () => {
    expect(recommendationsHeldText(1, 8)).toBe(
      'The report made 8 recommendations; 1 of them is on this site.',
    );
    expect(recommendationsHeldText(5, 8)).toBe(
      'The report made 8 recommendations; 5 of them are on this site.',
    );
    expect(recommendationsHeldText(0, 6)).toBe(
      'The report made 6 recommendations; none of them is on this site yet.',
    );
    expect(recommendationsHeldText(0, 1)).toBe(
      'The report made 1 recommendation; it is not on this site yet.',
    );
    expect(recommendationsHeldText(6, 6)).toBe(
      'The report made 6 recommendations; all are on this site.',
    );
    expect(recommendationsHeldText(0, 0)).toBe('The report made no recommendations.');
  });
});

describe('auditName', () => {
  const month = (year: number, m: number) => ({ precision: 'month' as const, year, month: m });
  const day = (year: number, m: number, d: number) => ({
    precision: 'day' as const,
    year,
    month: m,
    day: d,
  });
  test('names an audit by its fieldwork, which is when its cases were read', () => {
    expect(
      auditName({
        kind: 'inspection',
        published: day(2021, 8, 26),
        fieldworkStart: day(2021, 4, 12),
        fieldworkEnd: day(2021, 4, 23),
      }),
    ).toBe('Inspection, fieldwork April 2021');
    expect(
      auditName({
        kind: 'post-inspection-review',
        published: day(2020, 7, 13),
        fieldworkStart: month(2019, 12),
        fieldworkEnd: month(2020, 1),
      }),
    ).toBe('Post-inspection review, fieldwork December 2019 to January 2020');
  });
  test('by its publication where the fieldwork is not known', () => {
    expect(
      auditName({
        kind: 'inspection',
        published: day(2021, 8, 26),
        fieldworkStart: null,
        fieldworkEnd: null,
      }),
    ).toBe('Inspection, August 2021');
  });
});
