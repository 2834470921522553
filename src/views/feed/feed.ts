// What changed, as an Atom feed for the whole site and for each force: a report or review
// published, a status update published, a deadline passing. Built from each inspection's
// timeline, so the feed says what the timeline says. Pure: the dataset and addresses are passed in.
import { dayNumber, lastDay, toIso, type DayDate } from '../../domain/dates.ts';
import { escapeXml } from '../../text/xml.ts';
import { forceOf, inspectionsOfForce } from '../../dataset/queries.ts';
import type { Dataset } from '../../dataset/types.ts';
import { inspectionShortName } from '../../text/page-text.ts';
import { SECTION_ID } from '../inspection/contents.ts';
import { timelineEvents, type TimelineEvent } from '../inspection/timeline-events.ts';

export interface FeedEntry {
  /** Stable whatever the site's address: "urn:x-police-child-protection:gwent-2019:deadline:…". */
  readonly id: string;
  readonly title: string;
  /** The page to read it on, relative to the site's root ("inspections/gwent-2019/"). */
  readonly path: string;
  /** The day it happened (for a month or a span, its last day: when it had surely happened). */
  readonly day: DayDate;
  readonly summary: string;
}

/** The most entries the site-wide feed keeps; a force's feed keeps all of its own. */
export const SITE_FEED_LIMIT = 100;

// Fieldwork is not news, and a review's publication is its own inspection's 'publication', so
// the reviewed inspection's copy of it ('review') would say it twice.
const NEWS: ReadonlySet<TimelineEvent['kind']> = new Set([
  'publication',
  'deadline',
  'milestone',
  'update',
]);

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

/** Every entry of one force's inspections, newest first; deadlines only once they have passed. */
export function forceFeed(d: Dataset, force: string): FeedEntry[] {
  const name = forceOf(d, force).name;
  const today = dayNumber(d.asOf);
  return inspectionsOfForce(d, force)
    .flatMap((i) => {
      const seen = new Map<string, number>();
      return timelineEvents(d, i.id).flatMap((e): FeedEntry[] => {
        const day = lastDay(e.end ?? e.date);
        if (!NEWS.has(e.kind) || dayNumber(day) > today) return [];
        const key = `${i.id}:${e.kind}:${toIso(day)}`;
        const n = (seen.get(key) ?? 0) + 1;
        seen.set(key, n);
        const happened =
          e.kind === 'deadline' || e.kind === 'milestone' ? `Fell due: ${e.label}` : e.label;
        return [
          {
            id: `urn:x-police-child-protection:${key}:${String(n)}`,
            title: `${name} (${lowerFirst(inspectionShortName(i))}): ${happened}`,
            path:
              e.kind === 'publication'
                ? `inspections/${i.id}/`
                : `inspections/${i.id}/#${SECTION_ID.deadlines}`,
            day,
            summary: `${happened}. ${i.title}.`,
          },
        ];
      });
    })
    .sort((a, b) => dayNumber(b.day) - dayNumber(a.day) || (a.id < b.id ? -1 : 1));
}

/** The site's entries, newest first, at most SITE_FEED_LIMIT. */
export function siteFeed(d: Dataset): FeedEntry[] {
  return d.forces
    .flatMap((f) => forceFeed(d, f.id))
    .sort((a, b) => dayNumber(b.day) - dayNumber(a.day) || (a.id < b.id ? -1 : 1))
    .slice(0, SITE_FEED_LIMIT);
}

const stamp = (d: DayDate): string => `${toIso(d)}T00:00:00Z`;

/** A feed as Atom XML. `root` is the site's address, or "/" where it is not known. */
export function atomXml(feed: {
  readonly id: string;
  readonly title: string;
  readonly root: string;
  /** The feed's own path and the page it follows, relative to the root. */
  readonly self: string;
  readonly page: string;
  readonly asOf: DayDate;
  readonly entries: readonly FeedEntry[];
}): string {
  const href = (path: string) => escapeXml(`${feed.root}${path}`);
  const updated = feed.entries[0]?.day ?? feed.asOf;
  const entries = feed.entries.map((e) =>
    [
      '  <entry>',
      `    <id>${escapeXml(e.id)}</id>`,
      `    <title>${escapeXml(e.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${href(e.path)}"/>`,
      `    <updated>${stamp(e.day)}</updated>`,
      `    <summary>${escapeXml(e.summary)}</summary>`,
      '  </entry>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">',
    `  <id>${escapeXml(feed.id)}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <link rel="self" type="application/atom+xml" href="${href(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${href(feed.page)}"/>`,
    `  <updated>${stamp(updated)}</updated>`,
    '  <author><name>Police child protection inspections</name></author>',
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
