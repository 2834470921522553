import { expect, test } from 'vitest';
import {
  inspectionContents,
  type InspectionSections,
} from '../../../src/views/inspection/contents.ts';

const NONE: InspectionSections = {
  isReview: false,
  findings: false,
  comparison: false,
  areas: false,
  agreement: false,
  deadlines: false,
  keyFigures: false,
  discrepancies: false,
  related: false,
};

test('inspectionContents(nothing else) still lists the case file analysis', () => {
  expect(inspectionContents(NONE)).toEqual([{ href: '#case-files', label: 'Case file analysis' }]);
});

test('inspectionContents(every section) lists them in page order', () => {
  const all = Object.fromEntries(
    Object.keys(NONE).map((k) => [k, true]),
  ) as unknown as InspectionSections;
  expect(inspectionContents({ ...all, isReview: false }).map((c) => c.href)).toEqual([
    '#findings',
    '#case-files',
    '#compare-heading',
    '#areas',
    '#agreement',
    '#recommendations',
    '#key-figures',
    '#discrepancies',
    '#related',
  ]);
});

test("inspectionContents(review) names the related section 'The inspection reviewed'", () => {
  expect(inspectionContents({ ...NONE, isReview: true, related: true }).at(-1)).toEqual({
    href: '#related',
    label: 'The inspection reviewed',
  });
  expect(inspectionContents({ ...NONE, related: true }).at(-1)?.label).toBe('Later reviews');
});
