import { describe, expect, it } from 'vitest';
import {
  CHART_BACKGROUND,
  GRADE_EDGE,
  GRADE_PALETTE_CSS,
  GRADE_PALETTES,
  gradeColour,
  gradeLabelColour,
  gradePattern,
  legendItems,
  lightPaint,
  paintClass,
  swatchClass,
} from '../../src/charts/palette.ts';
import { FOUR, THREE } from './fixtures.ts';

describe('gradeColour', () => {
  it('refers to a variable keyed by scale size and rank, never by grade name', () => {
    expect(gradeColour(1, 3)).toBe('var(--grade-3-1)');
    expect(gradeColour(3, 3)).toBe('var(--grade-3-3)');
    expect(gradeLabelColour(2, 4)).toBe('var(--grade-4-2-text)');
  });

  it('rejects ranks outside the scale and scales without a palette', () => {
    expect(() => gradeColour(0, 3)).toThrow(RangeError);
    expect(() => gradeColour(4, 3)).toThrow(RangeError);
    expect(() => gradeColour(1.5, 3)).toThrow(RangeError);
    expect(() => gradeColour(1, 5)).toThrow(/1 to 4 grades/);
  });
});

describe('legendItems', () => {
  it('lists grades most favourable first with their colours', () => {
    expect(legendItems([...THREE].reverse())).toEqual([
      { grade: 'good', label: 'Good', rank: 1, colour: 'var(--grade-3-1)', swatch: 'swatch-3-1' },
      {
        grade: 'requires-improvement',
        label: 'Requires improvement',
        rank: 2,
        colour: 'var(--grade-3-2)',
        swatch: 'swatch-3-2',
      },
      {
        grade: 'inadequate',
        label: 'Inadequate',
        rank: 3,
        colour: 'var(--grade-3-3)',
        swatch: 'swatch-3-3',
      },
    ]);
  });

  it('colours a differently named scale by rank alone', () => {
    expect(legendItems(FOUR).map((i) => i.colour)).toEqual([
      'var(--grade-4-1)',
      'var(--grade-4-2)',
      'var(--grade-4-3)',
      'var(--grade-4-4)',
    ]);
  });
});

// Pages forbid style attributes (Content-Security-Policy), so themed paints are classes.
describe('paintClass and swatchClass', () => {
  it('name the class that applies a themed paint', () => {
    expect(paintClass('fill', gradeColour(2, 3))).toBe('fill-grade-3-2');
    expect(paintClass('fill', gradeLabelColour(4, 4))).toBe('fill-grade-4-4-text');
    expect(paintClass('stroke', GRADE_EDGE)).toBe('stroke-grade-edge');
    expect(paintClass('stroke', CHART_BACKGROUND)).toBe('stroke-chart-background');
    expect(swatchClass(1, 2)).toBe('swatch-2-1');
  });

  it('have no class for a paint the charts do not use', () => {
    expect(paintClass('stroke', gradeColour(1, 3))).toBeUndefined();
    expect(paintClass('fill', 'var(--nowhere)')).toBeUndefined();
    expect(() => swatchClass(3, 2)).toThrow(RangeError);
  });
});

describe('lightPaint, for images that leave the page', () => {
  it('gives each paint class the light-mode colour its variable holds', () => {
    expect(lightPaint('fill-grade-3-1')).toEqual({ property: 'fill', colour: '#12436d' });
    expect(lightPaint('fill-grade-3-3')).toEqual({ property: 'fill', colour: '#801650' });
    expect(lightPaint('fill-grade-3-3-text')).toEqual({ property: 'fill', colour: '#ffffff' });
    expect(lightPaint('fill-grade-4-2')).toEqual({ property: 'fill', colour: '#28a197' });
    expect(lightPaint('stroke-chart-background')).toEqual({
      property: 'stroke',
      colour: '#ffffff',
    });
  });

  it('leaves out the forced-colours edge, and knows no other class', () => {
    expect(lightPaint('stroke-grade-edge')).toEqual({ property: 'stroke', colour: 'none' });
    expect(lightPaint('swatch-3-1')).toBeUndefined();
    expect(lightPaint('is-highlighted')).toBeUndefined();
  });
});

describe('gradePattern, for forced colours', () => {
  it('leaves the most favourable grade plain, cross-hatches the least, and gives each grade its own', () => {
    expect([1, 2, 3].map((r) => gradePattern(r, 3))).toEqual([null, 'sparse', 'cross']);
    expect([1, 2, 3, 4].map((r) => gradePattern(r, 4))).toEqual([null, 'sparse', 'dense', 'cross']);
    expect([1, 2].map((r) => gradePattern(r, 2))).toEqual([null, 'cross']);
    expect(() => gradePattern(5, 4)).toThrow(RangeError);
  });

  it('gives each legend swatch the same pattern as its segments', () => {
    expect(GRADE_PALETTE_CSS).toMatch(
      /\.swatch-3-3 \{ forced-color-adjust: none; background: repeating-linear-gradient\(45deg.*-45deg/,
    );
    expect(GRADE_PALETTE_CSS).toContain(
      '.swatch-3-1 { forced-color-adjust: none; background: Canvas; }',
    );
  });
});

describe('GRADE_PALETTE_CSS', () => {
  const [light = '', rest = ''] = GRADE_PALETTE_CSS.split('@media (prefers-color-scheme: dark)');
  const [dark = '', forced = ''] = rest.split('@media (forced-colors: active)');

  it('defines every variable in light mode, dark mode and forced colours', () => {
    GRADE_PALETTES.forEach((palette, size) => {
      palette.light.forEach((swatch, i) => {
        const name = `--grade-${size + 1}-${i + 1}`;
        expect(light).toContain(`${name}: ${swatch.fill};`);
        expect(light).toContain(`${name}-text: ${swatch.label};`);
        expect(dark).toContain(`${name}: ${palette.dark[i]?.fill ?? ''};`);
        const pattern = gradePattern(i + 1, size + 1);
        expect(forced).toContain(
          `${name}: ${pattern === null ? 'Canvas' : `url(#grade-pattern-${pattern})`};`,
        );
        expect(forced).toContain(`${name}-text: CanvasText;`);
      });
    });
  });

  it('defines every class that paintClass and swatchClass name', () => {
    GRADE_PALETTES.forEach((palette, size) => {
      palette.light.forEach((_, i) => {
        const fill = gradeColour(i + 1, size + 1);
        const text = gradeLabelColour(i + 1, size + 1);
        expect(GRADE_PALETTE_CSS).toContain(
          `.${paintClass('fill', fill) ?? ''} { fill: ${fill}; }`,
        );
        expect(GRADE_PALETTE_CSS).toContain(
          `.${paintClass('fill', text) ?? ''} { fill: ${text}; }`,
        );
        expect(GRADE_PALETTE_CSS).toContain(
          `.${swatchClass(i + 1, size + 1)} { background: ${fill}; }`,
        );
      });
    });
    expect(GRADE_PALETTE_CSS).toContain('.stroke-grade-edge { stroke: var(--grade-edge, none); }');
    expect(GRADE_PALETTE_CSS).toContain(
      '.stroke-chart-background { stroke: var(--chart-background); }',
    );
  });

  it('sets the chart background for halos and outlines grades in forced colours', () => {
    expect(light).toContain('--chart-background: #ffffff;');
    expect(dark).toContain('--chart-background: #0b0c0c;');
    expect(forced).toContain('--chart-background: Canvas;');
    expect(forced).toContain('--grade-edge: CanvasText;');
  });
});
