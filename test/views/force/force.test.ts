import { beforeAll, describe, expect, test } from 'vitest';
import { forceComparisons } from '../../../src/views/comparison/baseline.ts';
import { gradesOf, headlineDistribution, inspectionOf } from '../../../src/dataset/queries.ts';
import {
  chartNote,
  comparedInspections,
  forceGradeCharts,
  forceView,
  inspectionOutcome,
  policeArea,
} from '../../../src/views/force/force.ts';
import type { Dataset, Discrepancy, Force, Place } from '../../../src/dataset/types.ts';
import { realData } from '../../support/real-data.ts';

let d: Dataset;
beforeAll(async () => {
  d = await realData();
});

describe('inspectionOutcome', () => {
  test('Gwent 2019: its grades and its 8 recommendations', () => {
    const i = inspectionOf(d, 'gwent-2019');
    expect(inspectionOutcome(headlineDistribution(d, i.id), gradesOf(d, i.id), i, 8)).toBe(
      'Inspectors graded 20 good, 37 requiring improvement, 23 inadequate of 80 cases. 8 recommendations recorded.',
    );
  });

  test('Dorset 2021: the 1 recommendation held, of the 8 the report made', () => {
    const i = inspectionOf(d, 'dorset-2021');
    expect(inspectionOutcome(headlineDistribution(d, i.id), gradesOf(d, i.id), i, 1)).toMatch(
      / The report made 8 recommendations; 1 of them is on this site\.$/,
    );
  });

  test('Gwent 2020 review: no re-audit, and no recommendations said', () => {
    const i = inspectionOf(d, 'gwent-2020-review');
    expect(inspectionOutcome(null, gradesOf(d, i.id), i, 0)).toBe(
      'This site does not yet hold re-audit figures for this review.',
    );
  });
});

test("chartNote(Dorset's disputed count) names the inspection and both figures", () => {
  const x = d.discrepancies.find((y) => y.id === 'dorset-2021-inadequate') as Discrepancy;
  expect(chartNote(x, inspectionOf(d, 'dorset-2021'))).toEqual({
    text: 'Inspection, August 2021: sources disagree (this site uses 28, another figure is 23).',
    href: '/inspections/dorset-2021/#discrepancy-dorset-2021-inadequate',
  });
});

test('comparedInspections(Dorset) is both Dorset inspections; Gwent has none (no re-audit)', () => {
  expect([...comparedInspections(forceComparisons(d, 'dorset'))]).toEqual([
    'dorset-2021',
    'dorset-2022-review',
  ]);
  expect(comparedInspections(forceComparisons(d, 'gwent')).size).toBe(0);
});

describe('forceGradeCharts', () => {
  test('Gwent: one three-point chart of the 2019 inspection', () => {
    const [chart, ...rest] = forceGradeCharts(d, 'gwent', new Set());
    expect(rest).toEqual([]);
    expect(chart?.scale).toBe('three-point');
    expect(chart?.rows.map((r) => [r.key, r.label, r.href])).toEqual([
      ['gwent-2019', 'Inspection, June 2019', '/inspections/gwent-2019/'],
    ]);
    expect(chart?.heading).toBe('Inspectors graded 23 of 80 cases inadequate in 2019');
    expect(chart?.summary).toBe(
      'Inspection, June 2019: 20 good, 37 requiring improvement, 23 inadequate of 80 cases.',
    );
    expect(chart?.notes).toEqual([]);
  });

  test('Dorset without its compared inspections: no chart', () => {
    expect(forceGradeCharts(d, 'dorset', new Set(['dorset-2021', 'dorset-2022-review']))).toEqual(
      [],
    );
  });

  test("Dorset with both: a chart of two rows, with the note on 2021's disputed count", () => {
    const [chart] = forceGradeCharts(d, 'dorset', new Set(), '/site/');
    expect(chart?.rows.map((r) => r.href)).toEqual([
      '/site/inspections/dorset-2021/',
      '/site/inspections/dorset-2022-review/',
    ]);
    expect(chart?.notes.map((n) => n.href)).toEqual([
      '/site/inspections/dorset-2021/#discrepancy-dorset-2021-inadequate',
    ]);
  });
});

test('forceView(Gwent) lists both inspections, the 2019 one with its disputed date', () => {
  const v = forceView(d, 'gwent');
  expect(v.inspections.map((x) => [x.inspection.id, x.dateNotes.map((n) => n.id)])).toEqual([
    ['gwent-2019', ['gwent-2019-published']],
    ['gwent-2020-review', []],
  ]);
  expect(v.charts).toHaveLength(1);
  expect(v.comparisons.map((c) => c.revisit.id)).toEqual(['gwent-2020-review']);
});

describe('policeArea', () => {
  const force = { id: 'gwent', name: 'Gwent Police' } as Force;
  const at = (place: string): Place => ({
    force: 'gwent',
    place,
    provenance: { source: 'police-areas-wales-order-1995', location: 'Article 2(3), Gwent' },
  });

  test('names every place in the data’s order, with where the area is defined', () => {
    const area = policeArea(force, ['Blaenau Gwent', 'Newport', 'Torfaen'].map(at));
    expect(area?.text).toBe(
      'Gwent Police’s police area includes Blaenau Gwent, Newport and Torfaen.',
    );
    expect(area?.provenance).toHaveLength(3);
  });

  test('says nothing, rather than an empty list, for a force with no places held', () => {
    expect(policeArea(force, [])).toBeNull();
  });

  test('the real data: Gwent’s area as the law that set it names it', () => {
    const area = forceView(d, 'gwent').area;
    expect(area?.text).toBe(
      'Gwent Police’s police area includes Monmouthshire, Blaenau Gwent, Caerphilly, Newport and Torfaen.',
    );
    expect(new Set(area?.provenance.map((p) => p.source))).toEqual(
      new Set(['police-areas-wales-order-1995']),
    );
  });
});
