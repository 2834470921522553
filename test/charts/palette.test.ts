import { describe, expect, it } from 'vitest';
import {
  GRADE_PALETTE_CSS,
  GRADE_PALETTES,
  gradeColour,
  gradeLabelColour,
  legendItems,
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
      { grade: 'good', label: 'Good', rank: 1, colour: 'var(--grade-3-1)' },
      {
        grade: 'requires-improvement',
        label: 'Requires improvement',
        rank: 2,
        colour: 'var(--grade-3-2)',
      },
      { grade: 'inadequate', label: 'Inadequate', rank: 3, colour: 'var(--grade-3-3)' },
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
        expect(forced).toContain(`${name}: Canvas;`);
        expect(forced).toContain(`${name}-text: CanvasText;`);
      });
    });
  });

  it('sets the chart background for halos and outlines grades in forced colours', () => {
    expect(light).toContain('--chart-background: #ffffff;');
    expect(dark).toContain('--chart-background: #0b0c0c;');
    expect(forced).toContain('--chart-background: Canvas;');
    expect(forced).toContain('--grade-edge: CanvasText;');
  });
});
