import { beforeAll, describe, expect, test } from 'vitest';
import { areaGradesView, sizeRange } from '../../../src/views/inspection/area-grades.ts';
import type { Dataset } from '../../../src/dataset/types.ts';
import { realData } from '../../support/real-data.ts';

let d: Dataset;
beforeAll(async () => {
  d = await realData();
});

describe('sizeRange', () => {
  test('sizeRange(rows) is the fewest and most cases', () => {
    expect(sizeRange([{ total: 10 }, { total: 6 }, { total: 16 }])).toEqual({
      fewest: 6,
      most: 16,
    });
  });

  test('sizeRange leaves out an unpublished total instead of counting it as 0 cases', () => {
    expect(sizeRange([{ total: 10 }, { total: null }, { total: 16 }])).toEqual({
      fewest: 10,
      most: 16,
    });
    expect(sizeRange([{ total: null }])).toBeNull();
  });
  test('sizeRange([]) is null', () => {
    expect(sizeRange([])).toBeNull();
  });
});

describe('areaGradesView', () => {
  test('Gwent 2019: eight areas, custody first (largest share not graded good)', () => {
    const v = areaGradesView(d, 'gwent-2019');
    expect(v.rows.map((r) => r.key)).toEqual([
      'custody',
      'sex-offenders',
      'sexual-exploitation',
      'other-incidents',
      'missing',
      'section-47',
      'domestic-abuse',
      'police-protection',
    ]);
    expect(v.sizes).toEqual({ fewest: 6, most: 16 });
    expect(v.title).toBe(
      'Child sexual exploitation had the largest share of cases graded inadequate: 9 of 16',
    );
  });

  test('Gwent 2019: each row links to its description and carries its themes', () => {
    const custody = areaGradesView(d, 'gwent-2019').rows[0];
    expect(custody?.href).toBe('#area-custody');
    expect(custody?.area).toBe('custody');
    expect(custody?.themes).toHaveLength(4);
    expect(custody?.definition).toBe(
      'Cases assessed involving children detained in police custody.',
    );
  });

  test("an area's definition is its own report's, or none: never another report's", () => {
    // The same grades with the report's definitions taken away, as for a report whose wording
    // this site does not hold: the name stays, no definition and no definition source appear.
    const withoutDefinitions = { ...d, areaDefinitions: [] };
    const v = areaGradesView(withoutDefinitions, 'gwent-2019');
    expect(v.rows.map((r) => r.definition)).toEqual(v.rows.map(() => null));
    expect(v.rows[0]?.label).toBe('Children in custody');
    expect(v.provenance).toHaveLength(8);
  });

  test("Gwent 2019: sources are each area's grades and its definition, in the data's order", () => {
    expect(areaGradesView(d, 'gwent-2019').provenance).toHaveLength(16);
  });

  test('Dorset 2021: no breakdown was published, so no rows and no size range', () => {
    const v = areaGradesView(d, 'dorset-2021');
    expect(v.rows).toEqual([]);
    expect(v.sizes).toBeNull();
    expect(v.summary).toBe('');
  });
});
