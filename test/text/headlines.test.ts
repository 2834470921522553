import { describe, expect, test } from 'vitest';
import {
  agreementHeadline,
  areasHeadline,
  gradesHeadline,
  leadFinding,
  naturalFrequency,
  seriesHeadline,
  timelineHeadline,
} from '../../src/text/headlines.ts';
import { agreementRange } from '../../src/domain/agreement.ts';
import type { Agreement, Deadline, Grade } from '../../src/dataset/types.ts';

const GRADES: Grade[] = [
  { id: 'good', rank: 1, label: 'Good' },
  { id: 'requires-improvement', rank: 2, label: 'Requires improvement' },
  { id: 'inadequate', rank: 3, label: 'Inadequate' },
];
const dist = (g: number | null, ri: number | null, i: number | null, total: number | null) => ({
  counts: [
    { grade: 'good', count: g },
    { grade: 'requires-improvement', count: ri },
    { grade: 'inadequate', count: i },
  ],
  total,
  notStated: null,
  absence: 'not-published' as const,
});

describe('gradesHeadline', () => {
  test('states the least favourable published grade', () => {
    expect(gradesHeadline(dist(20, 37, 23, 80), GRADES)).toBe(
      'Inspectors graded 23 of 80 cases inadequate',
    );
    expect(gradesHeadline(dist(20, 37, null, 80), GRADES)).toBe(
      'Inspectors graded 37 of 80 cases as requiring improvement; the number graded inadequate was not published',
    );
    expect(gradesHeadline({ ...dist(20, 37, null, 80), absence: 'not-held' }, GRADES)).toBe(
      'Inspectors graded 37 of 80 cases as requiring improvement; the number graded inadequate is not yet on this site',
    );
    expect(gradesHeadline(dist(null, null, null, 80), GRADES)).toBe(
      'Inspectors audited 80 cases; their grades were not published',
    );
  });
  test('says "not yet on this site", never "not published", of a report held in part', () => {
    const held = { ...dist(null, null, null, 374), absence: 'not-held' as const };
    expect(gradesHeadline(held, GRADES)).toBe(
      'Inspectors audited 374 cases; their grades are not yet on this site',
    );
    expect(gradesHeadline({ ...held, total: null }, GRADES)).toBe('No grades yet on this site');
    expect(gradesHeadline({ ...held, total: 1 }, GRADES)).toBe(
      'Inspectors audited 1 case; their grades are not yet on this site',
    );
  });
});

describe('areasHeadline', () => {
  test('names the area with the largest share graded inadequate, ties together', () => {
    const rows = [
      { label: 'Custody', ...dist(0, 6, 2, 8) },
      { label: 'CSE', ...dist(3, 4, 9, 16) },
      { label: 'Missing', ...dist(2, 5, 2, 9) },
    ];
    expect(areasHeadline(rows, GRADES)).toBe(
      'CSE had the largest share of cases graded inadequate: 9 of 16',
    );
    const tied = [
      { label: 'A', ...dist(1, 1, 2, 4) },
      { label: 'B', ...dist(2, 2, 4, 8) },
    ];
    expect(areasHeadline(tied, GRADES)).toBe(
      'A and B had the largest share of cases graded inadequate: 2 of 4 and 4 of 8',
    );
  });
});

describe('agreementHeadline', () => {
  test('states what must be true whatever the pairing', () => {
    const a: Agreement = {
      inspection: 'x',
      sample: 'force-selected',
      grades: GRADES.map((g) => g.id),
      force: [27, 6, 0],
      inspectorate: [10, 17, 6],
      range: agreementRange([27, 6, 0], [10, 17, 6]),
      exact: null,
      provenance: [],
    };
    expect(agreementHeadline(a)).toBe(
      "Inspectors graded at least 17 of the force's 33 cases less favourably than the force did",
    );
  });

  const both = (force: number[], inspectorate: number[]): Agreement => ({
    inspection: 'x',
    sample: 'force-selected',
    grades: GRADES.map((g) => g.id),
    force,
    inspectorate,
    range: agreementRange(force, inspectorate),
    exact: null,
    provenance: [],
  });

  test('a range where the counts allow one', () => {
    expect(agreementHeadline(both([1, 0, 1], [1, 0, 1]))).toBe(
      'Inspectors and the force could have agreed on between 0 and 2 of 2 cases',
    );
  });

  test('no range from a number to itself: every case in one grade on both sides', () => {
    expect(agreementHeadline(both([0, 15, 0], [0, 15, 0]))).toBe(
      'Inspectors and the force gave the same grade to 15 of 15 cases',
    );
  });
});

