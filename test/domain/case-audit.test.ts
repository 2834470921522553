import { describe, expect, test } from 'vitest';
import { checkSums, distributions, type CountCell } from '../../src/domain/case-audit.ts';
import type { Assessor, Sample } from '../../src/domain/vocabulary.ts';

const GRADES = ['good', 'requires-improvement', 'inadequate'];

function cells(rows: [Sample, Assessor, string, string, number | null][]): CountCell<number>[] {
  return rows.map(([sample, assessor, area, grade, count], i) => ({
    inspection: 'x',
    sample,
    assessor,
    area,
    grade,
    count,
    provenance: { source: 'report', location: 'Chapter 4' },
    at: i + 2,
  }));
}

describe('checkSums', () => {
  test('checkSums passes grades that add up to the stated total', () => {
    const c = cells([
      ['force-selected', 'force', 'all', 'good', 27],
      ['force-selected', 'force', 'all', 'requires-improvement', 6],
      ['force-selected', 'force', 'all', 'inadequate', 0],
      ['force-selected', 'force', 'all', 'all', 33],
    ]);
    expect(checkSums(c, GRADES)).toEqual([]);
  });

  test('checkSums finds grades for the same 33 cases that sum to 34', () => {
    const c = cells([
      ['force-selected', 'force', 'all', 'good', 28],
      ['force-selected', 'force', 'all', 'requires-improvement', 6],
      ['force-selected', 'force', 'all', 'inadequate', 0],
      ['force-selected', 'force', 'all', 'all', 33],
    ]);
    expect(checkSums(c, GRADES)).toMatchObject([
      { subject: 'force-selected/force/all/all', total: 33, sum: 34, exceeds: false, at: 5 },
    ]);
  });

  test('checkSums does not check a total whose parts are not all published', () => {
    const c = cells([
      ['all', 'inspectorate', 'all', 'inadequate', 30],
      ['all', 'inspectorate', 'all', 'good', null],
      ['all', 'inspectorate', 'all', 'all', 79],
    ]);
    expect(checkSums(c, GRADES)).toEqual([]);
  });

  test('checkSums flags published parts that already exceed the total', () => {
    const c = cells([
      ['all', 'inspectorate', 'all', 'inadequate', 80],
      ['all', 'inspectorate', 'all', 'all', 79],
    ]);
    expect(checkSums(c, GRADES)).toMatchObject([{ total: 79, sum: 80, exceeds: true }]);
  });

  test('checkSums checks practice areas against the all-areas row, grade by grade', () => {
    const c = cells([
      ['all', 'inspectorate', 'missing', 'good', 2],
      ['all', 'inspectorate', 'custody', 'good', 0],
      ['all', 'inspectorate', 'all', 'good', 3],
    ]);
    expect(checkSums(c, GRADES)).toMatchObject([
      { subject: 'all/inspectorate/all/good', sum: 2, total: 3 },
    ]);
  });

  test('checkSums checks the two samples against all cases', () => {
    const c = cells([
      ['force-selected', 'inspectorate', 'all', 'good', 10],
      ['inspectorate-selected', 'inspectorate', 'all', 'good', 10],
      ['all', 'inspectorate', 'all', 'good', 21],
    ]);
    expect(checkSums(c, GRADES)).toMatchObject([
      { subject: 'all/inspectorate/all/good', sum: 20, total: 21 },
    ]);
  });
});

describe('distributions', () => {
  test('distributions keeps an unpublished grade as null and counts the cases not stated', () => {
    const [d] = distributions(
      cells([
        ['all', 'inspectorate', 'all', 'inadequate', 30],
        ['all', 'inspectorate', 'all', 'all', 79],
      ]),
      GRADES,
    );
    expect(d).toMatchObject({
      counts: [
        { grade: 'good', count: null },
        { grade: 'requires-improvement', count: null },
        { grade: 'inadequate', count: 30 },
      ],
      total: 79,
      totalBasis: 'stated',
      notStated: 49,
      complete: false,
    });
  });

  test('distributions derives a total from complete grades and says so', () => {
    const [d] = distributions(
      cells([
        ['all', 'inspectorate', 'custody', 'good', 0],
        ['all', 'inspectorate', 'custody', 'requires-improvement', 6],
        ['all', 'inspectorate', 'custody', 'inadequate', 2],
      ]),
      GRADES,
    );
    expect(d).toMatchObject({
      total: 8,
      totalBasis: 'sum of grades',
      notStated: null,
      complete: true,
    });
  });

  test('distributions leaves the total unknown when grades are missing and no total is stated', () => {
    const [d] = distributions(cells([['all', 'inspectorate', 'all', 'good', 20]]), GRADES);
    expect(d).toMatchObject({ total: null, totalBasis: 'not published', notStated: null });
  });
});
