import { describe, expect, it } from 'vitest';
import { agreementChart } from '../../src/charts/agreement-chart.ts';
import { EXACT_AGREEMENT, FOUR, GWENT_AGREEMENT, THREE } from './fixtures.ts';
import { expectAccessibleChart, expectNoOverlaps, normalise, rectsPainted, texts } from './svg.ts';

describe('agreementChart', () => {
  const title = 'Gwent 2019: force and inspectors on the same 33 cases';
  const svg = agreementChart(GWENT_AGREEMENT, THREE, { title });
  const words = texts(svg).map((t) => t.text);

  it('matches the Gwent 2019 snapshot', async () => {
    await expect(normalise(svg)).toMatchFileSnapshot('../output/agreement-gwent.svg');
  });

  it('is an accessible chart with no overlapping text', () => {
    expectAccessibleChart(svg, title, 640);
    expectNoOverlaps(svg);
  });

  it("shows both sides' counts on the same cases", () => {
    expect(words).toEqual(
      expect.arrayContaining([
        "Force's own grading",
        "Inspectors' grading",
        '27',
        '6',
        '10',
        '17',
        'n = 33',
      ]),
    );
    expect(rectsPainted(svg, 'var(--grade-3-3)')).toHaveLength(1); // the force graded none inadequate
  });

  it('draws agreement as an interval from the minimum to the maximum, never a point', () => {
    expect(words).toContain('Graded the same: between 4 and 16 of 33');
    expect(words).toContain('Force graded more favourably: between 17 and 23 of 33');
    expect(words).toContain('Force graded less favourably: between 0 and 6 of 33');
    const [same, more] = rectsPainted(svg, 'currentColor');
    // The 27-case segment ends 1px short, leaving a gap before the next grade.
    const perCase =
      (Number(rectsPainted(svg, 'var(--grade-3-1)')[0]?.getAttribute('width')) + 1) / 27;
    expect(Number(same?.getAttribute('x'))).toBeCloseTo(4 * perCase, 0);
    expect(Number(same?.getAttribute('width'))).toBeCloseTo(12 * perCase, 0);
    expect(Number(more?.getAttribute('x'))).toBeCloseTo(17 * perCase, 0);
    expect(Number(more?.getAttribute('width'))).toBeCloseTo(6 * perCase, 0);
    expect(words).toEqual(expect.arrayContaining(['0', '4', '16', '33']));
  });

  it('draws exact figures, when case-level pairs exist, as counts from zero', async () => {
    const exact = agreementChart(EXACT_AGREEMENT, FOUR, { title: 'Exact', width: 400 });
    await expect(normalise(exact)).toMatchFileSnapshot('../output/agreement-exact-four-point.svg');
    expectAccessibleChart(exact, 'Exact', 400);
    expectNoOverlaps(exact);
    const exactWords = texts(exact).map((t) => t.text);
    expect(exactWords).toContain('Graded the same: 6 of 12');
    expect(exactWords).toContain('Force graded less favourably: 0 of 12');
    const [same] = rectsPainted(exact, 'currentColor');
    expect(same?.getAttribute('x')).toBe('0');
  });
});
