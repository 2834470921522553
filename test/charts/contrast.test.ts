import { describe, expect, it } from 'vitest';
import { GRADE_PALETTES, LABEL_COLOUR, PAGE_BACKGROUND } from '../../src/charts/palette.ts';
import { contrastRatio, relativeLuminance } from '../../src/charts/contrast.ts';

describe('relativeLuminance', () => {
  it('is 0 for black and 1 for white', () => {
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 10);
  });

  it('weights green most, as WCAG defines', () => {
    expect(relativeLuminance('#00ff00')).toBeCloseTo(0.7152, 4);
    expect(relativeLuminance('#ff0000')).toBeCloseTo(0.2126, 4);
    expect(relativeLuminance('#0000ff')).toBeCloseTo(0.0722, 4);
  });

  it('accepts either case and rejects other notations', () => {
    expect(relativeLuminance('#12436D')).toBe(relativeLuminance('#12436d'));
    expect(() => relativeLuminance('#fff')).toThrow(RangeError);
    expect(() => relativeLuminance('white')).toThrow(RangeError);
  });
});

describe('contrastRatio', () => {
  it('is 21 for black on white, 1 for a colour on itself, and symmetric', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 10);
    expect(contrastRatio('#12436d', '#12436d')).toBe(1);
    expect(contrastRatio('#f46a25', '#0b0c0c')).toBe(contrastRatio('#0b0c0c', '#f46a25'));
  });

  it('matches published reference values', () => {
    // #767676 is the well-known lightest grey that passes 4.5:1 on white.
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
    expect(contrastRatio('#12436d', '#ffffff')).toBeCloseTo(10.25, 2);
  });
});

describe('the grade palette', () => {
  const modes = ['light', 'dark'] as const;

  it('uses the Analysis Function dark blue, orange and dark pink for a three-grade scale', () => {
    expect(GRADE_PALETTES[2]?.light.map((s) => s.fill)).toEqual(['#12436d', '#f46a25', '#801650']);
  });

  for (const mode of modes) {
    const background = PAGE_BACKGROUND[mode];
    GRADE_PALETTES.forEach((palette, size) => {
      palette[mode].forEach((swatch, i) => {
        const name = `${mode} ${size + 1}-grade rank ${i + 1} (${swatch.fill})`;

        it(`${name} has at least 3:1 against the ${background} page`, () => {
          expect(contrastRatio(swatch.fill, background)).toBeGreaterThanOrEqual(3);
        });

        it(`${name} carries its ${swatch.label} label at at least 4.5:1`, () => {
          expect(Object.values(LABEL_COLOUR)).toContain(swatch.label);
          expect(contrastRatio(swatch.label, swatch.fill)).toBeGreaterThanOrEqual(4.5);
        });
      });
    });
  }

  it('keeps every fill in a scale distinct', () => {
    for (const palette of GRADE_PALETTES) {
      for (const mode of modes) {
        const fills = palette[mode].map((s) => s.fill);
        expect(new Set(fills).size).toBe(fills.length);
      }
    }
  });
});
