import { describe, expect, it } from 'vitest';
import { standingSymbol, timeline, wrapText } from '../../src/charts/timeline.ts';
import { textWidth } from '../../src/charts/canvas.ts';
import { timelineEvents } from '../../src/views/inspection/timeline-events.ts';
import { day } from '../support/dates.ts';
import { AS_OF } from './fixtures.ts';
import { GWENT_WITH_UPDATES, asOfDay } from '../support/gwent-updates.ts';
import {
  expectAccessibleChart,
  expectNoOverlaps,
  normalise,
  parse,
  rectsPainted,
  texts,
} from './svg.ts';

describe('timeline', () => {
  const events = timelineEvents(GWENT_WITH_UPDATES, 'gwent-2019');
  const title = 'Gwent 2019: what happened when';
  const svg = timeline(events, { title, asOf: AS_OF });
  const words = texts(svg).map((t) => t.text);

  it('matches the Gwent 2019 snapshot', async () => {
    await expect(normalise(svg)).toMatchFileSnapshot('../output/timeline-gwent.svg');
  });

  it('is an accessible chart whose labels never overlap', () => {
    expectAccessibleChart(svg, title, 640);
    expectNoOverlaps(svg);
  });

  it('labels every event and the as-of date', () => {
    expect(words).toContain('As of 28 November 2026');
    expect(words).toContain('Fieldwork: 4 to 15 February 2019');
    expect(words).toContain('6 recommendations: by 27 September 2019 – overdue');
    expect(words).toContain('Post-inspection review published: July 2020');
    // Long labels wrap, but every word of every label is drawn.
    const drawn = words.join(' ');
    for (const e of events) for (const word of e.label.split(' ')) expect(drawn).toContain(word);
  });

  it('draws ranges as bars, days as markers, and the as-of rule as a dashed line', () => {
    const root = parse(svg);
    // Fieldwork, review fieldwork (January 2020) and review publication (July 2020).
    expect(rectsPainted(svg, 'currentColor')).toHaveLength(3);
    // Publication, 2 deadlines and 4 milestones are single days; 3 updates are markers too.
    const markers = root.querySelectorAll('g[stroke-width="1.5"] > *');
    expect(markers).toHaveLength(10);
    expect(root.querySelectorAll('g[stroke-dasharray] > path')).toHaveLength(1);
  });

  it('draws updates as outlined squares, a shape no other kind uses, even when known only to the month', () => {
    const root = parse(svg);
    const outlined = Array.from(root.querySelectorAll('g[fill="none"][stroke-width="1.5"]'));
    // Plot draws every marker as a path, one group per shape: the outlined squares are the 3
    // updates; the crosses are the 5 overdue items (2 deadlines, 3 milestones).
    const groups = outlined.map((g) => g.children.length).sort();
    expect(groups).toEqual([3, 5]);
    const updates = words.filter((w) => w.startsWith('Update'));
    expect(updates).toHaveLength(3);
    expect(words.join(' ')).toContain('8 recommendations, progress not assessed');
  });

  it('marks each deadline and milestone by where it stands, by shape as well as in its label', () => {
    const marks = events
      .filter((e) => e.standing !== undefined)
      .map((e) => [e.kind, e.standing, standingSymbol(e)]);
    expect(marks).toContainEqual(['deadline', 'overdue', { symbol: 'times', filled: false }]);
    expect(marks).toContainEqual(['milestone', 'met late', { symbol: 'hexagon', filled: true }]);
    const open = { date: day(2030, 1, 1), label: 'x', kind: 'deadline' as const };
    expect(standingSymbol({ ...open, standing: 'open, not yet due' })).toEqual({
      symbol: 'diamond',
      filled: false,
    });
    expect(standingSymbol({ ...open, standing: 'met' })).toEqual({
      symbol: 'diamond',
      filled: true,
    });
    expect(standingSymbol({ ...open, kind: 'milestone', standing: 'no public record' })).toEqual({
      symbol: 'hexagon',
      filled: false,
    });
    for (const e of events.filter((x) => x.standing !== undefined))
      expect(e.label).toMatch(
        / – (overdue|met|met late|open, not yet due|closed \(superseded\)|no public record|open, may be past due)$/,
      );
  });

  it('breaks the axis when the as-of date is long after the last event', () => {
    expect(words).toContain('April 2019');
    expect(words).not.toContain('2026');
  });

  it('puts a nearby as-of date on a continuous axis, and stays legible at 320 pixels', async () => {
    const asOf = day(2019, 9, 1);
    // Updates published after the as-of date are not yet known then, so they are not drawn.
    const then = timelineEvents(asOfDay(GWENT_WITH_UPDATES, asOf), 'gwent-2019');
    expect(then.filter((e) => e.kind === 'update')).toHaveLength(1);
    const during = timeline(then, { title: 'During', asOf, width: 320 });
    await expect(normalise(during)).toMatchFileSnapshot('../output/timeline-gwent-320.svg');
    expectAccessibleChart(during, 'During', 320);
    expectNoOverlaps(during);
    expect(texts(during).map((t) => t.text)).toContain('As of 1 September 2019');
  });

  it('rejects an empty timeline', () => {
    expect(() => timeline([], { title: 't', asOf: AS_OF })).toThrow(RangeError);
  });
});

describe('wrapText', () => {
  it('breaks between words so each line fits', () => {
    const lines = wrapText('The police and crime commissioner publishes comments', 150);
    expect(lines.join(' ')).toBe('The police and crime commissioner publishes comments');
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(150);
  });
});
