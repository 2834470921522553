import { expect, test } from 'vitest';
import { gradeLabel } from '../../src/text/grade-label.ts';
import type { Grade } from '../../src/dataset/types.ts';

const GRADES: Grade[] = [
  { id: 'good', rank: 1, label: 'Good' },
  { id: 'requires-improvement', rank: 2, label: 'Requires improvement' },
  { id: 'inadequate', rank: 3, label: 'Inadequate' },
];

test("gradeLabel(grades, 'requires-improvement') is 'Requires improvement'", () => {
  expect(gradeLabel(GRADES, 'requires-improvement')).toBe('Requires improvement');
});

test('gradeLabel(grades, id) falls back to the id for a grade not on the scale', () => {
  expect(gradeLabel(GRADES, 'outstanding')).toBe('outstanding');
});
