// Helpers for chart tests: a stable text form for snapshots, and the drawn text and shapes.
import { parseHTML } from 'linkedom';
import { expect } from 'vitest';
import { textWidth } from '../../src/charts/canvas.ts';
import { paintClass } from '../../src/charts/palette.ts';

/** Rounds numbers in attributes to one decimal and puts each tag on its own line, so snapshots are stable and diffable. */
export function normalise(svg: string): string {
  return `${svg
    .replace(/plot-[0-9a-f]{6}/g, 'plot')
    .replace(
      /="([^"]*)"/g,
      (_, value: string) =>
        `="${value.replace(/-?\d+\.\d+(?![\d.a-z%])/gi, (n) => String(Math.round(Number(n) * 10) / 10))}"`,
    )
    .replace(/></g, '>\n<')}\n`;
}

/** The root svg element of a chart. */
export function parse(svg: string): Element {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  const root = document.querySelector('svg');
  if (root === null) throw new Error('no svg');
  return root;
}

/** A drawn line of text and where it sits. */
export interface DrawnText {
  readonly text: string;
  readonly left: number;
  readonly right: number;
  readonly y: number;
}

/** Every text element with its estimated horizontal extent and its y. */
export function texts(svg: string): DrawnText[] {
  return Array.from(parse(svg).querySelectorAll('text')).map((t) => {
    const [, x = '0', y = '0'] =
      /translate\(([-\d.]+),([-\d.]+)\)/.exec(t.getAttribute('transform') ?? '') ?? [];
    const anchor = t.closest('[text-anchor]')?.getAttribute('text-anchor') ?? 'start';
    const bold = t.closest('[font-weight]') !== null;
    const text = t.textContent ?? '';
    const w = textWidth(text, bold);
    const left =
      anchor === 'start' ? Number(x) : anchor === 'end' ? Number(x) - w : Number(x) - w / 2;
    return { text, left, right: left + w, y: Number(y) };
  });
}

/**
 * The rects drawn inside groups filled with `paint`: a CSS variable such as 'var(--grade-3-1)',
 * which the chart applies as the palette's class, or 'currentColor', meaning inherited, as Plot
 * leaves it unset.
 */
export function rectsPainted(svg: string, paint: string): Element[] {
  const paintedBy = paint === 'currentColor' ? undefined : paintClass('fill', paint);
  if (paint !== 'currentColor' && paintedBy === undefined) throw new Error(`no class for ${paint}`);
  return Array.from(parse(svg).querySelectorAll('rect')).filter((r) => {
    const g = r.parentElement;
    const classes = (g?.getAttribute('class') ?? '').split(' ');
    if (paintedBy === undefined) {
      return !g?.hasAttribute('fill') && !classes.some((c) => c.startsWith('fill-'));
    }
    return classes.includes(paintedBy);
  });
}

/** Asserts the rules every chart must meet: an image named by its title, no roleless labelled groups, no ids, a viewBox to scale by, no style, legible text. */
export function expectAccessibleChart(svg: string, title: string, width: number): void {
  const root = parse(svg);
  expect(root.getAttribute('role')).toBe('img');
  expect(root.getAttribute('aria-label')).toBe(title);
  expect(root.querySelector('title')?.textContent).toBe(title);
  for (const g of Array.from(root.querySelectorAll('g[aria-label]'))) {
    expect(g.getAttribute('role')).not.toBeNull();
  }
  expect(root.querySelectorAll('[id]')).toHaveLength(0);
  expect(root.querySelector('style')).toBeNull();
  expect(root.getAttribute('viewBox')).toMatch(new RegExp(`^0 0 ${width} \\d+(\\.\\d+)?$`));
  // The site's Content-Security-Policy refuses style attributes; its stylesheet scales the chart.
  expect(root.hasAttribute('style')).toBe(false);
  expect(root.querySelectorAll('[style]')).toHaveLength(0);
  expect(Number(root.getAttribute('font-size'))).toBeGreaterThanOrEqual(12);
  for (const t of Array.from(root.querySelectorAll('[font-size]'))) {
    expect(Number(t.getAttribute('font-size'))).toBeGreaterThanOrEqual(12);
  }
  for (const t of texts(svg)) {
    expect(t.left, `"${t.text}" starts inside the chart`).toBeGreaterThanOrEqual(-0.5);
    expect(t.right, `"${t.text}" ends inside the chart`).toBeLessThanOrEqual(width + 0.5);
  }
}

/** Asserts no two texts on the same line overlap. */
export function expectNoOverlaps(svg: string): void {
  const all = texts(svg);
  all.forEach((a, i) =>
    all.slice(i + 1).forEach((b) => {
      if (Math.abs(a.y - b.y) >= 12) return;
      const apart = a.right <= b.left || b.right <= a.left;
      expect(apart, `"${a.text}" overlaps "${b.text}"`).toBe(true);
    }),
  );
}
