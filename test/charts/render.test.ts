import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { renderPlot } from '../../src/charts/render.ts';
import { expectAccessibleChart, parse } from './svg.ts';

const options: Plot.PlotOptions = {
  width: 200,
  height: 100,
  marks: [
    Plot.barX([{ x: 3.14159, y: 'A' }], { x: 'x', y: 'y', fill: 'var(--grade-3-1)' }),
    Plot.text([{ x: 1, y: 'A', t: 'label' }], { x: 'x', y: 'y', text: 't' }),
  ],
};

describe('renderPlot', () => {
  const svg = renderPlot(options, { title: 'Cases & grades', description: 'A test chart.' });
  const root = parse(svg);

  it('returns one accessible, scalable svg named by its title', () => {
    expect(svg.startsWith('<svg')).toBe(true);
    expectAccessibleChart(svg, 'Cases & grades', 200);
    expect(root.querySelector('desc')?.textContent).toBe('A test chart.');
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
  });

  it("removes Plot's labels from inner groups rather than leaving them without a role", () => {
    expect(root.querySelectorAll('[aria-label]')).toHaveLength(0);
    expect(root.getAttribute('aria-label')).toBe('Cases & grades');
  });

  it("applies CSS variables in presentation attributes as the palette's classes, never as style", () => {
    expect(svg).not.toMatch(/fill="var\(/);
    expect(svg).toContain('class="fill-grade-3-1"');
    // A strict Content-Security-Policy refuses style attributes.
    expect(svg).not.toContain('style=');
  });

  it('refuses a CSS variable the palette has no class for', () => {
    const unknown: Plot.PlotOptions = {
      ...options,
      marks: [Plot.barX([{ x: 1, y: 'A' }], { x: 'x', y: 'y', fill: 'var(--nowhere)' })],
    };
    expect(() => renderPlot(unknown, { title: 'x' })).toThrow(
      /no class paints fill: var\(--nowhere\)/,
    );
  });

  it('refuses style attributes, which the pages’ Content-Security-Policy would block', () => {
    expect(() => renderPlot({ ...options, style: { color: 'red' } }, { title: 'x' })).toThrow(
      /style attributes/,
    );
  });

  it('drops Plot’s stylesheet, which hard-codes a white background', () => {
    expect(svg).not.toContain('<style');
    expect(svg).not.toContain('white');
  });

  it('rounds geometry to a tenth of a pixel', () => {
    for (const rect of Array.from(root.querySelectorAll('rect'))) {
      for (const name of ['x', 'y', 'width', 'height']) {
        expect(rect.getAttribute(name)).toMatch(/^-?\d+(\.\d)?$/);
      }
    }
  });

  it('is deterministic', () => {
    expect(renderPlot(options, { title: 'Cases & grades', description: 'A test chart.' })).toBe(
      svg,
    );
  });

  it('refuses Plot features that number ids from a global counter', () => {
    expect(() =>
      renderPlot(
        { ...options, clip: true, marks: [Plot.frame(), ...(options.marks ?? [])] },
        {
          title: 'x',
        },
      ),
    ).toThrow(/ids/);
  });

  it('refuses options that make Plot wrap the svg in a figure', () => {
    expect(() => renderPlot({ ...options, title: 'In the figure' }, { title: 'x' })).toThrow(
      /bare <svg>/,
    );
  });
});
