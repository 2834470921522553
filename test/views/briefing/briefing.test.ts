import { beforeAll, describe, expect, test } from 'vitest';
import {
  briefing,
  gradesSentence,
  itemName,
  latestGrades,
  latestText,
  standingText,
} from '../../../src/views/briefing/briefing.ts';
import { forceComparisons } from '../../../src/views/comparison/baseline.ts';
import { inspectionsOfForce } from '../../../src/dataset/queries.ts';
import type { Dataset } from '../../../src/dataset/types.ts';
import { realData } from '../../support/real-data.ts';

let d: Dataset;
beforeAll(async () => {
  d = await realData();
});

describe('briefing: Gwent', () => {
  test('counts 8 recommendations overdue; of 4 milestones 1 overdue, 2 with no public record, 1 met', () => {
    const b = briefing(d, 'gwent');
    const none = { overdue: 0, 'no public record': 0, open: 0, met: 0, closed: 0 };
    expect(b.recommendations).toEqual({ ...none, overdue: 8, total: 8 });
    // The update and action plan go to the inspectorate, which does not publish them.
    expect(b.milestones).toEqual({ ...none, overdue: 1, 'no public record': 2, met: 1, total: 4 });
  });

  test('lists overdue first, by due date, with their subjects and links to the full history', () => {
    const b = briefing(d, 'gwent');
    expect(b.items.map((i) => [i.group, i.name, i.item.dueText])).toEqual([
      ['overdue', 'Recommendation 2', '27 June 2019'],
      ['overdue', 'Recommendation 8', '27 June 2019'],
      ['overdue', 'Milestone', '22 August 2019'],
      ['overdue', 'Recommendation 1', '27 September 2019'],
      ['overdue', 'Recommendation 3', '27 September 2019'],
      ['overdue', 'Recommendation 4', '27 September 2019'],
      ['overdue', 'Recommendation 5', '27 September 2019'],
      ['overdue', 'Recommendation 6', '27 September 2019'],
      ['overdue', 'Recommendation 7', '27 September 2019'],
      ['no public record', 'Milestone', '8 August 2019'],
      ['no public record', 'Milestone', '8 August 2019'],
      ['met', 'Milestone', '27 December 2019'],
    ]);
    const first = b.items[0];
    expect(first?.path).toBe('/recommendations/gwent-2019/2/');
    expect(first?.title).toBe('Review child protection duties with partners');
    expect(b.items.at(-1)?.path).toBe('/inspections/gwent-2019/#milestone-revisit');
  });

  test('has no deadlines still to come as of 28 November 2026', () => {
    expect(briefing(d, 'gwent').next).toEqual([]);
  });

  test('the latest review published no grades, so the latest grades are the 2019 inspection’s', () => {
    const g = briefing(d, 'gwent').grades;
    expect(g?.latest.id).toBe('gwent-2020-review');
    expect(g?.graded?.inspection.id).toBe('gwent-2019');
    expect(g?.graded?.distribution.counts.map((c) => c.count)).toEqual([20, 37, 23]);
  });

  test('names every source once', () => {
    const ids = briefing(d, 'gwent').sources.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(
      expect.arrayContaining([
        'hmicfrs-gwent-2019',
        'wiredgov-2020-07-13',
        'gwent-pcc-2019-06-28',
        'police-act-1996',
      ]),
    );
  });
});

describe('briefing: Dorset', () => {
  test('one recommendation and one milestone, both overdue; latest grades 10/10/11 of 31', () => {
    const b = briefing(d, 'dorset', '/site/');
    expect(b.recommendations.overdue).toBe(1);
    expect(b.milestones.overdue).toBe(1);
    expect(b.items[0]?.path).toBe('/site/recommendations/dorset-2021/1/');
    expect(b.grades?.graded?.inspection.id).toBe('dorset-2022-review');
    expect(b.grades?.graded?.distribution.total).toBe(31);
  });
});

describe('next deadlines', () => {
  test('lists open items soonest first when some are still to fall due', () => {
    const later: Dataset = {
      ...d,
      recommendations: d.recommendations.map((r) =>
        r.inspection === 'gwent-2019' && r.number <= 2
          ? {
              ...r,
              dueText: r.number === 1 ? '1 March 2027' : '1 January 2027',
              due: {
                kind: 'day',
                date: { precision: 'day', year: 2027, month: r.number === 1 ? 3 : 1, day: 1 },
              },
              tracking: { ...r.tracking, standing: 'open, not yet due' },
            }
          : r,
      ),
    };
    const b = briefing(later, 'gwent');
    expect(b.next.map((i) => i.name)).toEqual(['Recommendation 2', 'Recommendation 1']);
    expect(b.recommendations.open).toBe(2);
  });

  test('a force with no inspections has no latest grades', () => {
    expect(latestGrades(d, [])).toBeNull();
    expect(latestGrades(d, inspectionsOfForce(d, 'dorset'))?.latest.id).toBe('dorset-2022-review');
  });
});

describe('briefing wording', () => {
  test('standing, with when a met item was met, and the latest update in a line', () => {
    const b = briefing(d, 'gwent');
    const revisit = b.items.at(-1);
    const first = b.items[0];
    if (!revisit || !first) throw new Error('no items');
    expect(standingText(revisit, d.asOf)).toBe('Met late (January 2020)');
    expect(latestText(revisit)).toBe('January 2020, inspectorate’s review: met');
    expect(standingText(first, d.asOf)).toBe('Overdue');
    expect(latestText(first)).toBe('July 2020, inspectorate’s review: progress not assessed');
    const action = b.items.find((i) => i.item.dueText === '8 August 2019');
    expect(action && latestText(action)).toBe('No update published');
    expect(itemName(first, false)).toBe('Recommendation 2');
    expect(itemName(first, true)).toBe('Recommendation 2 (2019 inspection)');
  });
});

describe('gradesSentence', () => {
  test('Gwent: the latest review published none, so the grades are the 2019 inspection’s', () => {
    const g = briefing(d, 'gwent').grades;
    if (!g) throw new Error('no grades');
    expect(gradesSentence(g, forceComparisons(d, 'gwent')[0] ?? null)).toBe(
      'This site does not yet hold case grades from the post-inspection review of July 2020; the latest it holds are from the inspection of June 2019.',
    );
  });

  test('Dorset: the review’s grades, with what the inspection found and where the change is', () => {
    const g = briefing(d, 'dorset').grades;
    if (!g) throw new Error('no grades');
    expect(gradesSentence(g, forceComparisons(d, 'dorset')[0] ?? null)).toBe(
      'Inspectors’ grades of the cases audited at the post-inspection review of September 2022. At the inspection of August 2021 inspectors graded 20 good, 35 requiring improvement, 28 inadequate of 83 cases: the audits differ, so the change, with 95% intervals, is on the force page.',
    );
    expect(gradesSentence({ ...g, graded: null }, null)).toBe(
      'This site does not yet hold case grades for the post-inspection review of September 2022.',
    );
    // Only of a report held whole does the briefing say none were published.
    const whole = { ...g.latest, transcribed: 'whole-report' as const };
    expect(gradesSentence({ ...g, latest: whole, graded: null }, null)).toBe(
      'No case grades have been published for the post-inspection review of September 2022.',
    );
  });
});
