import { describe, expect, it } from 'vitest';
import {
  formatEventDate,
  formatEventEnd,
  formatEventStart,
  timelineEvents,
} from '../../src/lib/timeline-events.ts';
import { GWENT_DATASET, day } from '../charts/fixtures.ts';

describe('timelineEvents', () => {
  const events = timelineEvents(GWENT_DATASET, 'gwent-2019');

  it('lists Gwent 2019 fieldwork, publication, grouped deadlines, milestones and its review in date order', () => {
    expect(events.map((e) => [e.kind, formatEventDate(e), e.label])).toEqual([
      ['fieldwork', '4 to 15 February 2019', 'Fieldwork: 4 to 15 February 2019'],
      ['publication', '27 June 2019', 'Report published: 27 June 2019'],
      ['deadline', '27 June 2019', '2 recommendations: immediately'],
      [
        'milestone',
        '8 August 2019',
        'The force sends the inspectorate an action plan for its other recommendations: by 8 August 2019',
      ],
      [
        'milestone',
        '8 August 2019',
        'The force updates the inspectorate on the action taken on the recommendations for immediate action: by 8 August 2019',
      ],
      [
        'milestone',
        '22 August 2019',
        'The police and crime commissioner publishes comments on the report: by 22 August 2019',
      ],
      ['deadline', '27 September 2019', '6 recommendations: by 27 September 2019'],
      [
        'milestone',
        '27 December 2019',
        'The inspectorate revisits the force to assess how it is implementing all the recommendations: by 27 December 2019',
      ],
      ['review', 'January 2020', 'Post-inspection review fieldwork: January 2020'],
      ['review', 'July 2020', 'Post-inspection review published: July 2020'],
    ]);
  });

  it('turns month-precision dates into a range from the first to the last day', () => {
    const published = events.at(-1);
    expect(published?.date).toEqual(day(2020, 7, 1));
    expect(published?.end).toEqual(day(2020, 7, 31));
  });

  it('gives single days no end', () => {
    expect(events[1]).not.toHaveProperty('end');
  });

  it('lists a review on its own without the inspection it revisits', () => {
    expect(timelineEvents(GWENT_DATASET, 'gwent-2020-review').map((e) => e.label)).toEqual([
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
