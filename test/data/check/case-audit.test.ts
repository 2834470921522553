import { describe, expect, test } from 'vitest';
import {
  auditCells,
  checkAcknowledgedSums,
  checkAuditRows,
  type AuditContext,
} from '../../../src/data/check/case-audit.ts';
import * as T from '../../../src/data/contract/tables.ts';
import { lineMessages, rowsOf } from '../../support/csv-rows.ts';

const AUDIT_HEADER = 'inspection,sample,assessor,area,grade,count,note,source,location';
const DISCREPANCY_HEADER =
  'id,inspection,kind,subject,value,other_value,other_source,other_location,note,source,location';
const GRADES = ['good', 'requires-improvement', 'inadequate'];
const CONTEXT: AuditContext = {
  scales: new Map([
    ['gwent-2019', 'three-point'],
    ['norfolk-2014', null],
  ]),
  gradesOf: (inspection) => (inspection === 'gwent-2019' ? GRADES : []),
  areas: new Set(['missing', 'custody']),
};

/** Gwent 2019's force grades for its 33 selected cases, with the good count given. */
const forceGrades = (good: number) => [
  `gwent-2019,force-selected,force,all,good,${String(good)},,report,Chapter 4`,
  'gwent-2019,force-selected,force,all,requires-improvement,6,,report,Chapter 4',
  'gwent-2019,force-selected,force,all,inadequate,0,,report,Chapter 4',
  'gwent-2019,force-selected,force,all,all,33,,report,Chapter 4',
];

/** A does-not-add-up discrepancy about the force's total, with the other value given. */
const acknowledgement = (otherValue: string) =>
  `force-grades-34,gwent-2019,does-not-add-up,case-audit:force-selected/force/all/all,33,${otherValue},report,Chapter 4,The report gives 28 + 6 + 0 = 34 grades for the same 33 cases.,report,Chapter 4`;
const SOURCES_DISAGREE =
  'gwent-published,gwent-2019,sources-disagree,inspections:published,2019-06-27,February 2019,release,Release,The release gives the fieldwork month.,report,Title page';

describe('checkAuditRows', () => {
  test.each<[string, string, string[]]>([
    [
      'passes a grade on the scale',
      'gwent-2019,all,inspectorate,all,good,30,,report,Chapter 4',
      [],
    ],
    [
      'reports a grade off the inspection’s scale',
      'gwent-2019,all,inspectorate,all,outstanding,1,,report,Chapter 4',
      [
        '2: grade: not a grade of the three-point scale used by gwent-2019 (expected one of good, requires-improvement, inadequate, all, got "outstanding")',
      ],
    ],
    [
      'reports force grades for the inspectorate-selected sample',
      'gwent-2019,inspectorate-selected,force,all,good,3,,report,Chapter 4',
      [
        '2: sample: the force assessed only the cases it selected (expected "force-selected" for assessor "force", got "inspectorate-selected")',
      ],
    ],
    [
      'reports a count of an inspection whose scale is not recorded',
      'norfolk-2014,all,inspectorate,all,good,3,,report,Chapter 4',
      [
        '2: inspection: norfolk-2014 has no grade_scale in inspections.csv (expected the scale its report graded cases on, before any count of graded cases)',
      ],
    ],
    [
      'reports a practice area that practice-areas.csv lacks',
      'gwent-2019,all,inspectorate,online,good,3,,report,Chapter 4',
      [
        '2: area: not a known practice area in practice-areas.csv (or "all") (expected one of missing, custody, got "online")',
      ],
    ],
  ])('checkAuditRows %s', async (_, row, expected) => {
    const { good, problems } = checkAuditRows(
      await rowsOf(T.caseAuditTable, [AUDIT_HEADER, row]),
      CONTEXT,
    );
    expect(lineMessages(problems)).toEqual(expected);
    expect(good).toHaveLength(expected.length === 0 ? 1 : 0);
  });

  test('checkAuditRows drops a count of an unknown inspection without reporting it again', async () => {
    const rows = await rowsOf(T.caseAuditTable, [
      AUDIT_HEADER,
      'gwent-2018,all,inspectorate,all,good,30,,report,Chapter 4',
    ]);
    expect(checkAuditRows(rows, CONTEXT)).toEqual({ good: [], problems: [] });
  });
});

