import { beforeAll, describe, expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import type { Dataset } from '../../../src/dataset/types.ts';
import { atomXml, forceFeed, siteFeed, SITE_FEED_LIMIT } from '../../../src/views/feed/feed.ts';
import { realData } from '../../support/real-data.ts';
import { asOfDay } from '../../support/gwent-updates.ts';
import { day } from '../../support/dates.ts';

let d: Dataset;
beforeAll(async () => {
  d = await realData();
});

const titles = (entries: readonly { title: string }[]) => entries.map((e) => e.title);

describe('forceFeed', () => {
  test('Gwent: the report, the updates and the deadlines that passed, newest first', () => {
    const feed = forceFeed(d, 'gwent');
    expect(titles(feed)).toContain(
      'Gwent Police (inspection, June 2019): Report published: 27 June 2019',
    );
    expect(titles(feed)).toContain(
      'Gwent Police (inspection, June 2019): Fell due: 6 recommendations: by 27 September 2019 – overdue',
    );
    expect(feed.some((e) => /fieldwork/i.test(e.title))).toBe(false);
    const days = feed.map((e) => e.day.year * 10000 + e.day.month * 100 + e.day.day);
    expect(days).toEqual([...days].sort((a, b) => b - a));
    expect(new Set(feed.map((e) => e.id)).size).toBe(feed.length);
    // The review's publication is said once, by the review.
    expect(feed.filter((e) => /Post-inspection review published/.test(e.title))).toHaveLength(1);
  });

  test('a deadline is news only once it has passed', () => {
    const then = forceFeed(asOfDay(d, day(2019, 9, 1)), 'gwent');
    expect(titles(then).some((t) => t.includes('by 27 September 2019'))).toBe(false);
    expect(titles(then).some((t) => t.includes('Report published: 27 June 2019'))).toBe(true);
  });
});

describe('siteFeed and atomXml', () => {
  test('the site feed holds every force’s news, newest first, up to its limit', () => {
    const feed = siteFeed(d);
    expect(feed.length).toBeLessThanOrEqual(SITE_FEED_LIMIT);
    expect(feed[0]?.day).toEqual(
      d.forces
        .flatMap((f) => forceFeed(d, f.id))
        .sort(
          (a, b) => b.day.year - a.day.year || b.day.month - a.day.month || b.day.day - a.day.day,
        )[0]?.day,
    );
  });

  test('writes well-formed Atom with absolute links under the site’s address', () => {
    const xml = atomXml({
      id: 'urn:x:feed',
      title: 'A & B',
      root: 'https://findings.test/',
      self: 'feed.xml',
      page: '',
      asOf: d.asOf,
      entries: forceFeed(d, 'gwent'),
    });
    const { DOMParser } = parseHTML('');
    const doc = new DOMParser().parseFromString(xml, 'text/xml');
    expect(doc.querySelector('feed > title')?.textContent).toBe('A & B');
    const entries = doc.querySelectorAll('entry');
    expect(entries.length).toBe(forceFeed(d, 'gwent').length);
    for (const e of entries) {
      expect(e.querySelector('link')?.getAttribute('href')).toMatch(/^https:\/\/findings\.test\//);
      expect(e.querySelector('updated')?.textContent).toMatch(/^\d{4}-\d\d-\d\dT00:00:00Z$/);
    }
  });
});
