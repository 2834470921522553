// A horizontal timeline of an inspection's events, each labelled beside its mark and packed into
// lanes so no two labels overlap, with a rule at the date the figures are judged against.
import { dayNumber, formatDate, type DayDate } from '../domain/dates.ts';
import type { TimelineEvent, TimelineKind } from '../views/inspection/timeline-events.ts';
import {
  LINE_HEIGHT,
  sceneOptions,
  textWidth,
  withoutOverlaps,
  type Box,
  type Label,
  type Marker,
} from './canvas.ts';
import { DEFAULT_WIDTH, renderPlot, type ChartOptions } from './render.ts';
import { AXIS_TICK, axisLine, axisTicks, makeAxis, type Axis } from './time-axis.ts';

export type { TimelineEvent } from '../views/inspection/timeline-events.ts';

/** Timeline options: accessible text and width, and the date the rule marks as "as of". */
export interface TimelineOptions extends ChartOptions {
  readonly asOf: DayDate;
}

const LANE = LINE_HEIGHT + 4;
const TOP = LINE_HEIGHT + 6;
const LABEL_GAP = 6;
const LANE_GAP = 10;
const MARKER_HALF = 5;
const RANGE_HALF_HEIGHT = 5;

const SYMBOLS: Record<TimelineKind, Pick<Marker, 'symbol' | 'filled'>> = {
  publication: { symbol: 'circle', filled: true },
  fieldwork: { symbol: 'triangle', filled: true },
  deadline: { symbol: 'diamond', filled: true },
  milestone: { symbol: 'circle', filled: false },
  review: { symbol: 'square', filled: true },
  // An update is an outlined square whatever its precision, so it never passes for a span of
  // fieldwork; its label starts "Update", so shape and words both tell it apart.
  update: { symbol: 'square', filled: false },
};

/**
 * The mark of a deadline or milestone by where its items stand, so standing is told by shape as
 * well as by the label: filled once met, open while open (or closed, or with no public record),
 * and a cross when overdue. Recommendations are diamonds and milestones hexagons.
 */
export function standingSymbol(e: TimelineEvent): Pick<Marker, 'symbol' | 'filled'> {
  const own = SYMBOLS[e.kind];
  if (e.standing === undefined) return own;
  if (e.standing === 'overdue') return { symbol: 'times', filled: false };
  const symbol = e.kind === 'milestone' ? 'hexagon' : own.symbol;
  return { symbol, filled: e.standing === 'met' || e.standing === 'met late' };
}

/** Whether an event is drawn as a marker (a day, or an update) rather than as a bar. */
const isPoint = (e: TimelineEvent): boolean => e.end === undefined || e.kind === 'update';

/** Splits text into lines no wider than `width`, breaking between words. */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && textWidth(candidate) > width) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

interface Placed {
  readonly event: TimelineEvent;
  readonly markLeft: number;
  readonly markRight: number;
  readonly lines: readonly string[];
  readonly anchor: 'start' | 'end';
  readonly textX: number;
  readonly left: number;
  readonly right: number;
}

// The label goes right of its mark, else left, else wrapped on the roomier side. Past a broken
// axis the as-of rule stands alone, so labels stop short of it.
function placeLabel(event: TimelineEvent, axis: Axis, width: number): Placed {
  const start = axis.x(dayNumber(event.date));
  const end = axis.x(dayNumber(event.end ?? event.date) + 1);
  const ranged = !isPoint(event);
  // A month-precision update sits in the middle of its month.
  const centre = event.end === undefined ? start : (start + end) / 2;
  const markLeft = ranged ? start : centre - MARKER_HALF;
  const markRight = ranged ? Math.max(end, start + 3) : centre + MARKER_HALF;
  const rightLimit = axis.broken ? axis.asOfX - LABEL_GAP : width;
  const roomRight = rightLimit - (markRight + LABEL_GAP);
  const roomLeft = markLeft - LABEL_GAP;
  const w = textWidth(event.label);
  const onRight = w <= roomRight || (w > roomLeft && roomRight >= roomLeft);
  const lines =
    w <= Math.max(roomRight, roomLeft)
      ? [event.label]
      : wrapText(event.label, Math.max(roomRight, roomLeft));
  const widest = Math.max(...lines.map((l) => textWidth(l)));
  const textX = onRight ? markRight + LABEL_GAP : markLeft - LABEL_GAP;
  return {
    event,
    markLeft,
    markRight,
    lines,
    anchor: onRight ? 'start' : 'end',
    textX,
    left: onRight ? markLeft : textX - widest,
    right: onRight ? textX + widest : markRight,
  };
}

