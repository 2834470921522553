import { expect, test } from 'vitest';
import { DEFAULT_WIDTH, NARROW_WIDTH, atBothWidths } from '../../src/charts/render.ts';

test('atBothWidths draws the chart once at the default width and once at the narrow width', () => {
  const widths: number[] = [];
  const drawn = atBothWidths((w) => {
    widths.push(w);
    return `<svg width="${String(w)}"></svg>`;
  });
  expect(widths).toEqual([DEFAULT_WIDTH, NARROW_WIDTH]);
  expect(drawn).toEqual({
    svg: `<svg width="${String(DEFAULT_WIDTH)}"></svg>`,
    svgNarrow: `<svg width="${String(NARROW_WIDTH)}"></svg>`,
  });
});
