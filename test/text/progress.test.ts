import { beforeAll, describe, expect, test } from 'vitest';
import {
  latestUpdateText,
  milestoneSentence,
  shortTitle,
  standingGroup,
  standingSentence,
  statusWords,
  trackingHeadline,
  updateSentence,
} from '../../src/text/progress.ts';
import type { Dataset, Milestone, Recommendation } from '../../src/dataset/types.ts';
import { AS_OF } from '../support/fixtures.ts';
import { realData } from '../support/real-data.ts';

let d: Dataset;
beforeAll(async () => {
  d = await realData();
});

const rec = (inspection: string, n: number): Recommendation => {
  const r = d.recommendations.find((x) => x.inspection === inspection && x.number === n);
  if (!r) throw new Error('no such recommendation');
  return r;
};
const milestone = (inspection: string, id: string): Milestone => {
  const m = d.milestones.find((x) => x.inspection === inspection && x.id === id);
  if (!m) throw new Error('no such milestone');
  return m;
};

describe('milestoneSentence', () => {
  test('Gwent revisit: due 27 December 2019, met late, because the review’s fieldwork came after it', () => {
    expect(milestoneSentence(d, milestone('gwent-2019', 'revisit'))).toBe(
      'Due 27 December 2019; met late: the post-inspection review’s fieldwork in January 2020 came after it.',
    );
  });

  test('a milestone whose outcome is never published is "no public record", not overdue', () => {
    // The action plan goes to the inspectorate, which does not publish it (Next steps).
    expect(milestoneSentence(d, milestone('gwent-2019', 'action-plan'))).toBe(
      'Due 8 August 2019. No public record: past its due date (8 August 2019); whether it was met is between the force and the inspectorate, which do not publish it.',
    );
  });

  test('a milestone with a public outcome and no evidence it was met is overdue, said plainly', () => {
    const m = milestone('dorset-2021', 'pcc-response');
    expect(
      milestoneSentence(d, { ...m, tracking: { ...m.tracking, standing: 'overdue' } }),
    ).toMatch(
      /Overdue: past its due date \(21 October 2021\) with no published evidence it was met\.$/,
    );
  });

  test('a milestone met on time by the force names who said so and when', () => {
    const m = milestone('gwent-2019', 'action-plan');
    const update = {
      inspection: 'gwent-2019',
      item: 'milestone:action-plan',
      date: { precision: 'day', year: 2019, month: 8, day: 1 },
      status: 'completed',
      by: 'force',
      evidence: 'Sent.',
      provenance: { source: 'x', location: 'y' },
    } as const;
    const met = { ...m, tracking: { updates: [update], latest: update, standing: 'met' as const } };
    expect(milestoneSentence(d, met)).toBe(
      'Due 8 August 2019; met: the force reported it met on 1 August 2019, by its due date.',
    );
  });
});

describe('standingSentence', () => {
  test('overdue means past due with no published evidence it was met', () => {
    expect(standingSentence(rec('gwent-2019', 1), AS_OF)).toBe(
      'Overdue: past its due date (27 September 2019) with no published evidence it was met.',
    );
  });

  test('open items say when they fall due', () => {
    const r = {
      ...rec('gwent-2019', 1),
      tracking: { ...rec('gwent-2019', 1).tracking, standing: 'open, not yet due' as const },
    };
    expect(standingSentence(r, AS_OF)).toBe(
      'Open: not yet due as of 28 November 2026 (due 27 September 2019).',
    );
  });
});

describe('update wording', () => {
  test('the Gwent review’s July 2020 update: progress not assessed', () => {
    const r = rec('gwent-2019', 3);
    expect(latestUpdateText(r.tracking, 'recommendation')).toBe(
      'Latest update: July 2020, from the inspectorate’s post-inspection review: progress not assessed.',
    );
  });

  test('no update published, where there is none', () => {
    const m = milestone('gwent-2019', 'action-plan');
    expect(latestUpdateText(m.tracking, 'milestone')).toBe('No update published.');
  });

  test('completed reads "met" for a milestone', () => {
    expect(statusWords('completed', 'milestone')).toBe('met');
    expect(statusWords('completed', 'recommendation')).toBe('completed');
    const latest = milestone('gwent-2019', 'revisit').tracking.latest;
    expect(latest && updateSentence(latest, 'milestone')).toBe(
      'January 2020, from the inspectorate’s post-inspection review: met.',
    );
  });

  test('standings fall into four groups', () => {
    expect(standingGroup('met late')).toBe('met');
    expect(standingGroup('open, due date not yet known')).toBe('open');
    expect(standingGroup('overdue')).toBe('overdue');
    expect(standingGroup('closed')).toBe('closed');
  });
});

describe('shortTitle', () => {
  test('takes the first sentence without "We recommend that"', () => {
    expect(shortTitle(rec('gwent-2019', 3).text)).toBe(
      'Within three months, Gwent Police improves practice in cases of children who go missing from home',
    );
  });

  test('cuts a long sentence at a word, never leaving a bracket open', () => {
    const t = shortTitle(rec('gwent-2019', 1).text);
    expect(t).toBe(
      'Gwent Police acts within three months to make sure that children’s concerns and views are obtained…',
    );
    expect(t.length).toBeLessThanOrEqual(101);
    // 100 characters would end inside "(including noting …)": the aside goes whole.
    expect(shortTitle(rec('gwent-2019', 1).text, 125)).toBe(
      'Gwent Police acts within three months to make sure that children’s concerns and views are obtained and recorded…',
    );
  });

  test('stops at the first line, before a list', () => {
    expect(shortTitle(rec('gwent-2019', 5).text, 200)).toBe(
      'Within three months, Gwent Police should improve its child protection and exploitation investigations, paying particular attention to',
    );
  });

  test('leaves a short text alone', () => {
    expect(shortTitle('Improve the management of registered sex offenders.')).toBe(
      'Improve the management of registered sex offenders',
    );
  });
});

describe('trackingHeadline', () => {
  test('Gwent: all 8 were due, and none has published evidence it was met', () => {
    const recs = d.recommendations.filter((r) => r.inspection === 'gwent-2019');
    expect(trackingHeadline(recs)).toBe(
      'All 8 recommendations were due by 27 September 2019; none has published evidence it was met',
    );
  });

  test('says how many were reported met, where some were', () => {
    const recs = d.recommendations
      .filter((r) => r.inspection === 'gwent-2019')
      .map((r) =>
        r.number === 2 ? { ...r, tracking: { ...r.tracking, standing: 'met' as const } } : r,
      );
    expect(trackingHeadline(recs)).toMatch(/; 1 of 8 reported met$/);
    expect(trackingHeadline([])).toBe('No recommendations are recorded');
  });
});
