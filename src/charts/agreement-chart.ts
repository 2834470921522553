// Force versus inspectors on the same cases: both distributions, then the agreement the published
// figures allow drawn as intervals, so a range can never be mistaken for a single value.
import type { Bounds } from '../domain/agreement.ts';
import type { GradedRow } from '../domain/order.ts';
import type { Agreement, Grade } from '../dataset/types.ts';
import {
  LINE_HEIGHT,
  sceneOptions,
  withoutOverlaps,
  type Box,
  type Label,
  type Line,
} from './canvas.ts';
import { DEFAULT_WIDTH, renderPlot, type ChartOptions } from './render.ts';
import { pixelsPerCase, stackedRows } from './stacked-rows.ts';

const SECTION_GAP = 24;
const INTERVAL_HALF_HEIGHT = 7;
const CAP_HALF_HEIGHT = 10;
const TICK_HALF_HEIGHT = 5;

/** Row labels for the two sides, as the page's table twin also names them. */
export const SIDE_LABELS = { force: "Force's own grading", inspectorate: "Inspectors' grading" };

interface RangeSpec {
  readonly heading: string;
  /** Exact figures are drawn as a bar from zero; ranges as a floating interval. */
  readonly bounds: Bounds;
  readonly exact: boolean;
}

function describe(what: string, bounds: Bounds, cases: number, exact: boolean): string {
  if (exact) return `${what}: ${bounds.max} of ${cases}`;
  if (bounds.min === bounds.max) return `${what}: exactly ${bounds.min} of ${cases}`;
  return `${what}: between ${bounds.min} and ${bounds.max} of ${cases}`;
}

function rangeSpecs(a: Agreement): RangeSpec[] {
  const cases = a.range.cases;
  const figures: [string, Bounds, number | undefined][] = [
    ['Graded the same', a.range.same, a.exact?.same],
    ['Force graded more favourably', a.range.forceMoreFavourable, a.exact?.forceMoreFavourable],
    ['Force graded less favourably', a.range.forceLessFavourable, a.exact?.forceLessFavourable],
  ];
  return figures.map(([what, range, exact]) => {
    const bounds = exact === undefined ? range : { min: 0, max: exact };
    return {
      heading: describe(what, bounds, cases, exact !== undefined),
      bounds,
      exact: exact !== undefined,
    };
  });
}

/**
 * The line from 0 to n with ticks at its ends and, for a range, caps at its bounds: caps make the
 * interval read as "from here to there", not as a bar from zero.
 */
function rangeLines(
  spec: RangeSpec,
  cases: number,
  centre: number,
  x: (n: number) => number,
): Line[] {
  const { min, max } = spec.bounds;
  const lines: Line[] = [
    { x1: 0, y1: centre, x2: x(cases), y2: centre, dashed: false },
    ...[0, cases].map((n) => ({
      x1: x(n),
      y1: centre - TICK_HALF_HEIGHT,
      x2: x(n),
      y2: centre + TICK_HALF_HEIGHT,
      dashed: false,
    })),
  ];
  if (spec.exact) return lines;
  // A single value has only its cap to carry the tooltip.
  for (const n of min === max ? [min] : [min, max]) {
    lines.push({
      x1: x(n),
      y1: centre - CAP_HALF_HEIGHT,
      x2: x(n),
      y2: centre + CAP_HALF_HEIGHT,
      dashed: false,
      ...(min === max ? { attributes: rangeTip(spec) } : {}),
    });
  }
  return lines;
}

// The interval names itself for the page's tooltip.
const rangeTip = (spec: RangeSpec) => ({ 'data-tip': `${spec.heading} cases` });

function drawRange(
  spec: RangeSpec,
  cases: number,
  top: number,
  scale: number,
  width: number,
): { boxes: Box[]; lines: Line[]; labels: Label[]; bottom: number } {
  const centre = top + LINE_HEIGHT + 12;
  const x = (n: number): number => n * scale;
  const { min, max } = spec.bounds;
  const lines = rangeLines(spec, cases, centre, x);
  const tip = rangeTip(spec);
  const boxes: Box[] =
    max > min
      ? [
          {
            x1: x(min),
            x2: x(max),
            y1: centre - INTERVAL_HALF_HEIGHT,
            y2: centre + INTERVAL_HALF_HEIGHT,
            fill: 'currentColor',
            stroke: 'none',
            dashed: false,
            attributes: tip,
          },
        ]
      : [];
  const below = centre + CAP_HALF_HEIGHT + LINE_HEIGHT / 2 + 2;
  const value = (n: number, anchor: Label['anchor'] = 'middle'): Label => ({
    x: x(n),
    y: below,
    text: String(n),
    anchor,
    fill: 'currentColor',
    bold: false,
  });
  const ends = spec.exact ? [max] : min === max ? [min] : [min, max];
  const labels: Label[] = [
    {
      x: 0,
      y: top + LINE_HEIGHT / 2,
      text: spec.heading,
      anchor: 'start',
      fill: 'currentColor',
      bold: false,
    },
    ...withoutOverlaps(
      [...ends.map((n) => value(n)), value(0, 'start'), value(cases, 'end')],
      width,
    ),
  ];
  return { boxes, lines, labels, bottom: below + LINE_HEIGHT / 2 };
}

/** An SVG of both sides' grades of the same cases, and the agreement range as intervals on 0..n. */
export function agreementChart(a: Agreement, grades: readonly Grade[], opts: ChartOptions): string {
  const width = opts.width ?? DEFAULT_WIDTH;
  const cases = a.range.cases;
  const side = (key: 'force' | 'inspectorate'): GradedRow => ({
    key,
    label: SIDE_LABELS[key],
    counts: a.grades.map((grade, i) => ({ grade, count: a[key][i] ?? null })),
    total: cases,
    notStated: null,
  });
  const rows = [side('force'), side('inspectorate')];
  const scale = pixelsPerCase(rows, width);
  const drawing = stackedRows(rows, grades, 0, scale);
  const boxes: Box[] = [...drawing.boxes];
  const lines: Line[] = [];
  const labels: Label[] = [...drawing.labels];
  let bottom = drawing.bottom;
  for (const spec of rangeSpecs(a)) {
    const range = drawRange(spec, cases, bottom + SECTION_GAP, scale, width);
    boxes.push(...range.boxes);
    lines.push(...range.lines);
    labels.push(...range.labels);
    bottom = range.bottom;
  }
  const scene = {
    width,
    height: Math.ceil(bottom + 2),
    lines,
    boxes,
    markers: [],
    labels,
  };
  return renderPlot(sceneOptions(scene), opts);
}
