import { expect, test } from 'vitest';
import { checkFindingWording } from '../../../src/data/check/findings.ts';
import * as T from '../../../src/data/contract/tables.ts';
import { lineMessages, rowsOf } from '../../support/csv-rows.ts';

const HEADER = 'inspection,area,kind,order,text,source,location,wording';

test('a summary may be in our words; a quote must be the source’s', async () => {
  const rows = await rowsOf(T.findingsTable, [
    HEADER,
    'kent-2021-review,,summary,1,Control room much improved.,kentonline,Article text,summarised',
    'gwent-2020-review,,quote,1,There have been important steps.,release,Release,quoted',
    'gwent-2020-review,,quote,2,Steps were taken.,release,Release,summarised',
  ]);
  expect(lineMessages(checkFindingWording(rows))).toEqual([
    '4: wording: a quote is in the source\'s words (expected "quoted" for kind "quote", got "summarised")',
  ]);
});
