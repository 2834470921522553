import { describe, expect, it } from 'vitest';
import { gradeBars, legendItems } from '../../src/charts/grade-bars.ts';
import { sortByShareNotGood } from '../../src/domain/order.ts';
import { FOUR, GWENT_AREAS, THREE, row } from './fixtures.ts';
import { expectAccessibleChart, expectNoOverlaps, normalise, rectsPainted, texts } from './svg.ts';

const GWENT_SAMPLES = [
  row('force', "Force's own grading", [27, 6, 0]),
  row('inspectorate', "Inspectors' grading", [10, 17, 6]),
  row('inspectorate-selected', 'Inspectorate-selected cases', [10, 20, 17]),
];

describe('gradeBars', () => {
  const title = 'Gwent 2019: grades by sample';
  const svg = gradeBars(GWENT_SAMPLES, THREE, { title });

  it('matches the Gwent 2019 samples snapshot', async () => {
    await expect(normalise(svg)).toMatchFileSnapshot('../output/grade-bars-gwent-samples.svg');
  });

  it('is an accessible chart with no overlapping text', () => {
    expectAccessibleChart(svg, title, 640);
    expectNoOverlaps(svg);
  });

  it('labels every segment with its count and every bar with its n', () => {
    const words = texts(svg).map((t) => t.text);
    expect(words).toEqual(
      expect.arrayContaining([
        "Force's own grading",
        "Inspectors' grading",
        '27',
        '6',
        '10',
        '17',
        '20',
        'n = 33',
        'n = 47',
      ]),
    );
    expect(words.filter((w) => w === '6')).toHaveLength(2);
    expect(words.filter((w) => w === 'n = 33')).toHaveLength(2);
  });

  it('scales bars by count, not percentage, and draws zero counts as nothing', () => {
    const [force27] = rectsPainted(svg, 'var(--grade-3-1)');
    const inadequate = rectsPainted(svg, 'var(--grade-3-3)');
    expect(inadequate).toHaveLength(2); // the force's 0 inadequate is not drawn
    const width = (r: Element | undefined): number => Number(r?.getAttribute('width') ?? NaN);
    // The 47-case bar is longer than the 33-case bars: 47 / 33 of the length.
    const good = rectsPainted(svg, 'var(--grade-3-1)').map(width);
    expect((good[2] ?? 0) / (good[1] ?? 1)).toBeCloseTo(1, 1); // 10 and 10
    expect(width(force27) / (good[1] ?? 1)).toBeCloseTo(27 / 10, 1);
  });

  it('colours by rank in scale order, keyed by the scale size', () => {
    expect(svg).toContain('class="fill-grade-3-1 stroke-grade-edge"');
    expect(svg).toContain('class="fill-grade-3-1-text"');
    expect(svg).not.toContain('good');
  });

  it('matches the Gwent 2019 areas snapshot, sorted by share not graded good', async () => {
    const areas = gradeBars(sortByShareNotGood(GWENT_AREAS, THREE), THREE, {
      title: 'Gwent 2019: grades by practice area',
    });
    await expect(normalise(areas)).toMatchFileSnapshot('../output/grade-bars-gwent-areas.svg');
    expectAccessibleChart(areas, 'Gwent 2019: grades by practice area', 640);
    expectNoOverlaps(areas);
    expect(texts(areas)[0]?.text).toBe('Children in custody');
  });

  it('stays inside a 320 pixel width with every text at 12px or more', async () => {
    const narrow = gradeBars(GWENT_AREAS, THREE, { title: 'Narrow', width: 320 });
    await expect(normalise(narrow)).toMatchFileSnapshot('../output/grade-bars-gwent-areas-320.svg');
    expectAccessibleChart(narrow, 'Narrow', 320);
    expectNoOverlaps(narrow);
  });

  describe('on a four-point scale with an unpublished grade', () => {
    const four = gradeBars(
      [
        row('a', 'Example area', [3, 10, null, 5], FOUR, 7),
        row('b', 'Fully published', [2, 8, 6, 4], FOUR),
      ],
      FOUR,
      { title: 'Four-point example', description: 'An invented example.' },
    );

    it('matches its snapshot', async () => {
      await expect(normalise(four)).toMatchFileSnapshot('../output/grade-bars-four-point.svg');
      expectAccessibleChart(four, 'Four-point example', 640);
      expectNoOverlaps(four);
    });

    it('draws no segment for the null count, only an outlined "not stated" remainder', () => {
      expect(rectsPainted(four, 'var(--grade-4-3)')).toHaveLength(1); // the fully published row only
      const dashed = Array.from(
        (four.match(/<g[^>]*stroke-dasharray[^>]*>(.*?)<\/g>/) ?? [])[1]?.matchAll(/<rect/g) ?? [],
      );
      expect(dashed).toHaveLength(1);
      expect(texts(four).map((t) => t.text)).toEqual(
        expect.arrayContaining(['3', '10', '5', '7 not stated', 'n = 25', 'n = 20']),
      );
    });
  });

  it('shows a missing total in words and rejects grades outside the scale', () => {
    const svg2 = gradeBars([{ ...row('a', 'A', [1, 2, 3]), total: null }], THREE, { title: 't' });
    expect(texts(svg2).map((t) => t.text)).toContain('total not published');
    expect(() => gradeBars([row('a', 'A', [1, 2, 3, 4], FOUR)], THREE, { title: 't' })).toThrow(
      /not in the scale/,
    );
    expect(() => gradeBars([], THREE, { title: 't' })).toThrow(RangeError);
  });

  it('re-exports legend items for an HTML legend', () => {
    expect(legendItems(THREE).map((i) => i.label)).toEqual([
      'Good',
      'Requires improvement',
      'Inadequate',
    ]);
  });
});
