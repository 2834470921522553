import { describe, expect, test } from 'vitest';
import { publicationGaps, type Published } from '../../src/text/publication-gaps.ts';

const EVERYTHING: Published = {
  isReview: false,
  caseGrades: true,
  sampleSplit: true,
  areas: true,
  forceGrades: true,
  recommendations: 8,
  mainFindings: true,
};

describe('publicationGaps', () => {
  test('is empty when everything was published (Gwent 2019)', () => {
    expect(publicationGaps(EVERYTHING)).toEqual([]);
  });

  test.each<[string, Partial<Published>, string[]]>([
    [
      'Dorset 2021: only the totals, no words',
      {
        sampleSplit: false,
        areas: false,
        forceGrades: false,
        recommendations: 1,
        mainFindings: false,
      },
      [
        'the split of the cases by who chose them (force or inspectorate)',
        'a breakdown of the grades by practice area',
        "figures for the force's own grading of its cases",
        'main findings in the report’s words',
      ],
    ],
    [
      'Gwent 2020 review: no re-audit',
      {
        isReview: true,
        caseGrades: false,
        sampleSplit: false,
        areas: false,
        forceGrades: false,
        recommendations: 0,
        mainFindings: false,
      },
      ['re-audit figures (case grades)'],
    ],
    [
      'an inspection with no case audit and no recommendations',
      {
        caseGrades: false,
        sampleSplit: false,
        areas: false,
        forceGrades: false,
        recommendations: 0,
      },
      ['case audit figures', 'recommendations'],
    ],
  ])('%s', (_, change, expected) => {
    expect(publicationGaps({ ...EVERYTHING, ...change })).toEqual(expected);
  });
});
