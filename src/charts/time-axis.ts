// The timeline's time axis: a linear scale of days that breaks before an as-of date far after the
// events, with ticks by year, quarter or month as the span allows.
import { MONTH_NAMES, dayNumber, type DayDate } from '../domain/dates.ts';
import type { TimelineEvent } from '../views/inspection/timeline-events.ts';
import { LINE_HEIGHT, withoutOverlaps, type Label, type Line } from './canvas.ts';

const BREAK_ZONE = 40;
export const AXIS_TICK = 5;

export interface Axis {
  /** Pixel x of a day number. */
  readonly x: (day: number) => number;
  /** Where the continuous axis ends: the width, or the start of the break before the as-of date. */
  readonly right: number;
  readonly first: number;
  readonly last: number;
  readonly asOfX: number;
  readonly broken: boolean;
}

// An as-of date long after the last event would squeeze every event into a corner, so the axis
// breaks and the as-of rule stands past the break.
export function makeAxis(events: readonly TimelineEvent[], asOf: DayDate, width: number): Axis {
  const starts = events.map((e) => dayNumber(e.date));
  const ends = events.map((e) => dayNumber(e.end ?? e.date) + 1);
  const today = dayNumber(asOf);
  let first = Math.min(...starts);
  let last = Math.max(...ends);
  const span = Math.max(last - first, 30);
  const broken = today > last + span / 2;
  if (!broken) {
    first = Math.min(first, today);
    last = Math.max(last, today + 1);
  }
  const pad = Math.max((last - first) * 0.02, 2);
  first -= pad;
  last += pad;
  const right = broken ? width - BREAK_ZONE : width;
  const x = (day: number): number => ((day - first) / (last - first)) * right;
  return { x, right, first, last, asOfX: broken ? width - 8 : x(today + 0.5), broken };
}

interface Ticks {
  readonly lines: Line[];
  readonly labels: Label[];
}

export function axisTicks(axis: Axis, y: number): Ticks {
  const firstYear = Math.floor(axis.first / 365.2425) + 1970;
  const lastYear = Math.floor(axis.last / 365.2425) + 1971;
  const days = axis.last - axis.first;
  // Years over long spans, quarters over a few years' worth, months over short spans.
  const yearly = days > 3 * 365;
  const months = yearly ? [1] : days > 240 ? [1, 4, 7, 10] : MONTH_NAMES.map((_, m) => m + 1);
  const ticks: { day: number; text: string }[] = [];
  for (let year = firstYear - 1; year <= lastYear; year += 1) {
    for (const month of months) {
      const day = dayNumber({ precision: 'day', year, month, day: 1 });
      if (day < axis.first || day > axis.last) continue;
      ticks.push({ day, text: yearly ? String(year) : `${MONTH_NAMES[month - 1] ?? ''} ${year}` });
    }
  }
  const lines = ticks.map((t) => ({
    x1: axis.x(t.day),
    y1: y,
    x2: axis.x(t.day),
    y2: y + AXIS_TICK,
    dashed: false,
  }));
  const labels = withoutOverlaps(
    ticks.map((t) => ({
      x: axis.x(t.day),
      y: y + AXIS_TICK + LINE_HEIGHT / 2 + 2,
      text: t.text,
      anchor: 'middle' as const,
      fill: 'currentColor',
      bold: false,
    })),
    axis.right,
  );
  return { lines, labels };
}

/** The axis line, broken by two slashes where time is left out before the as-of date. */
export function axisLine(axis: Axis, axisY: number, width: number): Line[] {
  const lines: Line[] = [{ x1: 0, y1: axisY, x2: axis.right, y2: axisY, dashed: false }];
  if (!axis.broken) return lines;
  for (const dx of [6, 12]) {
    lines.push({
      x1: axis.right + dx - 3,
      y1: axisY + 5,
      x2: axis.right + dx + 3,
      y2: axisY - 5,
      dashed: false,
    });
  }
  lines.push({ x1: axis.right + 18, y1: axisY, x2: width, y2: axisY, dashed: false });
  return lines;
}
