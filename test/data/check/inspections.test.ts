import { describe, expect, test } from 'vitest';
import {
  checkInspections,
  checkRecommendationsMade,
  deriveInspections,
} from '../../../src/data/check/inspections.ts';
import * as T from '../../../src/data/contract/tables.ts';
import { lineMessages, rowsOf } from '../../support/csv-rows.ts';

const HEADER =
  'id,force,kind,revisits,fieldwork_start,fieldwork_end,published,grade_scale,title,source,location,transcribed,dates_note,baseline_note,recommendations_made,recommendations_made_source,recommendations_made_location';
/** Each row as written below, saying how much of its report the site holds. */
const withTranscribed = (rows: readonly string[], t = 'partial') =>
  rows.map((r) => `${r},${t},,,,,`);
const GWENT_2019 =
  'gwent-2019,gwent,inspection,,2019-02-04,2019-02-15,2019-06-27,three-point,Gwent 2019,report,Title page';
const GWENT_REVIEW =
  'gwent-2020-review,gwent,post-inspection-review,gwent-2019,2020-01,2020-01,2020-07,three-point,Gwent review,release,Release';
const DORSET_2021 =
  'dorset-2021,dorset,inspection,,2021-04-12,2021-04-23,2021-08-26,three-point,Dorset 2021,report,List of reports';
const KNOWN = {
  forces: new Set(['gwent', 'dorset']),
  inspections: new Set(['gwent-2019', 'gwent-2020-review', 'dorset-2021']),
  scales: new Set(['three-point']),
};

async function check(rows: readonly string[], known = KNOWN): Promise<string[]> {
  return lineMessages(
    checkInspections(await rowsOf(T.inspectionsTable, [HEADER, ...withTranscribed(rows)]), known),
  );
}

