// Stacked bars of grade counts, one per row (sample, assessor or practice area).
import type { GradedRow } from '../domain/order.ts';
import type { Grade } from '../dataset/types.ts';
import { sceneOptions } from './canvas.ts';
import { DEFAULT_WIDTH, renderPlot, type ChartOptions } from './render.ts';
import { pixelsPerCase, stackedRows } from './stacked-rows.ts';

export { legendItems } from './palette.ts';

/** One bar: a row's published grade counts, its total and how many grades were not published. */
export type BarRow = GradedRow;

/** An SVG of horizontal stacked bars scaled by count, each segment labelled with its count. */
export function gradeBars(
  rows: readonly BarRow[],
  grades: readonly Grade[],
  opts: ChartOptions,
): string {
  if (rows.length === 0) throw new RangeError('gradeBars needs at least one row');
  const width = opts.width ?? DEFAULT_WIDTH;
  const drawing = stackedRows(rows, grades, 0, pixelsPerCase(rows, width));
  const scene = {
    width,
    height: Math.ceil(drawing.bottom + 2),
    lines: [],
    boxes: drawing.boxes,
    markers: [],
    labels: drawing.labels,
  };
  return renderPlot(sceneOptions(scene), opts);
}
