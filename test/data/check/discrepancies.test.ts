import { describe, expect, test } from 'vitest';
import { checkDiscrepancySubjects } from '../../../src/data/check/discrepancies.ts';
import * as T from '../../../src/data/contract/tables.ts';
import { lineMessages, rowsOf } from '../../support/csv-rows.ts';

const HEADER =
  'id,inspection,kind,subject,value,other_value,other_source,other_location,note,source,location';
const AUDIT = [
  'inspection,sample,assessor,area,grade,count,note,source,location',
  'dorset-2021,all,inspectorate,all,inadequate,28,,report,Chapter 4',
];
const EXPECTED = 'expected case-audit:<sample>/<assessor>/<area>/<grade> or inspections:<field>';

describe('checkDiscrepancySubjects', () => {
  test.each<[string, string, string[]]>([
    ['passes a count that case-audit.csv has', 'case-audit:all/inspectorate/all/inadequate', []],
    ['passes a column of inspections.csv', 'inspections:published', []],
    [
      'reports a subject of neither kind',
      'the inadequate count',
      [`2: subject: not a subject (${EXPECTED}, got "the inadequate count")`],
    ],
    [
      'reports a column inspections.csv lacks',
      'inspections:publication',
      [
        '2: subject: not a column of inspections.csv (expected one of id, force, kind, revisits, baseline_note, fieldwork_start, fieldwork_end, published, dates_note, grade_scale, transcribed, title, source, location, recommendations_made, recommendations_made_source, recommendations_made_location, got "publication")',
      ],
    ],
    [
      'reports a count the inspection does not have',
      'case-audit:all/inspectorate/all/good',
      [
        `2: subject: no such count for dorset-2021 in case-audit.csv (${EXPECTED}, naming a row that exists, got "case-audit:all/inspectorate/all/good")`,
      ],
    ],
  ])('checkDiscrepancySubjects %s', async (_, subject, expected) => {
    const discrepancies = await rowsOf(T.discrepanciesTable, [
      HEADER,
      `dorset-2021-inadequate,dorset-2021,sources-disagree,${subject},28,23,echo,Article text,The Echo gives 23.,oracle,Article text`,
    ]);
    const audit = await rowsOf(T.caseAuditTable, AUDIT);
    expect(lineMessages(checkDiscrepancySubjects(discrepancies, audit))).toEqual(expected);
  });
});

describe('corroborations', () => {
  const CHEADER = 'inspection,subject,value,note,source,location';
  test('a further source must give the value the data uses', async () => {
    const rows = await rowsOf(T.corroborationsTable, [
      CHEADER,
      'dorset-2021,case-audit:all/inspectorate/all/inadequate,28,,echo,Article text',
      'dorset-2021,case-audit:all/inspectorate/all/inadequate,23,,bournemouth,Article text',
    ]);
    const audit = await rowsOf(T.caseAuditTable, AUDIT);
    expect(lineMessages(checkDiscrepancySubjects(rows, audit))).toEqual([
      '3: value: not the value the data uses for case-audit:all/inspectorate/all/inadequate (expected "28", the value in case-audit.csv, got "23")',
    ]);
  });
});
