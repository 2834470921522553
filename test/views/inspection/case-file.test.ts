import { sampleLabel } from '../../../src/text/labels.ts';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  caseFileView,
  corroborationText,
  gradeChoicesText,
} from '../../../src/views/inspection/case-file.ts';
import { gradesOf } from '../../../src/dataset/queries.ts';
import type { Dataset } from '../../../src/dataset/types.ts';
import { realData } from '../../support/real-data.ts';

let d: Dataset;
beforeAll(async () => {
  d = await realData();
});

test("sampleLabel('force-selected') says the force also graded them", () => {
  expect(sampleLabel('force-selected')).toBe('Cases the force chose and also graded itself');
  expect(sampleLabel('all')).toBe('All cases');
});

test('gradeChoicesText(three-point scale) is "good, requires improvement or inadequate"', () => {
  expect(gradeChoicesText(gradesOf(d, 'gwent-2019'))).toBe(
    'good, requires improvement or inadequate',
  );
});

describe('caseFileView', () => {
  test('Dorset 2021: the note on its counts reaches the page, once though four counts carry it', () => {
    expect(caseFileView(d, 'dorset-2021').auditNotes).toEqual([
      'All cases examined in the April 2021 inspection, as reported after the 2022 review.',
    ]);
  });

  test('Gwent 2019: no notes on its counts, so none shown', () => {
    expect(caseFileView(d, 'gwent-2019').auditNotes).toEqual([]);
  });

  test('Gwent 2019: a row for each sample, all cases as the total', () => {
    const v = caseFileView(d, 'gwent-2019');
    expect(v.rows.map((r) => [r.key, r.total, r.isTotal])).toEqual([
      ['force-selected', 33, false],
      ['inspectorate-selected', 47, false],
      ['all', 80, true],
    ]);
    expect(v.hasSampleSplit).toBe(true);
    expect(v.headline?.sample).toBe('all');
    expect(v.title).toBe('Inspectors graded 23 of 80 cases inadequate');
  });

  test('Gwent 2019: the summary gives all cases, then each sample', () => {
    expect(caseFileView(d, 'gwent-2019').summary).toBe(
      'Of 80 cases, inspectors graded 20 good, 37 requiring improvement and 23 inadequate. ' +
        'Cases the force chose and also graded itself: 10 good, 17 requiring improvement, 6 inadequate of 33 cases. ' +
        'Cases the inspectorate chose: 10 good, 20 requiring improvement, 17 inadequate of 47 cases.',
    );
  });

  test('Dorset 2021: one row, not a total, with the disputed inadequate count noted', () => {
    const v = caseFileView(d, 'dorset-2021');
    expect(v.hasSampleSplit).toBe(false);
    expect(v.rows.map((r) => [r.key, r.total, r.isTotal])).toEqual([['all', 83, false]]);
    expect(v.rows[0]?.notes).toEqual({
      inadequate: {
        href: '#discrepancy-dorset-2021-inadequate',
        text: 'Sources disagree: see note',
      },
    });
    expect(v.notes).toEqual([
      { href: '#discrepancy-dorset-2021-inadequate', text: 'Sources disagree: see note' },
    ]);
    expect(v.discrepancies.map((x) => x.text)).toEqual([
      'The number of all cases that the inspectorate graded inadequate: this site uses 28; another source gives 23.',
    ]);
  });

  test('Gwent 2020 review: no case audit, so no headline, rows or sources', () => {
    const v = caseFileView(d, 'gwent-2020-review');
    expect(v.headline).toBeNull();
    expect(v.rows).toEqual([]);
    expect(v.summary).toBe('');
    expect(v.provenance).toEqual([]);
  });
});

describe('further sources', () => {
  test('Dorset 2021: the Dorset Echo gives the same four counts as Police Oracle', () => {
    const v = caseFileView(d, 'dorset-2021');
    expect(v.corroborations.map((c) => [c.subject, c.value, c.provenance.source])).toEqual([
      ['case-audit:all/inspectorate/all/good', '20', 'dorset-echo-19537973'],
      ['case-audit:all/inspectorate/all/requires-improvement', '35', 'dorset-echo-19537973'],
      ['case-audit:all/inspectorate/all/inadequate', '28', 'dorset-echo-19537973'],
      ['case-audit:all/inspectorate/all/all', '83', 'dorset-echo-19537973'],
    ]);
    expect(corroborationText(v.corroborations)).toBe('Another source gives the same 4 figures.');
  });
  test('Gwent 2019: none', () => {
    expect(caseFileView(d, 'gwent-2019').corroborations).toEqual([]);
  });
  test('one figure, or several sources', () => {
    const p = (source: string) => ({ provenance: { source, location: 'Article text' } });
    expect(corroborationText([p('a')])).toBe('Another source gives the same figure.');
    expect(corroborationText([p('a'), p('b')])).toBe('Other sources give the same 2 figures.');
  });
});
