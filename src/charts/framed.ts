// A chart that leaves the page: as a downloaded image or a link preview it loses the page's
// heading, source note, licence and stylesheet, so they are drawn into the image itself, and the
// palette's classes become the light-mode colours they stand for.
import { DOMParser } from 'linkedom';
import { gradeColour, lightPaint, paintClass, LABEL_COLOUR, PAGE_BACKGROUND } from './palette.ts';
import type { Grade } from '../dataset/types.ts';
import { escapeXml } from '../text/xml.ts';

/** The words around a chart in its image: what it shows, where from, and on what terms. */
export interface Frame {
  readonly title: string;
  /** "Source: <report> (<publisher>), <chapters>." */
  readonly source: string;
  /** The licence and the data version, which must travel with the image. */
  readonly credit: string;
  /** The grades the chart is coloured by, for a key (the page has one beside the chart). */
  readonly grades?: readonly Grade[] | undefined;
}

/** An SVG document and its size in pixels. */
export interface Image {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
}

const TEXT = LABEL_COLOUR.black;
const MUTED = '#484949';
const FONT = 'Inter, system-ui, -apple-system, Segoe UI, Roboto, Arial, sans-serif';
// An average letter of a sans-serif face is a little over half its size: lines wrap by it.
const LETTER = 0.55;

/** Breaks text into lines of at most `chars` characters, between words (a longer word stands alone). */
export function wrapWords(text: string, chars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > chars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Lines of text as one <text> element, the first baseline at `y`. */
function textBlock(
  lines: readonly string[],
  x: number,
  y: number,
  size: number,
  lineHeight: number,
  attributes: string,
): string {
  const spans = lines
    .map((l, i) => `<tspan x="${x}" y="${y + i * lineHeight}">${escapeXml(l)}</tspan>`)
    .join('');
  return `<text font-size="${size}" ${attributes}>${spans}</text>`;
}

/** A standalone image: its size, its title for screen readers, a light background, then `parts`. */
function imageSvg(width: number, height: number, title: string, parts: readonly string[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}" color="${TEXT}">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="${width}" height="${height}" fill="${PAGE_BACKGROUND.light}"/>`,
    ...parts,
    '</svg>',
  ].join('\n');
}

/** A key to the grade colours: a square of each colour, then its name, in rank order. */
function gradeKey(grades: readonly Grade[], x: number, y: number, size: number): string {
  let at = x;
  return [...grades]
    .sort((a, b) => a.rank - b.rank)
    .map((g) => {
      const paint = lightPaint(paintClass('fill', gradeColour(g.rank, grades.length)) ?? '');
      const item = `<rect x="${at}" y="${y - size + 1}" width="${size}" height="${size}" fill="${paint?.colour ?? TEXT}"/><text x="${at + size + 6}" y="${y}" font-size="${size}" fill="${TEXT}">${escapeXml(g.label)}</text>`;
      at += size + 6 + g.label.length * size * LETTER + 24;
      return item;
    })
    .join('');
}

/** The chart's root element with its palette classes painted, ready to be placed in another SVG. */
function paintedChart(chartSvg: string): { root: Element; width: number; height: number } {
  const document = new DOMParser().parseFromString(chartSvg, 'image/svg+xml');
  const root = document.documentElement as unknown as Element;
  for (const element of [root, ...Array.from(root.querySelectorAll('[class]'))]) {
    for (const name of (element.getAttribute('class') ?? '').split(/\s+/)) {
      const paint = lightPaint(name);
      if (paint) element.setAttribute(paint.property, paint.colour);
    }
  }
  // The image has its own name; the chart inside it is part of it, not a second image.
  for (const name of ['role', 'aria-label', 'xmlns']) root.removeAttribute(name);
  const width = Number(root.getAttribute('width'));
  const height = Number(root.getAttribute('height'));
  if (!(width > 0 && height > 0)) throw new Error('a chart needs its width and height in pixels');
  return { root, width, height };
}