describe('checkInspections', () => {
  test.each<[string, string[], string[]]>([
    ['passes an inspection and its review in order', [GWENT_2019, GWENT_REVIEW], []],
    [
      'reports fieldwork that ends before it starts',
      [
        'gwent-2019,gwent,inspection,,2019-02-15,2019-02-04,2019-06-27,three-point,Gwent 2019,report,Title page',
      ],
      [
        '2: fieldwork_end: fieldwork ends before it starts (expected a date on or after 2019-02-15, got 2019-02-04)',
      ],
    ],
    [
      'reports a report published the day its fieldwork ended',
      [
        'gwent-2019,gwent,inspection,,2019-02-04,2019-02-15,2019-02-15,three-point,Gwent 2019,report,Title page',
      ],
      [
        '2: published: published before its fieldwork ended (expected a date after 2019-02-15, got 2019-02-15)',
      ],
    ],
    [
      'reports a force and a scale that the other files lack',
      [
        'gwent-2019,gwnet,inspection,,2019-02-04,2019-02-15,2019-06-27,three-pt,Gwent 2019,report,Title page',
      ],
      [
        '2: force: not a known force in forces.csv (expected one of gwent, dorset, got "gwnet")',
        '2: grade_scale: not a known scale in grade-scales.csv (expected one of three-point, got "three-pt")',
      ],
    ],
    [
      'reports an inspection that names an inspection it revisits',
      [
        GWENT_2019,
        'dorset-2021,dorset,inspection,gwent-2019,2021-04-12,2021-04-23,2021-08-26,three-point,Dorset 2021,report,List of reports',
      ],
      [
        '3: revisits: an inspection revisits nothing (expected blank, got "gwent-2019"); set kind to post-inspection-review for a review',
      ],
    ],
    [
      'reports a review that names no inspection',
      [
        GWENT_2019,
        'gwent-2020-review,gwent,post-inspection-review,,2020-01,2020-01,2020-07,three-point,Gwent review,release,Release',
      ],
      [
        '3: revisits: a post-inspection review must name the inspection it revisits (expected an inspection id, or, where this site does not hold that inspection, a baseline_note naming it, got both blank)',
      ],
    ],
    [
      'reports a review of an inspection that inspections.csv lacks',
      [
        GWENT_2019,
        'gwent-2020-review,gwent,post-inspection-review,gwent-2018,2020-01,2020-01,2020-07,three-point,Gwent review,release,Release',
      ],
      [
        '3: revisits: not a known inspection in inspections.csv (expected one of gwent-2019, gwent-2020-review, dorset-2021, got "gwent-2018")',
      ],
    ],
    [
      'reports a review of another review',
      [
        GWENT_2019,
        GWENT_REVIEW,
        'gwent-2021-review,gwent,post-inspection-review,gwent-2020-review,2021-01,2021-01,2021-07,three-point,Gwent review 2,release,Release',
      ],
      [
        '4: revisits: a review revisits an inspection, not another review (expected an inspection, got the review "gwent-2020-review")',
      ],
    ],
    [
      'reports a review of another force’s inspection',
      [
        DORSET_2021,
        'gwent-2022-review,gwent,post-inspection-review,dorset-2021,2022-04,2022-04,2022-09-07,three-point,Gwent review,release,Release',
      ],
      [
        '3: revisits: the review is of gwent but dorset-2021 is of dorset (expected an inspection of the same force)',
      ],
    ],
    [
      'reports a review whose fieldwork starts before the inspection was published',
      [
        GWENT_2019,
        'gwent-2019-review,gwent,post-inspection-review,gwent-2019,2019-06-10,2019-06-14,2019-09-01,three-point,Gwent review,release,Release',
      ],
      [
        "3: fieldwork_start: the review's fieldwork starts before the inspection it revisits was published (expected a date after 2019-06-27, got 2019-06-10)",
      ],
    ],
    [
      'reports a review whose fieldwork starts on the day the inspection was published',
      [
        GWENT_2019,
        'gwent-2019-review,gwent,post-inspection-review,gwent-2019,2019-06-27,2019-07-05,2019-09-01,three-point,Gwent review,release,Release',
      ],
      [
        "3: fieldwork_start: the review's fieldwork starts before the inspection it revisits was published (expected a date after 2019-06-27, got 2019-06-27)",
      ],
    ],
    [
      'passes a review in the month the inspection was published, as the order is unknowable',
      [
        GWENT_2019,
        'gwent-2019-review,gwent,post-inspection-review,gwent-2019,2019-06,2019-06,2019-09,three-point,Gwent review,release,Release',
      ],
      [],
    ],
  ])('checkInspections %s', async (_, rows, expected) => {
    expect(await check(rows)).toEqual(expected);
  });

  test('checkInspections leaves a review of an unknown force’s inspection to that inspection’s row', async () => {
    const known = { ...KNOWN, forces: new Set(['gwent']) };
    expect(
      await check(
        [
          DORSET_2021,
          'gwent-2022-review,gwent,post-inspection-review,dorset-2021,2022-04,2022-04,2022-09-07,three-point,Gwent review,release,Release',
        ],
        known,
      ),
    ).toEqual(['2: force: not a known force in forces.csv (expected one of gwent, got "dorset")']);
  });
});

describe('dates known only to the year, or not at all', () => {
  const row = (dates: string, note: string) =>
    `gm-2014,gwent,inspection,,${dates},three-point,GM 2014,report,Release,partial,${note},,,,`;
  const run = async (rows: readonly string[]) =>
    lineMessages(checkInspections(await rowsOf(T.inspectionsTable, [HEADER, ...rows]), KNOWN));
  test('pass with a note saying why', async () => {
    expect(
      await run([row('2014-07,2014-07,2014', 'Only the year of the report is known')]),
    ).toEqual([]);
    expect(await run([row(',,2014-12-11', 'No source gives the fieldwork')])).toEqual([]);
    expect(await run([row('2015-07,2015-07,', 'No source gives the year of publication')])).toEqual(
      [],
    );
  });
  test('a publication date not known at all needs the note too', async () => {
    expect(await run([row('2015-07,2015-07,', '')])).toHaveLength(1);
  });
  test('need the note', async () => {
    expect(await run([row('2014-07,2014-07,2014', '')])).toEqual([
      '2: dates_note: a date is blank or only a year, so the row must say why (expected what the sources give, e.g. "the release says only that the report came out in 2014", got blank)',
    ]);
  });
  test('give both fieldwork dates or neither', async () => {
    expect(await run([row('2014-07,,2014-12', 'Fieldwork end not given')])).toEqual([
      '2: fieldwork_end: only one fieldwork date is given (expected both, or both blank where no source gives them, got 2014-07 and blank)',
    ]);
  });
});

