// Renders Observable Plot to an SVG string at build time, so no chart code reaches the browser,
// and makes the result accessible, theme-aware and byte-for-byte reproducible.
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { paintClass } from './palette.ts';

/** The words that make a chart accessible: its name, and optionally a longer description. */
export interface ChartText {
  readonly title: string;
  readonly description?: string;
}

/** Options every chart takes: its accessible text and its width in pixels. */
export interface ChartOptions extends ChartText {
  readonly width?: number;
}

/** Default chart width in pixels; the SVG scales down to narrower containers. */
export const DEFAULT_WIDTH = 640;

/** Width in pixels of the second drawing of a chart, for narrow screens (320 px, or 400% zoom). */
export const NARROW_WIDTH = 288;

/** A chart card's two drawings of one chart: at the default width and at the narrow width. */
export interface BothWidths {
  readonly svg: string;
  readonly svgNarrow: string;
}

/** Draws a chart at the default width and again at the narrow width, for a chart card. */
export function atBothWidths(draw: (width: number) => string): BothWidths {
  return { svg: draw(DEFAULT_WIDTH), svgNarrow: draw(NARROW_WIDTH) };
}

/** Chart text size in pixels: at least 12 so labels stay legible when the SVG scales down. */
export const FONT_SIZE = 12;

const SVG_NS = 'http://www.w3.org/2000/svg';

// Geometry attributes whose decimals are rounded: a tenth of a pixel is invisible, and shorter
// numbers keep the pages small and the snapshots stable.
const GEOMETRY = ['x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'width', 'height', 'd'];
const GEOMETRY_WITH_TRANSFORM = [...GEOMETRY, 'transform', 'points'];
const DECIMAL = /-?\d+\.\d+(?![\d.a-z%])/gi;

function roundNumbers(value: string): string {
  return value.replace(DECIMAL, (n) => {
    const rounded = Math.round(Number(n) * 10) / 10;
    return String(Object.is(rounded, -0) ? 0 : rounded);
  });
}

/** Renders Plot options to an accessible SVG string (role="img", named by the title) for inline use. */
export function renderPlot(options: Plot.PlotOptions, text: ChartText): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  // linkedom implements the DOM Plot uses.
  const root = Plot.plot({ ...options, document });
  const svg = root as unknown as Element;
  if (svg.tagName.toLowerCase() !== 'svg') {
    throw new Error(
      'renderPlot needs Plot to return a bare <svg>: give titles and legends to the page',
    );
  }

  // Plot's stylesheet hard-codes a white background, and the pages' Content-Security-Policy would
  // refuse it anyway (an inline <style>): the site's stylesheet styles charts instead, and sizes
  // them (the intrinsic width is a maximum, and a chart scales down keeping its aspect ratio).
  for (const style of Array.from(svg.querySelectorAll('style'))) style.remove();
  svg.removeAttribute('class'); // the class Plot's stylesheet was keyed to

  for (const element of [svg, ...Array.from(svg.querySelectorAll('*'))]) {
    if (element.hasAttribute('id')) {
      // Plot numbers clip and pattern ids from a global counter, which would differ per build.
      throw new Error('charts must not use Plot features that create ids (clip, patterns)');
    }
    // The root is one image, so Plot's per-group labels ("bar", "text") only confuse assistive
    // technology and axe flags them on roleless groups.
    element.removeAttribute('aria-label');
    element.removeAttribute('aria-description');
    for (const name of GEOMETRY_WITH_TRANSFORM) {
      const value = element.getAttribute(name);
      if (value !== null) element.setAttribute(name, roundNumbers(value));
    }
    // Custom properties are only reliably resolved in CSS, not in presentation attributes, and
    // the pages' Content-Security-Policy refuses style attributes: a themed paint becomes the
    // class the palette defines for it.
    const classes: string[] = [];
    for (const name of ['fill', 'stroke'] as const) {
      const value = element.getAttribute(name);
      if (value?.includes('var(')) {
        const paint = paintClass(name, value);
        if (paint === undefined) {
          throw new Error(`no class paints ${name}: ${value}; add it to the palette's paints`);
        }
        classes.push(paint);
        element.removeAttribute(name);
      }
    }
    if (classes.length > 0) {
      const existing = element.getAttribute('class');
      element.setAttribute('class', [existing, ...classes].filter(Boolean).join(' '));
    }
    if (element.hasAttribute('style')) {
      // Plot's `style` option, say: the page's stylesheet must say it instead.
      throw new Error(
        'charts must not carry style attributes: the Content-Security-Policy refuses them',
      );
    }
  }

  svg.setAttribute('xmlns', SVG_NS);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', text.title);
  svg.setAttribute('font-size', String(FONT_SIZE));

  const title = document.createElementNS(SVG_NS, 'title');
  title.textContent = text.title;
  const nodes: Element[] = [title];
  if (text.description !== undefined) {
    const desc = document.createElementNS(SVG_NS, 'desc');
    desc.textContent = text.description;
    nodes.push(desc);
  }
  svg.prepend(...nodes);
  return svg.outerHTML;
}