// Greedy packing in date order: each event takes the first lane (and the lanes below it for
// wrapped lines) where nothing it spans is already drawn.
function assignLanes(placed: readonly Placed[]): number[] {
  const occupied: { left: number; right: number }[][] = [];
  const free = (lane: number, p: Placed): boolean =>
    (occupied[lane] ?? []).every(
      (o) => p.right + LANE_GAP <= o.left || p.left >= o.right + LANE_GAP,
    );
  return placed.map((p) => {
    let lane = 0;
    while (!p.lines.every((_, i) => free(lane + i, p))) lane += 1;
    p.lines.forEach((_, i) => {
      const row = (occupied[lane + i] ??= []);
      row.push({ left: p.left, right: p.right });
    });
    return lane;
  });
}

/** Each event's mark (a bar for a range, a symbol for a day) and its label, in its lane. */
function eventMarks(
  placed: readonly Placed[],
  lanes: readonly number[],
  laneY: (lane: number) => number,
): { boxes: Box[]; markers: Marker[]; labels: Label[] } {
  const boxes: Box[] = [];
  const markers: Marker[] = [];
  const labels: Label[] = [];
  placed.forEach((p, i) => {
    const lane = lanes[i] ?? 0;
    const y = laneY(lane);
    if (isPoint(p.event)) {
      markers.push({ x: (p.markLeft + p.markRight) / 2, y, ...standingSymbol(p.event) });
    } else {
      // A due date known only to the month is a bar, filled like its marker would be (filled once
      // met, outlined otherwise) and crossed when overdue.
      const mark = standingSymbol(p.event);
      const filled = p.event.standing === undefined || mark.filled;
      boxes.push({
        x1: p.markLeft,
        x2: p.markRight,
        y1: y - RANGE_HALF_HEIGHT,
        y2: y + RANGE_HALF_HEIGHT,
        fill: filled ? 'currentColor' : 'none',
        stroke: filled ? 'none' : 'currentColor',
        dashed: false,
      });
      if (mark.symbol === 'times') markers.push({ x: (p.markLeft + p.markRight) / 2, y, ...mark });
    }
    p.lines.forEach((text, line) =>
      labels.push({
        x: p.textX,
        y: laneY(lane + line),
        text,
        anchor: p.anchor,
        fill: 'currentColor',
        bold: false,
        // A halo of background lets the as-of rule pass behind a label without striking it out.
        halo: true,
      }),
    );
  });
  return { boxes, markers, labels };
}

/** An SVG timeline: ranges as bars, days and updates as markers, labels in lanes, and an "as of" rule. */
export function timeline(events: readonly TimelineEvent[], opts: TimelineOptions): string {
  if (events.length === 0) throw new RangeError('timeline needs at least one event');
  const width = opts.width ?? DEFAULT_WIDTH;
  const axis = makeAxis(events, opts.asOf, width);
  const placed = events.map((e) => placeLabel(e, axis, width));
  const lanes = assignLanes(placed);
  const laneCount = Math.max(...placed.map((p, i) => (lanes[i] ?? 0) + p.lines.length));
  const laneY = (lane: number): number => TOP + lane * LANE + LANE / 2;
  const axisY = TOP + laneCount * LANE + 6;

  const { boxes, markers, labels } = eventMarks(placed, lanes, laneY);
  const lines = axisLine(axis, axisY, width);
  const ticks = axisTicks(axis, axisY);
  lines.push(...ticks.lines);
  labels.push(...ticks.labels);
  lines.push({ x1: axis.asOfX, y1: TOP - 4, x2: axis.asOfX, y2: axisY, dashed: true });
  labels.push(
    ...withoutOverlaps(
      [
        {
          x: axis.asOfX,
          y: LINE_HEIGHT / 2,
          text: `As of ${formatDate(opts.asOf)}`,
          anchor: 'end',
          fill: 'currentColor',
          bold: false,
        },
      ],
      width,
    ),
  );

  const scene = {
    width,
    height: Math.ceil(axisY + AXIS_TICK + LINE_HEIGHT + 4),
    lines,
    boxes,
    markers,
    labels,
  };
  return renderPlot(sceneOptions(scene), opts);
}
