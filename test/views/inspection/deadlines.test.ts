import { beforeAll, expect, test } from 'vitest';
import { inspectionDeadlines } from '../../../src/views/inspection/deadlines.ts';
import type { Dataset } from '../../../src/dataset/types.ts';
import { realData } from '../../support/real-data.ts';

let d: Dataset;
beforeAll(async () => {
  d = await realData();
});

test('inspectionDeadlines(Gwent 2019) has 8 recommendations in number order and 4 milestones', () => {
  const x = inspectionDeadlines(d, 'gwent-2019');
  expect(x.recommendations.map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  expect(x.milestones).toHaveLength(4);
  expect(x.timeline?.title).toBe(
    'All 8 recommendations were due by 27 September 2019; none has published evidence it was met',
  );
});

test('inspectionDeadlines(Gwent 2019) cites every recommendation, milestone and update', () => {
  const x = inspectionDeadlines(d, 'gwent-2019');
  const updates = d.statusUpdates.filter((u) => u.inspection === 'gwent-2019').length;
  expect(x.timeline?.provenance).toHaveLength(8 + 4 + updates);
});

test('inspectionDeadlines(Dorset 2021) has its one recommendation and one milestone', () => {
  const x = inspectionDeadlines(d, 'dorset-2021');
  expect([x.recommendations.length, x.milestones.length]).toEqual([1, 1]);
  expect(x.timeline?.title).toBe(
    'The recommendation was due by 26 August 2021; no published evidence says it was met',
  );
});

test('inspectionDeadlines(Dorset 2022 review) has no timeline: nothing was recommended', () => {
  expect(inspectionDeadlines(d, 'dorset-2022-review')).toEqual({
    recommendations: [],
    milestones: [],
    sentences: {},
    timeline: null,
  });
});

test('each item has its status sentence, by element id; a met milestone says by what evidence', () => {
  const x = inspectionDeadlines(d, 'gwent-2019');
  expect(Object.keys(x.sentences)).toHaveLength(8 + 4);
  expect(x.sentences['recommendation-1']).toBe(
    'Past its due date (27 September 2019) with no published evidence it was met.',
  );
  expect(x.sentences['milestone-revisit']).toBe(
    'Due 27 December 2019; met late: the post-inspection review’s fieldwork in January 2020 came after it.',
  );
});
