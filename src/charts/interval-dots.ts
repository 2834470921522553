// Shares with their 95% intervals, one row per item: its name on a line, then a dot at the share
// on a 0–100% axis with the interval drawn as a line through it and the counts beside it. A dot is
// hollow for a small sample, so that is said by shape as well as by the words. Laid out in pixels
// like the other charts, so it reads the same at 640 px and at 288 px.
import { scaleLinear } from 'd3-scale';
import {
  LINE_HEIGHT,
  sceneOptions,
  textWidth,
  type Label,
  type Line,
  type Marker,
} from './canvas.ts';
import { DEFAULT_WIDTH, renderPlot, type ChartOptions } from './render.ts';

/** One row: its name, the share (0–1) with its interval, and the words beside the dot. */
export interface IntervalRow {
  readonly key: string;
  readonly label: string;
  /** A shorter name, used where the full one would not fit the chart's width. */
  readonly shortLabel: string;
  readonly share: number;
  readonly lower: number;
  readonly upper: number;
  /** "23 of 80 (29%)": counts first, the share as well where the sample is not small. */
  readonly value: string;
  readonly small: boolean;
  /** The row's words in full, for its tooltip and accessible name. */
  readonly tip: string;
}

const TICKS = [0, 0.25, 0.5, 0.75, 1];
const ROW_GAP = 6;
/** Where the first row starts and how tall each row is, for a script that reorders the rows. */
export const INTERVAL_TOP = LINE_HEIGHT;
export const INTERVAL_ROW_HEIGHT = 2 * LINE_HEIGHT + ROW_GAP;

/** An SVG of shares with intervals, one row per item, on a shared 0–100% axis. */
export function intervalDots(rows: readonly IntervalRow[], opts: ChartOptions): string {
  if (rows.length === 0) throw new RangeError('intervalDots needs at least one row');
  const width = opts.width ?? DEFAULT_WIDTH;
  // Room on the right for the widest value label, so no label runs off the chart.
  const valueRoom = Math.max(...rows.map((r) => textWidth(r.value))) + 8;
  const x = scaleLinear()
    .domain([0, 1])
    .range([8, Math.max(width - valueRoom, width / 2)]);
  const top = INTERVAL_TOP;
  const rowHeight = INTERVAL_ROW_HEIGHT;
  const bottom = top + rows.length * rowHeight;
  const lines: Line[] = TICKS.map((t) => ({
    x1: x(t),
    x2: x(t),
    y1: top,
    y2: bottom,
    dashed: true,
    attributes: { 'data-axis': '' },
  }));
  const labels: Label[] = TICKS.map((t, i) => ({
    x: x(t),
    y: LINE_HEIGHT / 2,
    text: `${String(Math.round(t * 100))}%`,
    anchor: i === 0 ? 'start' : i === TICKS.length - 1 ? 'end' : 'middle',
    fill: 'currentColor',
    bold: false,
  }));
  const markers: Marker[] = [];
  rows.forEach((r, i) => {
    const y0 = top + i * rowHeight;
    const y = y0 + LINE_HEIGHT * 1.5;
    // Every element of a row names it (data-row), so a script can move or hide the row whole.
    const row = { 'data-row': r.key };
    const attributes = { ...row, 'data-tip': r.tip, 'data-key': r.key };
    labels.push({
      x: 0,
      y: y0 + LINE_HEIGHT / 2,
      text: textWidth(r.label, true) <= width ? r.label : r.shortLabel,
      anchor: 'start',
      fill: 'currentColor',
      bold: true,
      halo: true,
      attributes: row,
    });
    lines.push({ x1: x(r.lower), x2: x(r.upper), y1: y, y2: y, dashed: false, attributes });
    markers.push({ x: x(r.share), y, symbol: 'circle', filled: !r.small, attributes });
    labels.push({
      x: x(r.upper) + 8,
      y,
      text: r.value,
      anchor: 'start',
      fill: 'currentColor',
      bold: false,
      halo: true,
      attributes: row,
    });
  });
  const scene = { width, height: Math.ceil(bottom + 2), lines, boxes: [], markers, labels };
  return renderPlot(sceneOptions(scene), opts);
}