describe('seriesHeadline', () => {
  test('one grade over time', () => {
    expect(
      seriesHeadline(
        [
          { when: '2021', d: dist(20, 35, 28, 83) },
          { when: '2022', d: dist(10, 10, 11, 31) },
        ],
        GRADES,
      ),
    ).toBe('Inspectors graded 28 of 83 cases inadequate in 2021 and 11 of 31 in 2022');
  });
});

describe('timelineHeadline', () => {
  const due = (day: number, pastDue: Deadline['pastDue']): Deadline => ({
    timescaleText: 'within three months',
    timescale: { kind: 'within', amount: 3, unit: 'month' },
    due: { kind: 'day', date: { precision: 'day', year: 2019, month: 9, day } },
    dueText: `${day} September 2019`,
    pastDue,
  });
  test('gives the last due date', () => {
    expect(timelineHeadline([due(1, 'yes'), due(27, 'yes')])).toBe(
      'Both recommendations were due by 27 September 2019',
    );
    expect(timelineHeadline([due(27, 'no')])).toBe(
      'The recommendation is due by 27 September 2019',
    );
    expect(timelineHeadline([due(1, 'yes'), due(27, 'no')])).toMatch(/^1 of 2/);
    expect(timelineHeadline([])).toBe('No recommendations are recorded');
  });
});

describe('naturalFrequency', () => {
  test('exact where it is, about where it is near, with small denominators', () => {
    expect(naturalFrequency(60, 80)).toBe('3 in 4');
    expect(naturalFrequency(57, 80)).toBe('about 7 in 10');
    expect(naturalFrequency(40, 80)).toBe('1 in 2');
    expect(naturalFrequency(21, 31)).toBe('about 2 in 3');
    expect(naturalFrequency(3, 80)).toBe('fewer than 1 in 10');
    expect(naturalFrequency(78, 80)).toBe('almost all');
    expect(naturalFrequency(0, 80)).toBe('none');
    expect(naturalFrequency(80, 80)).toBe('all');
  });
});

describe('leadFinding', () => {
  test('Gwent 2019: 3 in 4 audited cases were not graded good: 60 of 80', () => {
    expect(leadFinding(dist(20, 37, 23, 80), GRADES)).toBe(
      '3 in 4 audited cases were not graded good: 60 of 80',
    );
  });
  test('Dorset 2022 review: about 2 in 3, counts beside it', () => {
    expect(leadFinding(dist(10, 10, 11, 31), GRADES)).toBe(
      'About 2 in 3 audited cases were not graded good: 21 of 31',
    );
  });
  test('counts alone for fewer than 20 cases; all or none said as such', () => {
    expect(leadFinding(dist(2, 5, 2, 9), GRADES)).toBe('7 of 9 audited cases were not graded good');
    expect(leadFinding(dist(30, 0, 0, 30), GRADES)).toBe('All 30 audited cases were graded good');
    expect(leadFinding(dist(0, 20, 10, 30), GRADES)).toBe(
      'None of the 30 audited cases was graded good',
    );
  });
  test('nothing to lead with where the top grade or the total is not known', () => {
    expect(leadFinding(dist(null, 37, 23, 80), GRADES)).toBeNull();
    expect(leadFinding(dist(20, null, null, null), GRADES)).toBeNull();
  });
});
