// One fixture folder per class of bad input: each asserts the exact message, file, line and
// column, and that nothing is produced. Valid fixtures assert what they derive.
import { describe, expect, test } from 'vitest';
import { buildFixture } from '../support/fixtures.ts';

const EXPECTED_TIMESCALES =
  '(expected "immediately", "within N days, weeks or months", "no later than N months after publication" or "by <date>")';

const bad: Record<string, string[]> = {
  'not-utf8': [
    'forces.csv:2:20: the file is not UTF-8: byte 0x96 cannot be read; in Windows-1252 that byte is "–" (expected a file saved as "CSV UTF-8", got another encoding, probably Windows-1252)',
  ],
  'missing-column': [
    'forces.csv:1:6: missing column nation (expected the header id,name,name_cy,nation,source,location, got id,name,name_cy,source,location)',
  ],
  'unknown-column': [
    'forces.csv:1:4: unknown column "nations" (expected only id, name, name_cy, nation, source, location)',
    'forces.csv:1:7: missing column nation (expected the header id,name,name_cy,nation,source,location, got id,name,name_cy,nations,source,location)',
  ],
  'missing-file': [
    'glossary.csv:1:1: the file is missing (expected glossary.csv with the header inspection,term,abbreviation,definition,source,location)',
  ],
  'bad-cells': [
    'case-audit.csv:2:6: count: not a whole number (expected a whole number from 0 to 10,000,000, in digits, or blank if not published, got "2.5")',
    'case-audit.csv:6:2: sample: not an allowed value (expected one of "force-selected", "inspectorate-selected", "all", got "force")',
    'inspections.csv:2:6: fieldwork_end: not a real date: February 2019 has 28 days (expected a date as YYYY-MM-DD, or YYYY-MM when only the month is known, or YYYY when only the year is, from 2000 on, or blank if not known, got "2019-02-30")',
  ],
  'unknown-reference': [
    'findings.csv:2:6: source: not a known source in sources.csv (expected one of report, release, got "reprot")',
    'inspections.csv:2:2: force: not a known force in forces.csv (expected one of gwent, got "gwnet")',
    'places.csv:3:1: force: not a known force in forces.csv (expected one of gwent, got "gwnet")',
    'places.csv:3:3: source: not a known source in sources.csv (expected one of report, release, got "reprot")',
  ],
  'duplicate-id': [
    'places.csv:4:2: place: place "gwent/Newport" appears twice (expected each once; first at line 2)',
    'practice-areas.csv:4:1: id: practice area id "missing" appears twice (expected each once; first at line 2)',
  ],
  'totals-do-not-add-up': [
    'case-audit.csv:5:6: count: the grades good + requires-improvement + inadequate add up to 34, not the total 33 (expected the parts to add up to the total, or a does-not-add-up row in discrepancies.csv with subject case-audit:force-selected/force/all/all if the source really says so; got 33)',
  ],
  'stale-acknowledgement': [
    'discrepancies.csv:3:4: subject: acknowledges that case-audit:force-selected/force/all/all does not add up, but it does (expected a total whose parts do not add up, got one that does: remove this row or correct the counts)',
  ],
  'grade-not-in-scale': [
    'case-audit.csv:16:5: grade: not a grade of the three-point scale used by gwent-2019 (expected one of good, requires-improvement, inadequate, all, got "adequate")',
  ],
  'dates-out-of-order': [
    'inspections.csv:2:7: published: published before its fieldwork ended (expected a date after 2019-07-15, got 2019-06-27)',
    "inspections.csv:3:5: fieldwork_start: the review's fieldwork starts before the inspection it revisits was published (expected a date after 2019-06-27, got 2019-05)",
  ],
  'unknown-timescale': [
    `recommendations.csv:5:4: timescale: unknown timescale "within a fortnight" ${EXPECTED_TIMESCALES}`,
  ],
  'unclosed-quote': [
    'findings.csv:2:5: a quoted cell is never closed (expected a closing " before the end of the file, got none); the rest of the file is read as that one cell',
  ],
  'wrong-cell-count': [
    'key-figures.csv:3:9: this row has 9 cells (expected 8, one for each column of the header)',
  ],
  'cases-disagree-with-counts': [
    'case-audit.csv:6:6: count: the case rows in cases.csv give 9 for force-selected/inspectorate/all/good (expected the published count to equal the count of case rows, got 10)',
    'case-audit.csv:8:6: count: the case rows in cases.csv give 7 for force-selected/inspectorate/all/inadequate (expected the published count to equal the count of case rows, got 6)',
    'case-audit.csv:10:6: count: the case rows in cases.csv give 1 for force-selected/inspectorate/missing/good (expected the published count to equal the count of case rows, got 2)',
    'case-audit.csv:12:6: count: the case rows in cases.csv give 3 for force-selected/inspectorate/missing/inadequate (expected the published count to equal the count of case rows, got 2)',
  ],
  'duplicate-case-ref': [
    'cases.csv:7:2: case_ref: case "C01" of gwent-2019 appears twice (expected each case once; first at line 2)',
  ],
  'status-before-publication': [
    'status-updates.csv:2:3: date: dated before gwent-2019 was published, so it cannot report on its recommendations (expected 2019-06-27 or later, got 2019-06-01)',
  ],
  'status-unknown-item': [
    'status-updates.csv:2:2: item: not a recommendation or milestone of gwent-2019 (expected one of recommendation:1, recommendation:2, milestone:pcc-response, milestone:revisit, got "recommendation:9")',
    'status-updates.csv:3:2: item: not a recommendation or milestone of gwent-2019 (expected one of recommendation:1, recommendation:2, milestone:pcc-response, milestone:revisit, got "revisit")',
    'status-updates.csv:4:4: status: not an allowed value (expected one of "not-started", "in-progress", "completed", "superseded", "not-assessed", "awaiting-review", "will-be-progressed", "being-progressed", got "finished")',
  ],
  'many-problems': [
    'case-audit.csv:5:6: count: the grades good + requires-improvement + inadequate add up to 34, not the total 33 (expected the parts to add up to the total, or a does-not-add-up row in discrepancies.csv with subject case-audit:force-selected/force/all/all if the source really says so; got 33)',
    'forces.csv:2:4: nation: not an allowed value (expected one of "england", "wales", got "scotland")',
    `recommendations.csv:5:4: timescale: unknown timescale "soon" ${EXPECTED_TIMESCALES}`,
  ],
};

