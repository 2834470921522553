import { expect, test } from 'vitest';
import { gradedRows } from '../../src/charts/graded-rows.ts';

test('gradedRows(rows) keeps only what a bar chart draws', () => {
  const counts = [{ grade: 'good', count: 20 }];
  const row = { key: 'all', label: 'All cases', counts, total: 80, notStated: null };
  const tableRow = { ...row, href: '#all', isTotal: true, notes: {} };
  expect(gradedRows([tableRow])).toEqual([row]);
});