describe('checkAcknowledgedSums', () => {
  const run = async (audit: readonly string[], discrepancies: readonly string[]) => {
    const cells = auditCells(await rowsOf(T.caseAuditTable, [AUDIT_HEADER, ...audit]));
    const rows = await rowsOf(T.discrepanciesTable, [DISCREPANCY_HEADER, ...discrepancies]);
    return checkAcknowledgedSums(cells, () => GRADES, rows);
  };

  test.each<[string, number, string[], string[], string[]]>([
    ['passes grades that add up, with nothing to acknowledge', 27, [], [], []],
    [
      'reports 28 + 6 + 0 = 34 grades for 33 cases when nothing acknowledges it',
      28,
      [],
      [
        '5: count: the grades good + requires-improvement + inadequate add up to 34, not the total 33 (expected the parts to add up to the total, or a does-not-add-up row in discrepancies.csv with subject case-audit:force-selected/force/all/all if the source really says so; got 33)',
      ],
      [],
    ],
    [
      'notes, and does not report, a total acknowledged with the parts’ sum as other_value',
      28,
      [acknowledgement('34')],
      [],
      [
        'gwent-2019: force-selected/force/all/all is 33 but the grades good + requires-improvement + inadequate add up to 34 (acknowledged as force-grades-34)',
      ],
    ],
    [
      'reports an acknowledgement whose other_value is not the parts’ sum, and only that',
      28,
      [acknowledgement('35')],
      [
        '5: count: the grades good + requires-improvement + inadequate add up to 34, not the total 33 (expected the parts to add up to the total, or discrepancy force-grades-34 acknowledges it with other_value "35", which should be 34; got 33)',
      ],
      [],
    ],
    [
      'reports a stale acknowledgement of a total that adds up',
      27,
      [SOURCES_DISAGREE, acknowledgement('34')],
      [
        '3: subject: acknowledges that case-audit:force-selected/force/all/all does not add up, but it does (expected a total whose parts do not add up, got one that does: remove this row or correct the counts)',
      ],
      [],
    ],
  ])('checkAcknowledgedSums %s', async (_, good, discrepancies, problems, notes) => {
    const result = await run(forceGrades(good), discrepancies);
    expect(lineMessages(result.problems)).toEqual(problems);
    expect(result.notes).toEqual(notes);
  });

  test('checkAcknowledgedSums treats only does-not-add-up rows as acknowledgements', async () => {
    const result = await run(forceGrades(28), [SOURCES_DISAGREE, acknowledgement('35')]);
    expect([...result.acknowledged]).toEqual([
      'gwent-2019/case-audit:force-selected/force/all/all',
    ]);
  });
});

describe('auditCells', () => {
  test('auditCells groups counts by inspection in file order, keeping where each came from', async () => {
    const cells = auditCells(
      await rowsOf(T.caseAuditTable, [
        AUDIT_HEADER,
        'gwent-2019,all,inspectorate,all,good,30,,report,Chapter 4',
        'dorset-2021,all,inspectorate,all,good,20,,report,Chapter 3',
        'gwent-2019,all,inspectorate,all,all,79,,report,Chapter 4',
      ]),
    );
    expect([...cells.keys()]).toEqual(['gwent-2019', 'dorset-2021']);
    expect(cells.get('gwent-2019')?.map((c) => [c.grade, c.count, c.at.line])).toEqual([
      ['good', 30, 2],
      ['all', 79, 4],
    ]);
    expect(cells.get('dorset-2021')?.[0]?.provenance).toEqual({
      source: 'report',
      location: 'Chapter 3',
    });
  });
});
