import { beforeAll, expect, test } from 'vitest';
import { dayNumber, firstDay } from '../../../src/domain/dates.ts';
import {
  agreementExample,
  firstAgreement,
  witnessTable,
} from '../../../src/views/methodology/agreement-examples.ts';
import type { Agreement, Dataset } from '../../../src/dataset/types.ts';
import { realData } from '../../support/real-data.ts';

let d: Dataset;
let gwent: Agreement;
beforeAll(async () => {
  d = await realData();
  gwent = d.agreements.find((a) => a.inspection === 'gwent-2019') as Agreement;
});

test('witnessTable(x) totals each row and column', () => {
  const t = witnessTable(
    'T',
    [
      [4, 17, 6],
      [6, 0, 0],
      [0, 0, 0],
    ],
    ['G', 'RI', 'I'],
    33,
  );
  expect(t.rows.map((r) => [r.label, r.total])).toEqual([
    ['G', 27],
    ['RI', 6],
    ['I', 0],
  ]);
  expect(t.columnTotals).toEqual([10, 17, 6]);
});

test('agreementExample(Gwent 2019) gives both sets of grades and the 4-to-16 range', () => {
  const x = agreementExample(d, gwent);
  expect(x.force).toBe('Gwent Police');
  expect(x.year).toBe(2019);
  expect(x.forceGrades).toBe('27 good, 6 requiring improvement, 0 inadequate');
  expect(x.inspectorateGrades).toBe('10 good, 17 requiring improvement, 6 inadequate');
  expect(x.same).toEqual({ min: 4, max: 16 });
  expect(x.tables.map((t) => t.title)).toEqual([
    'One way the figures could fit with only 4 the same',
    'One way the figures could fit with 16 the same',
  ]);
});

test("agreementExample(Gwent 2019)'s tables both fit the published totals", () => {
  for (const t of agreementExample(d, gwent).tables) {
    expect(t.rows.map((r) => r.total)).toEqual([27, 6, 0]);
    expect(t.columnTotals).toEqual([10, 17, 6]);
    expect(t.cases).toBe(33);
  }
});

test('firstAgreement is of the earliest-published inspection, whatever order the data is in', () => {
  const first = firstAgreement(d);
  expect(first).not.toBeNull();
  const day = (id: string) => {
    const p = d.inspections.find((i) => i.id === id)?.published;
    return p ? dayNumber(firstDay(p)) : Infinity;
  };
  for (const a of d.agreements)
    expect(day(first?.inspection ?? '')).toBeLessThanOrEqual(day(a.inspection));
  const reversed = {
    ...d,
    agreements: [...d.agreements].reverse(),
    inspections: [...d.inspections].reverse(),
  };
  expect(firstAgreement(reversed)).toEqual(first);
  expect(firstAgreement({ ...d, agreements: [] })).toBeNull();
});