describe('a review whose inspection this site does not hold', () => {
  const review = (revisits: string, note: string) =>
    `wm-2016-review,gwent,post-inspection-review,${revisits},2015-08,2015-08,2016-01,three-point,WM review,release,Release,partial,,${note},,,`;
  const run = async (rows: readonly string[]) =>
    lineMessages(checkInspections(await rowsOf(T.inspectionsTable, [HEADER, ...rows]), KNOWN));
  test('passes with the inspection named in baseline_note', async () => {
    expect(await run([review('', 'The inspection of November 2014')])).toEqual([]);
  });
  test('takes a baseline_note only where revisits is blank', async () => {
    expect(
      await run([GWENT_2019 + ',partial,,,,,', review('gwent-2019', 'The 2019 inspection')]),
    ).toEqual([
      '3: baseline_note: baseline_note is only for a review whose inspection is not in inspections.csv (expected blank, got "The 2019 inspection")',
    ]);
  });
});

describe('checkRecommendationsMade', () => {
  const row = (made: string) =>
    `dorset-2021,dorset,inspection,,2021-04-12,2021-04-23,2021-08-26,three-point,Dorset 2021,report,List of reports,partial,,,${made}`;
  const recommendations = (n: number) =>
    Array.from({ length: n }, () => ({ values: { inspection: 'dorset-2021' } }));
  const run = async (made: string, held: number) =>
    lineMessages(
      checkRecommendationsMade(
        await rowsOf(T.inspectionsTable, [HEADER, row(made)]),
        recommendations(held),
      ),
    );
  test('passes a stated number with its source, or none at all', async () => {
    expect(await run('8,review,Introduction', 1)).toEqual([]);
    expect(await run(',,', 3)).toEqual([]);
  });
  test('needs the source of a stated number, and the number of a source', async () => {
    expect(await run('8,,', 1)).toEqual([
      '2: recommendations_made_source: recommendations_made needs the source that states it (expected an id from sources.csv, got blank)',
      '2: recommendations_made_location: recommendations_made needs the source that states it (expected where in that source, got blank)',
    ]);
    expect(await run(',review,', 0)).toEqual([
      '2: recommendations_made_source: recommendations_made_source is only for a stated recommendations_made (expected blank, got "review")',
    ]);
  });
  test('reports fewer stated than transcribed', async () => {
    expect(await run('1,review,Introduction', 2)).toEqual([
      '2: recommendations_made: fewer than the 2 recommendations of dorset-2021 in recommendations.csv (expected at least 2, got 1)',
    ]);
  });
});

describe('deriveInspections', () => {
  test('deriveInspections lists the reviews of an inspection, earliest published first', async () => {
    const rows = await rowsOf(T.inspectionsTable, [
      HEADER,
      ...withTranscribed([GWENT_2019], 'whole-report'),
      ...withTranscribed([
        'gwent-2021-review,gwent,post-inspection-review,gwent-2019,2021-01,2021-01,2021-07-01,three-point,Gwent review 2,release,Release',
        GWENT_REVIEW,
      ]),
    ]);
    const inspections = deriveInspections(rows);
    expect(inspections.map((i) => [i.id, i.reviewedBy])).toEqual([
      ['gwent-2019', ['gwent-2020-review', 'gwent-2021-review']],
      ['gwent-2021-review', []],
      ['gwent-2020-review', []],
    ]);
    expect(inspections[0]).toMatchObject({
      revisits: null,
      gradeScale: 'three-point',
      transcribed: 'whole-report',
      provenance: { source: 'report', location: 'Title page' },
    });
  });
});
