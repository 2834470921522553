import { describe, expect, test } from 'vitest';
import type { DayDate } from '../../../src/domain/dates.ts';
import { deadlineOf, deriveTracking } from '../../../src/data/derive/deadlines.ts';
import * as T from '../../../src/data/contract/tables.ts';
import { parseTimescale } from '../../../src/domain/timescale.ts';
import { lineMessages, rowsOf } from '../../support/csv-rows.ts';

const AS_OF: DayDate = { precision: 'day', year: 2019, month: 10, day: 1 };
const PUBLISHED: DayDate = { precision: 'day', year: 2019, month: 6, day: 27 };

describe('deadlineOf', () => {
  test("deadlineOf('within three months', 2019-06-27) is due 27 September 2019, past due on 1 October", () => {
    const parsed = parseTimescale('within three months');
    if (!parsed.ok) throw new Error(parsed.error);
    expect(deadlineOf('within three months', parsed.timescale, PUBLISHED, AS_OF)).toMatchObject({
      timescaleText: 'within three months',
      dueText: '27 September 2019',
      pastDue: 'yes',
    });
  });
});

describe('deriveTracking', () => {
  const tables = async (recommendations: readonly string[], updates: readonly string[] = []) => ({
    inspections: await rowsOf(T.inspectionsTable, [
      'id,force,kind,revisits,fieldwork_start,fieldwork_end,published,dates_note,grade_scale,transcribed,title,source,location,baseline_note,recommendations_made,recommendations_made_source,recommendations_made_location',
      'gwent-2019,gwent,inspection,,2019-02-04,2019-02-15,2019-06-27,,three-point,whole-report,Gwent 2019,report,Title page,,,,',
      'sussex-2018,gwent,inspection,,2018-06,2018-06,,No source gives the year,three-point,partial,Sussex 2018,report,Title page,,,,',
    ]),
    recommendations: await rowsOf(T.recommendationsTable, [
      'inspection,number,chapter,timescale,text,note,source,location,numbering,subject',
      ...recommendations.map((r) => `${r},report-order,A subject`),
    ]),
    milestones: await rowsOf(T.milestonesTable, [
      'inspection,id,label,timescale,basis,evidence,source,location',
    ]),
    statusUpdates: await rowsOf(T.statusUpdatesTable, [
      'inspection,item,date,status,by,evidence,source,location',
      ...updates,
    ]),
  });

  test('deriveTracking gives a recommendation its due date and latest update', async () => {
    const result = deriveTracking(
      await tables(
        ['gwent-2019,1,5. Initial contact,within three months,We recommend.,,report,Chapter 5'],
        ['gwent-2019,recommendation:1,2019-09-01,completed,force,The force says so.,report,Page 1'],
      ),
      new Set(['gwent-2019']),
      AS_OF,
    );
    expect(result.problems).toEqual([]);
    expect(result.recommendations).toHaveLength(1);
    expect(result.recommendations[0]).toMatchObject({
      number: 1,
      dueText: '27 September 2019',
      tracking: { latest: { status: 'completed' } },
    });
  });

  test('deriveTracking reports an unknown timescale and leaves the recommendation out', async () => {
    const result = deriveTracking(
      await tables(['gwent-2019,1,,in due course,We recommend.,,report,Chapter 5']),
      new Set(['gwent-2019']),
      AS_OF,
    );
    expect(result.recommendations).toEqual([]);
    expect(lineMessages(result.problems)).toEqual([
      '2: timescale: unknown timescale "in due course" (expected "immediately", "within N days, weeks or months", "no later than N months after publication" or "by <date>")',
    ]);
  });

  test('deriveTracking refuses a recommendation of an inspection whose publication is not known', async () => {
    const result = deriveTracking(
      await tables(['sussex-2018,1,,within three months,We recommend.,,report,Chapter 5']),
      new Set(['gwent-2019', 'sussex-2018']),
      AS_OF,
    );
    expect(result.recommendations).toEqual([]);
    expect(lineMessages(result.problems)).toEqual([
      '2: inspection: sussex-2018 has no publication date, so no due date can be worked out (expected an inspection whose publication is known at least to the year; record the item once it is)',
    ]);
  });

  test('deriveTracking leaves out, without a problem, a recommendation of an inspection with a bad row', async () => {
    const result = deriveTracking(
      await tables(['gwent-2018,1,,within three months,We recommend.,,report,Chapter 5']),
      new Set(['gwent-2019', 'gwent-2018']),
      AS_OF,
    );
    expect(result).toMatchObject({ recommendations: [], problems: [] });
  });
});
