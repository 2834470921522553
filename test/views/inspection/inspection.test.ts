import { beforeAll, describe, expect, test } from 'vitest';
import { inspectionView } from '../../../src/views/inspection/inspection.ts';
import type { Dataset } from '../../../src/dataset/types.ts';
import { realData } from '../../support/real-data.ts';

let d: Dataset;
beforeAll(async () => {
  d = await realData();
});

describe('inspectionView', () => {
  test('Gwent 2019: every section but the comparison, and nothing missing', () => {
    const v = inspectionView(d, 'gwent-2019');
    expect(v.title).toBe('Gwent Police: national child protection inspection, 2019');
    expect(v.contents.map((c) => c.href)).toEqual([
      '#findings',
      '#case-files',
      '#areas',
      '#agreement',
      '#recommendations',
      '#key-figures',
      '#discrepancies',
      '#related',
    ]);
    expect(v.gaps).toEqual([]);
    expect(v.glossaryTerms).toBe(50);
    expect(v.reviewed).toBeNull();
  });

  test('Gwent 2019: the disputed publication date is noted beside the date', () => {
    const v = inspectionView(d, 'gwent-2019');
    expect(v.dateNotes).toEqual({
      fieldwork: null,
      published: { href: '#discrepancy-gwent-2019-published', text: 'Sources disagree: see note' },
    });
    expect(v.discrepancies.map((x) => [x.id, x.about])).toEqual([
      ['gwent-2019-published', 'the publication date'],
    ]);
  });

  test('Gwent 2020 review: quotes, the comparison and the inspection it followed up', () => {
    const v = inspectionView(d, 'gwent-2020-review');
    expect(v.contents.map((c) => c.href)).toEqual([
      '#findings',
      '#case-files',
      '#compare-heading',
      '#related',
    ]);
    expect(v.gaps).toEqual(['re-audit figures (case grades)']);
    expect(v.reviewed?.id).toBe('gwent-2019');
    expect(v.comparison?.base.id).toBe('gwent-2019');
  });

  test('Dorset 2021: only totals held, and its recommendation is incomplete', () => {
    const v = inspectionView(d, 'dorset-2021');
    expect(v.gaps).toEqual([
      'the split of the cases by who chose them (force or inspectorate)',
      'a breakdown of the grades by practice area',
      "figures for the force's own grading of its cases",
      'main findings in the report’s words',
    ]);
    expect(v.partialRecommendations).toBe(true);
    expect(v.contents.map((c) => c.href)).toEqual([
      '#case-files',
      '#recommendations',
      '#discrepancies',
      '#related',
    ]);
  });

  test('an unknown id fails loudly', () => {
    expect(() => inspectionView(d, 'nowhere-2019')).toThrow('no inspection "nowhere-2019"');
  });
});