describe('bad input: every problem in one run, located exactly, and no dataset', () => {
  test.each(Object.entries(bad))('%s', async (name, expected) => {
    const result = await buildFixture(name);
    expect(result.messages).toEqual(expected);
    expect(result.dataset).toBeNull();
  });
});

describe('valid input', () => {
  test('valid-minimal builds with no problems', async () => {
    const { problems, dataset } = await buildFixture('valid-minimal');
    expect(problems).toEqual([]);
    expect(dataset?.inspections.map((i) => i.id)).toEqual(['gwent-2019', 'gwent-2020-review']);
  });

  test('spreadsheet-export (byte-order mark, CRLF, trailing blank lines) reads like the plain file', async () => {
    const plain = await buildFixture('valid-minimal');
    const excel = await buildFixture('spreadsheet-export');
    expect(excel.problems).toEqual([]);
    expect(excel.dataset?.forces).toEqual(plain.dataset?.forces);
    // The multi-line recommendation keeps its sub-points, with LF line ends.
    expect(excel.dataset?.recommendations[0]?.text).toBe(plain.dataset?.recommendations[0]?.text);
    expect(excel.dataset?.recommendations[0]?.text).toContain('\n• to do one thing; and\n');
  });

  test('totals-do-not-add-up-acknowledged builds, notes the discrepancy, and computes no agreement range', async () => {
    const { problems, notes, dataset } = await buildFixture('totals-do-not-add-up-acknowledged');
    expect(problems).toEqual([]);
    expect(notes).toEqual([
      'gwent-2019: force-selected/force/all/all is 33 but the grades good + requires-improvement + inadequate add up to 34 (acknowledged as force-grades-34)',
    ]);
    expect(dataset?.agreements).toEqual([]);
    expect(dataset?.discrepancies.map((d) => d.id)).toContain('force-grades-34');
  });

  test('valid-minimal tracks each item: an update in progress, a revisit met late, the rest past due', async () => {
    const { dataset } = await buildFixture('valid-minimal');
    expect(
      dataset?.recommendations.map((r) => [
        r.number,
        r.tracking.standing,
        r.tracking.latest?.status ?? null,
      ]),
    ).toEqual([
      [1, 'overdue', 'in-progress'],
      [2, 'overdue', null],
    ]);
    expect(dataset?.milestones.map((m) => [m.id, m.tracking.standing])).toEqual([
      ['pcc-response', 'overdue'],
      ['revisit', 'met late'],
    ]);
  });

  test('valid-four-point loads a four-point scale in rank order', async () => {
    const { problems, dataset } = await buildFixture('valid-four-point');
    expect(problems).toEqual([]);
    const scale = dataset?.gradeScales.find((s) => s.id === 'four-point');
    expect(scale?.grades.map((g) => g.id)).toEqual([
      'good',
      'adequate',
      'requires-improvement',
      'inadequate',
    ]);
    const d = dataset?.distributions.find((x) => x.inspection === 'gwent-2015');
    expect(d?.counts.map((c) => c.count)).toEqual([5, 12, 9, 4]);
    expect(d?.total).toBe(30);
  });

  test('partial-grades keeps unpublished grades as null and derives only what the total supports', async () => {
    const { problems, dataset } = await buildFixture('partial-grades');
    expect(problems).toEqual([]);
    const d = dataset?.distributions.find(
      (x) => x.inspection === 'gwent-2019' && x.sample === 'inspectorate-selected',
    );
    expect(d?.counts).toEqual([
      { grade: 'good', count: null },
      { grade: 'requires-improvement', count: null },
      { grade: 'inadequate', count: 30 },
    ]);
    expect(d?.total).toBe(79);
    expect(d?.totalBasis).toBe('stated');
    expect(d?.notStated).toBe(49);
    expect(d?.complete).toBe(false);
  });

  test('valid-case-rows derives the exact cross-table and kappa, inside the published range', async () => {
    const { problems, dataset } = await buildFixture('valid-case-rows');
    expect(problems).toEqual([]);
    expect(dataset?.caseRows).toBe(33);
    const a = dataset?.agreements[0];
    expect(a?.exact?.table).toEqual([
      [8, 13, 6],
      [2, 4, 0],
      [0, 0, 0],
    ]);
    expect(a?.exact?.same).toBe(12);
    expect(a?.exact?.forceMoreFavourable).toBe(19);
    expect(a?.exact?.forceLessFavourable).toBe(2);
    expect(a?.range.same).toEqual({ min: 4, max: 16 });
  });
});