/**
 * The chart under its title, with its source and credit below, on the light background, as a
 * standalone SVG document the width of the chart plus margins.
 */
export function framedChart(chartSvg: string, frame: Frame): Image {
  const margin = 16;
  const chart = paintedChart(chartSvg);
  const width = chart.width + 2 * margin;
  const inner = width - 2 * margin;
  const title = wrapWords(frame.title, Math.floor(inner / (18 * LETTER)));
  const small = wrapWords(`${frame.source} ${frame.credit}`, Math.floor(inner / (12 * LETTER)));
  const key = frame.grades && frame.grades.length > 0 ? 24 : 0;
  const chartTop = margin + title.length * 24 + 8 + key;
  const footTop = chartTop + chart.height + 16;
  const height = footTop + small.length * 16 + margin - 4;
  chart.root.setAttribute('x', String(margin));
  chart.root.setAttribute('y', String(chartTop));
  chart.root.setAttribute('overflow', 'visible');
  return {
    width,
    height,
    svg: imageSvg(width, height, frame.title, [
      textBlock(title, margin, margin + 18, 18, 24, `font-weight="700" fill="${TEXT}"`),
      key > 0 ? gradeKey(frame.grades ?? [], margin, chartTop - 12, 12) : '',
      chart.root.outerHTML,
      textBlock(small, margin, footTop + 12, 12, 16, `fill="${MUTED}"`),
    ]),
  };
}

/** What a link preview shows: whose page, its title, its headline chart if any, and the credit. */
export interface Preview {
  readonly kicker: string;
  readonly title: string;
  /** The headline chart, or null: the preview then carries a sentence in its place. */
  readonly chartSvg: string | null;
  readonly sentence: string;
  readonly credit: string;
  /** The grades the chart is coloured by, for a key. */
  readonly grades?: readonly Grade[] | undefined;
}

/** The size link previews are drawn at, which the sites that show them ask for. */
export const PREVIEW = { width: 1200, height: 630 } as const;

/** A 1200 × 630 link preview: title above, the headline chart (scaled to fit) or a sentence. */
export function previewCard(p: Preview): Image {
  const { width, height } = PREVIEW;
  const margin = 56;
  const inner = width - 2 * margin;
  const title = wrapWords(p.title, Math.floor(inner / (44 * LETTER))).slice(0, 3);
  const top = margin + 28 + 16 + title.length * 54;
  const foot = height - margin + 8;
  const box = { x: margin, y: top + 8, width: inner, height: foot - 40 - (top + 8) };
  let body: string;
  if (p.chartSvg) {
    const key = p.grades && p.grades.length > 0 ? gradeKey(p.grades, margin, box.y + 20, 20) : '';
    if (key) {
      box.y += 36;
      box.height -= 36;
    }
    const chart = paintedChart(p.chartSvg);
    const scale = Math.min(box.width / chart.width, box.height / chart.height);
    chart.root.setAttribute('width', String(Math.round(chart.width * scale)));
    chart.root.setAttribute('height', String(Math.round(chart.height * scale)));
    chart.root.setAttribute('x', String(box.x));
    chart.root.setAttribute('y', String(box.y));
    body = key + chart.root.outerHTML;
  } else {
    const lines = wrapWords(p.sentence, Math.floor(inner / (30 * LETTER))).slice(0, 5);
    body = textBlock(lines, margin, box.y + 40, 30, 42, `fill="${TEXT}"`);
  }
  return {
    width,
    height,
    svg: imageSvg(width, height, p.title, [
      `<rect width="${width}" height="12" fill="#1d70b8"/>`,
      textBlock([p.kicker], margin, margin + 28, 24, 28, `fill="${MUTED}"`),
      textBlock(title, margin, margin + 28 + 16 + 44, 44, 54, `font-weight="700" fill="${TEXT}"`),
      body,
      textBlock(
        wrapWords(p.credit, Math.floor(inner / (18 * LETTER))).slice(0, 1),
        margin,
        foot,
        18,
        24,
        `fill="${MUTED}"`,
      ),
    ]),
  };
}
