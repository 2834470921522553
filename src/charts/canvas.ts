// A chart as positioned shapes and words, drawn by Plot with identity scales: the charts lay out
// in pixels themselves because direct labels, lanes and "does it fit" all need pixel widths.
import * as Plot from '@observablehq/plot';
import { groups } from 'd3-array';
import { CHART_BACKGROUND } from './palette.ts';
import { FONT_SIZE } from './render.ts';

/**
 * Data attributes for one drawn element, for the page's script: `data-tip` (the segment's words,
 * shown as a tooltip and made its name), `data-key` (the row it belongs to, for focusing an
 * area), `data-count` and `data-percent` (a label's text as a count, and as count with percent).
 */
export type DataAttributes = Readonly<Record<`data-${string}`, string>>;

/** Anything drawn may carry data attributes, set on its own element. */
interface Attributed {
  readonly attributes?: DataAttributes;
}

/** A rectangle in pixels, filled with a CSS colour or outlined with a dashed line when `fill` is 'none'. */
export interface Box extends Attributed {
  readonly x1: number;
  readonly x2: number;
  readonly y1: number;
  readonly y2: number;
  readonly fill: string;
  readonly stroke: string;
  readonly dashed: boolean;
}

/** One line of text, vertically centred on y. */
export interface Label extends Attributed {
  readonly x: number;
  readonly y: number;
  readonly text: string;
  readonly anchor: 'start' | 'middle' | 'end';
  readonly fill: string;
  readonly bold: boolean;
  /** Outline the text in the page background so lines behind it do not cut through it. */
  readonly halo?: boolean;
}

/** A straight line in pixels, in the text colour. */
export interface Line extends Attributed {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  readonly dashed: boolean;
}

/** A marker symbol in pixels, in the text colour. */
export interface Marker extends Attributed {
  readonly x: number;
  readonly y: number;
  /** 'times' (×) is drawn as lines only, so `filled` does not change it. */
  readonly symbol: 'circle' | 'square' | 'diamond' | 'triangle' | 'hexagon' | 'times';
  readonly filled: boolean;
}

/** Everything a chart draws, back to front: lines, boxes, markers, labels. */
export interface Scene {
  readonly width: number;
  readonly height: number;
  readonly lines: readonly Line[];
  readonly boxes: readonly Box[];
  readonly markers: readonly Marker[];
  readonly labels: readonly Label[];
}

const DASH = '4,3';
const MARKER_RADIUS = 4.5;

// An upper estimate of system-ui glyph widths, so a label judged to fit does fit.
const AVERAGE_EM = 0.6;
const BOLD_EM = 0.65;

/** The estimated width in pixels of a line of chart text. */
export function textWidth(text: string, bold = false): number {
  return text.length * FONT_SIZE * (bold ? BOLD_EM : AVERAGE_EM);
}

/** The vertical space one line of chart text needs, in pixels. */
export const LINE_HEIGHT = Math.round(FONT_SIZE * 1.5);

// One mark per shared style keeps each style on its <g> once rather than on every element.
/** Items grouped by a key, the groups in order of first appearance (d3's `groups` keeps it). */
const groupBy = <T>(items: readonly T[], key: (item: T) => string): T[][] =>
  groups(items, key).map(([, group]) => group);

function first<T>(group: readonly T[]): T {
  const item = group[0];
  if (item === undefined) throw new Error('empty group');
  return item;
}

// Plot marks take no arbitrary attributes, so a render transform sets them on the elements Plot
// draws, which are one per datum in index order.
function withAttributes(group: readonly Attributed[]): Pick<Plot.MarkOptions, 'render'> {
  if (!group.some((item) => item.attributes !== undefined)) return {};
  return {
    render: (index, scales, values, dimensions, context, next) => {
      const g = next?.(index, scales, values, dimensions, context) ?? null;
      if (g === null) return null;
      const elements = Array.from(g.children);
      index.forEach((i, k) => {
        const element = elements[k];
        const attributes = group[i]?.attributes ?? {};
        for (const [name, value] of Object.entries(attributes)) element?.setAttribute(name, value);
      });
      return g;
    },
  };
}

// One mark per group of shapes drawn alike, so the SVG has a few groups, not one per shape.
const lineMarks = (lines: readonly Line[]) =>
  groupBy(lines, (l) => String(l.dashed)).map((group) =>
    Plot.link(group, {
      x1: 'x1',
      y1: 'y1',
      x2: 'x2',
      y2: 'y2',
      stroke: 'currentColor',
      ...(first(group).dashed ? { strokeDasharray: DASH } : {}),
      ...withAttributes(group),
    }),
  );

const boxMarks = (boxes: readonly Box[]) =>
  groupBy(boxes, (b) => `${b.fill}|${b.stroke}|${b.dashed}`).map((group) => {
    const { fill, stroke, dashed } = first(group);
    return Plot.rect(group, {
      x1: 'x1',
      x2: 'x2',
      y1: 'y1',
      y2: 'y2',
      fill,
      stroke,
      ...(dashed ? { strokeDasharray: DASH } : {}),
      ...withAttributes(group),
    });
  });

const markerMarks = (markers: readonly Marker[]) =>
  groupBy(markers, (m) => `${m.symbol}|${m.filled}`).map((group) => {
    const { symbol, filled } = first(group);
    return Plot.dot(group, {
      x: 'x',
      y: 'y',
      r: MARKER_RADIUS,
      symbol,
      fill: filled ? 'currentColor' : 'none',
      stroke: 'currentColor',
      strokeWidth: 1.5,
      ...withAttributes(group),
    });
  });

const labelMarks = (labels: readonly Label[]) =>
  groupBy(labels, (l) => `${l.anchor}|${l.fill}|${l.bold}|${l.halo === true}`).map((group) => {
    const { anchor, fill, bold, halo } = first(group);
    return Plot.text(group, {
      x: 'x',
      y: 'y',
      text: 'text',
      textAnchor: anchor,
      fill,
      ...(bold ? { fontWeight: 'bold' } : {}),
      ...(halo === true ? { stroke: CHART_BACKGROUND, strokeWidth: 4 } : {}),
      ...withAttributes(group),
    });
  });

/** Plot options that draw a scene at its own pixel size with no scales, axes or margins. */
export function sceneOptions(scene: Scene): Plot.PlotOptions {
  return {
    width: scene.width,
    height: scene.height,
    margin: 0,
    x: { type: 'identity', axis: null },
    y: { type: 'identity', axis: null },
    marks: [
      ...lineMarks(scene.lines),
      ...boxMarks(scene.boxes),
      ...markerMarks(scene.markers),
      ...labelMarks(scene.labels),
    ],
  };
}

/** Keeps labels, in priority order, that do not overlap one already kept, shifted inside 0..width. */
export function withoutOverlaps(candidates: readonly Label[], width: number): Label[] {
  const kept: { left: number; right: number }[] = [];
  const placed: Label[] = [];
  for (const label of candidates) {
    const w = textWidth(label.text, label.bold);
    const anchored =
      label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - w : label.x - w / 2;
    const left = Math.min(Math.max(anchored, 0), width - w);
    if (kept.some((k) => left < k.right + 4 && left + w > k.left - 4)) continue;
    kept.push({ left, right: left + w });
    placed.push({ ...label, x: left, anchor: 'start' });
  }
  return placed;
}
