import { describe, expect, it } from 'vitest';
import {
  TIMELINE_KIND_LABELS,
  formatEventDate,
  formatEventEnd,
  formatEventStart,
  timelineEvents,
} from '../../../src/views/inspection/timeline-events.ts';
import { GWENT_DATASET } from '../../charts/fixtures.ts';
import { day } from '../../support/dates.ts';
import { GWENT_UPDATES, GWENT_WITH_UPDATES } from '../../support/gwent-updates.ts';

describe('timelineEvents', () => {
  const events = timelineEvents(GWENT_WITH_UPDATES, 'gwent-2019');

  it('lists Gwent 2019 fieldwork, publication, grouped deadlines, milestones, updates and its review in date order', () => {
    expect(events.map((e) => [e.kind, formatEventDate(e), e.label])).toEqual([
      ['fieldwork', '4 to 15 February 2019', 'Fieldwork: 4 to 15 February 2019'],
      ['publication', '27 June 2019', 'Report published: 27 June 2019'],
      ['deadline', '27 June 2019', '2 recommendations: immediately – overdue'],
      [
        'update',
        '28 June 2019',
        'Update (commissioner, 28 June 2019): progress not assessed – the police and crime commissioner publishes comments on the report',
      ],
      [
        'milestone',
        '8 August 2019',
        'The force sends the inspectorate an action plan for its other recommendations: by 8 August 2019 – overdue',
      ],
      [
        'milestone',
        '8 August 2019',
        'The force updates the inspectorate on the action taken on the recommendations for immediate action: by 8 August 2019 – overdue',
      ],
      [
        'milestone',
        '22 August 2019',
        'The police and crime commissioner publishes comments on the report: by 22 August 2019 – overdue',
      ],
      ['deadline', '27 September 2019', '6 recommendations: by 27 September 2019 – overdue'],
      [
        'milestone',
        '27 December 2019',
        'The inspectorate revisits the force to assess how it is implementing all the recommendations: by 27 December 2019 – met late',
      ],
      ['review', 'January 2020', 'Post-inspection review fieldwork: January 2020'],
      [
        'update',
        'January 2020',
        'Update (inspectorate’s review, January 2020): met – the inspectorate revisits the force to assess how it is implementing…',
      ],
      ['review', 'July 2020', 'Post-inspection review published: July 2020'],
      [
        'update',
        'July 2020',
        'Update (inspectorate’s review, July 2020): 8 recommendations, progress not assessed',
      ],
    ]);
  });

  it('names every kind in words for the table', () => {
    for (const e of events) expect(TIMELINE_KIND_LABELS[e.kind]).toMatch(/^[A-Z]/);
    expect(TIMELINE_KIND_LABELS.update).toBe('Status update');
  });

  it('groups recommendation updates only when date, reporter and status all agree', () => {
    const split = timelineEvents(
      {
        ...GWENT_DATASET,
        statusUpdates: GWENT_UPDATES.map((u) =>
          u.item === 'recommendation:3'
            ? { ...u, status: 'in-progress' as const }
            : u.item === 'recommendation:5'
              ? { ...u, by: 'force' as const }
              : u,
        ),
      },
      'gwent-2019',
    ).filter((e) => e.kind === 'update' && e.label.includes('recommendation'));
    expect(split.map((e) => e.label)).toEqual([
      'Update (force, July 2020): recommendation 5, progress not assessed',
      'Update (inspectorate’s review, July 2020): 6 recommendations, progress not assessed',
      'Update (inspectorate’s review, July 2020): recommendation 3, in progress',
    ]);
  });

  it('leaves the timeline as it was when nothing was published', () => {
    const without = timelineEvents(GWENT_DATASET, 'gwent-2019');
    expect(without.some((e) => e.kind === 'update')).toBe(false);
    expect(without).toHaveLength(events.length - 3);
  });

  it('turns month-precision dates into a range from the first to the last day', () => {
    const published = events.at(-2);
    expect(published?.date).toEqual(day(2020, 7, 1));
    expect(published?.end).toEqual(day(2020, 7, 31));
  });

  it('gives single days no end', () => {
    expect(events[1]).not.toHaveProperty('end');
  });

  it('lists a review on its own without the inspection it revisits', () => {
    expect(timelineEvents(GWENT_WITH_UPDATES, 'gwent-2020-review').map((e) => e.label)).toEqual([
      'Fieldwork: January 2020',
      'Post-inspection review published: July 2020',
    ]);
  });

  it('fails loudly for an unknown inspection', () => {
    expect(() => timelineEvents(GWENT_DATASET, 'nowhere')).toThrow(/no inspection "nowhere"/);
  });
});

describe('formatEventDate', () => {
  it('writes days, ranges and whole months in GOV.UK style', () => {
    expect(formatEventDate({ date: day(2019, 6, 27) })).toBe('27 June 2019');
    expect(formatEventDate({ date: day(2019, 2, 4), end: day(2019, 2, 15) })).toBe(
      '4 to 15 February 2019',
    );
    expect(formatEventDate({ date: day(2019, 11, 20), end: day(2020, 1, 3) })).toBe(
      '20 November 2019 to 3 January 2020',
    );
    expect(formatEventDate({ date: day(2020, 1, 1), end: day(2020, 1, 31) })).toBe('January 2020');
    expect(formatEventDate({ date: day(2020, 1, 1), end: day(2020, 2, 29) })).toBe(
      'January to February 2020',
    );
    expect(formatEventDate({ date: day(2019, 12, 1), end: day(2020, 1, 31) })).toBe(
      'December 2019 to January 2020',
    );
  });

  it('gives the start and end of a whole-month span as months', () => {
    const july = { date: day(2020, 7, 1), end: day(2020, 7, 31) };
    expect(formatEventStart(july)).toBe('July 2020');
    expect(formatEventEnd(july)).toBe('July 2020');
    expect(formatEventEnd({ date: day(2019, 2, 4), end: day(2019, 2, 15) })).toBe(
      '15 February 2019',
    );
  });
});
