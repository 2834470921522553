import { describe, expect, test } from 'vitest';
import { deriveGradeScales } from '../../../src/data/derive/grade-scales.ts';
import * as T from '../../../src/data/contract/tables.ts';
import { lineMessages, rowsOf } from '../../support/csv-rows.ts';

const HEADER = 'scale,grade,rank,label,source,location';

describe('deriveGradeScales', () => {
  test('deriveGradeScales orders grades by rank, whatever the file order', async () => {
    const { scales, problems } = deriveGradeScales(
      await rowsOf(T.gradeScalesTable, [
        HEADER,
        'three-point,inadequate,3,Inadequate,report,Chapter 4',
        'three-point,good,1,Good,report,Chapter 4',
        'three-point,requires-improvement,2,Requires improvement,report,Chapter 4',
      ]),
    );
    expect(problems).toEqual([]);
    expect(scales.get('three-point')?.grades.map((g) => g.id)).toEqual([
      'good',
      'requires-improvement',
      'inadequate',
    ]);
  });

  test('deriveGradeScales reports a gap in the ranks and still builds the scale', async () => {
    const { scales, problems } = deriveGradeScales(
      await rowsOf(T.gradeScalesTable, [
        HEADER,
        'three-point,good,1,Good,report,Chapter 4',
        'three-point,inadequate,3,Inadequate,report,Chapter 4',
      ]),
    );
    expect(lineMessages(problems)).toEqual([
      '3: rank: the ranks of scale "three-point" must run 1, 2, 3 … without gaps or repeats (expected 2, got 3)',
    ]);
    expect(scales.get('three-point')?.grades).toHaveLength(2);
  });
});
