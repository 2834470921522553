// Horizontal stacked bars of grade counts, one per row, shared by every chart that shows grades.
import { sum } from 'd3-array';
import type { GradedRow } from '../domain/order.ts';
import { countWithPercent, percentOf } from '../text/page-text.ts';
import { casesShareText } from '../text/shares.ts';
import type { Grade } from '../dataset/types.ts';
import { LINE_HEIGHT, textWidth, type Box, type DataAttributes, type Label } from './canvas.ts';
import { GRADE_EDGE, gradeColour, gradeLabelColour } from './palette.ts';

const BAR_HEIGHT = 26;
const ROW_GAP = 14;
const SEGMENT_GAP = 1;
const LABEL_PADDING = 6;
const N_GAP = 6;

/** The vertical space each row takes: a label line above a bar, then a gap. */
export const ROW_PITCH = LINE_HEIGHT + 2 + BAR_HEIGHT + ROW_GAP;

/** The shapes and words of some rows, and the y just below the last bar. */
export interface RowsDrawing {
  readonly boxes: readonly Box[];
  readonly labels: readonly Label[];
  readonly bottom: number;
}

/** The number of cases a row's bar spans: its published grades plus any not stated. */
export function rowCases(row: GradedRow): number {
  const known = sum(row.counts, (c) => c.count);
  return known + Math.max(0, row.notStated ?? 0);
}

function nText(row: GradedRow): string {
  return row.total === null ? 'total not published' : `n = ${row.total}`;
}

/** Pixels per case so the longest bar and its "n = …" fit in the width. */
export function pixelsPerCase(rows: readonly GradedRow[], width: number): number {
  let fit = Infinity;
  for (const row of rows) {
    const cases = rowCases(row);
    if (cases > 0) fit = Math.min(fit, (width - N_GAP - textWidth(nText(row))) / cases);
  }
  return Number.isFinite(fit) ? Math.max(0, fit) : 0;
}

/** "6 of 8 cases", or "6 cases" when the row's total was not published. */
export function casesText(count: number, total: number | null): string {
  return total === null
    ? `${count} ${count === 1 ? 'case' : 'cases'}`
    : `${count} of ${total} cases`;
}

// A label the reader can switch to percentages carries both texts; one whose longer form would not
// fit its segment carries only its count, and the switch leaves it as a count.
function switchable(
  count: string,
  percent: string | null,
  fits: (text: string) => boolean,
): DataAttributes {
  return percent !== null && percent !== count && fits(percent)
    ? { 'data-count': count, 'data-percent': percent }
    : { 'data-count': count };
}

function countOf(row: GradedRow, grade: Grade): number | null {
  return row.counts.find((c) => c.grade === grade.id)?.count ?? null;
}

/** One row's bar, and where its boxes and labels go. */
interface Band {
  readonly row: GradedRow;
  readonly y1: number;
  readonly y2: number;
  readonly middle: number;
  readonly key: DataAttributes;
  readonly boxes: Box[];
  readonly labels: Label[];
}

/** A grade's segment from x to x2, with its count inside when the count fits. */
function drawGrade(
  band: Band,
  grade: Grade,
  grades: number,
  count: number,
  x: number,
  x2: number,
  last: boolean,
): void {
  const { row, y1, y2, key } = band;
  // A hairline of background between segments marks where one grade ends.
  band.boxes.push({
    x1: x,
    x2: last ? x2 : Math.max(x, x2 - SEGMENT_GAP),
    y1,
    y2,
    fill: gradeColour(grade.rank, grades),
    stroke: GRADE_EDGE,
    dashed: false,
    attributes: {
      'data-tip': `${row.label}: ${grade.label}, ${casesShareText(count, row.total)}`,
      ...key,
    },
  });
  const fits = (t: string): boolean => textWidth(t, true) + LABEL_PADDING <= x2 - x - SEGMENT_GAP;
  const text = String(count);
  if (!fits(text)) return;
  band.labels.push({
    x: (x + x2 - SEGMENT_GAP) / 2,
    y: band.middle,
    text,
    anchor: 'middle',
    fill: gradeLabelColour(grade.rank, grades),
    bold: true,
    attributes: { ...switchable(text, countWithPercent(count, row.total), fits), ...key },
  });
}

/** The cases of a stated total with no published grade, outlined from x to x2. */
function drawNotStated(band: Band, notStated: number, x: number, x2: number): void {
  const { row, y1, y2, key } = band;
  // Outlined, not filled: these cases exist but their grades were not published.
  band.boxes.push({
    x1: x + 0.75,
    x2: Math.max(x + 0.75, x2 - 0.75),
    y1: y1 + 0.75,
    y2: y2 - 0.75,
    fill: 'none',
    stroke: 'currentColor',
    dashed: true,
    attributes: {
      'data-tip': `${row.label}: not stated, ${casesShareText(notStated, row.total)}`,
      ...key,
    },
  });
  const fits = (t: string): boolean => textWidth(t) + LABEL_PADDING <= x2 - x;
  const counted = `${notStated} not stated`;
  const text = [counted, 'not stated'].find(fits);
  if (text === undefined) return;
  const percent = percentOf(notStated, row.total);
  band.labels.push({
    x: (x + x2) / 2,
    y: band.middle,
    text,
    anchor: 'middle',
    fill: 'currentColor',
    bold: false,
    attributes:
      text === counted
        ? {
            ...switchable(
              text,
              percent === null ? null : `${notStated} (${percent}%) not stated`,
              fits,
            ),
            ...key,
          }
        : key,
  });
}

/** Draws rows from `top`: a label, then segments in scale order with their counts, then n. */
export function stackedRows(
  rows: readonly GradedRow[],
  grades: readonly Grade[],
  top: number,
  scale: number,
): RowsDrawing {
  const ordered = [...grades].sort((a, b) => a.rank - b.rank);
  const boxes: Box[] = [];
  const labels: Label[] = [];
  let y = top;
  for (const row of rows) {
    for (const c of row.counts) {
      if (!ordered.some((g) => g.id === c.grade)) {
        throw new Error(`row "${row.key}" has a count for "${c.grade}", which is not in the scale`);
      }
    }
    labels.push({
      x: 0,
      y: y + LINE_HEIGHT / 2,
      text: row.label,
      anchor: 'start',
      fill: 'currentColor',
      bold: false,
    });
    const y1 = y + LINE_HEIGHT + 2;
    const y2 = y1 + BAR_HEIGHT;
    const middle = (y1 + y2) / 2;
    const notStated = Math.max(0, row.notStated ?? 0);
    // Only published, non-zero counts are drawn: a null count is unknown, never zero.
    const segments = ordered.flatMap((grade) => {
      const count = countOf(row, grade);
      return count === null || count <= 0 ? [] : [{ grade, count }];
    });
    const key = { 'data-key': row.key };
    const band: Band = { row, y1, y2, middle, key, boxes, labels };
    let x = 0;
    segments.forEach(({ grade, count }, i) => {
      const x2 = x + count * scale;
      const last = i === segments.length - 1 && notStated === 0;
      drawGrade(band, grade, ordered.length, count, x, x2, last);
      x = x2;
    });
    if (notStated > 0) {
      const x2 = x + notStated * scale;
      drawNotStated(band, notStated, x, x2);
      x = x2;
    }
    labels.push({
      x: x + N_GAP,
      y: middle,
      text: nText(row),
      anchor: 'start',
      fill: 'currentColor',
      bold: false,
    });
    y += ROW_PITCH;
  }
  return { boxes, labels, bottom: y - ROW_GAP };
}
