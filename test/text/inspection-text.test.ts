import { beforeAll, describe, expect, test } from 'vitest';
import {
  forceOf,
  gradesOf,
  headlineDistribution,
  inspectionOf,
  relatedInspections,
} from '../../src/dataset/queries.ts';
import {
  inspectionDescription,
  inspectionTitle,
  relatedItems,
} from '../../src/text/inspection-text.ts';
import type { Dataset } from '../../src/dataset/types.ts';
import { realData } from '../support/real-data.ts';

let d: Dataset;
beforeAll(async () => {
  d = await realData();
});

const describeOf = (id: string): string => {
  const i = inspectionOf(d, id);
  return inspectionDescription(
    forceOf(d, i.force),
    i,
    headlineDistribution(d, id),
    gradesOf(d, id),
  );
};

test("inspectionTitle(Gwent 2020 review) is 'Gwent Police: post-inspection review, 2020'", () => {
  const i = inspectionOf(d, 'gwent-2020-review');
  expect(inspectionTitle(forceOf(d, 'gwent'), i)).toBe(
    'Gwent Police: post-inspection review, 2020',
  );
});

describe('inspectionDescription', () => {
  test('Dorset 2021 gives its headline grades', () => {
    expect(describeOf('dorset-2021')).toBe(
      'Dorset Police, national child protection inspection published 26 August 2021: inspectors graded 20 good, 35 requiring improvement, 28 inadequate of 83 cases.',
    );
  });

  test('Gwent 2020 review, held only in part, never says its re-audit figures were unpublished', () => {
    // The review's report is not held here: it may well give re-audit figures.
    expect(describeOf('gwent-2020-review')).toBe(
      'Gwent Police, post-inspection review published July 2020: its dates and sources; this site does not yet hold its re-audit figures.',
    );
  });
});

describe('relatedItems', () => {
  test("Gwent 2019's review: its re-audit figures are not yet on this site", () => {
    expect(relatedItems(d, relatedInspections(d, 'gwent-2019'), false)).toEqual([
      {
        id: 'gwent-2020-review',
        name: 'Post-inspection review, July 2020',
        outcome: 're-audit figures not yet on this site',
      },
    ]);
  });

  test("Dorset 2022 review's inspection graded 20/35/28 of 83", () => {
    expect(relatedItems(d, relatedInspections(d, 'dorset-2022-review'), true)).toEqual([
      {
        id: 'dorset-2021',
        name: 'Inspection, August 2021',
        outcome: 'inspectors graded 20 good, 35 requiring improvement, 28 inadequate of 83 cases',
      },
    ]);
  });
});
