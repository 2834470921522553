// The attributes the page's script (src/client/enhance.ts) reads from a chart: data-tip for
// keyboard tooltips, data-key for focusing a practice area, data-count and data-percent for the
// counts or percentages switch.
import { describe, expect, it } from 'vitest';
import { agreementChart } from '../../src/charts/agreement-chart.ts';
import { textWidth } from '../../src/charts/canvas.ts';
import { gradeBars } from '../../src/charts/grade-bars.ts';
import type { GradedRow } from '../../src/domain/order.ts';
import { EXACT_AGREEMENT, FOUR, GWENT_AGREEMENT, GWENT_AREAS, THREE, row } from './fixtures.ts';
import { parse } from './svg.ts';

const tips = (svg: string): string[] =>
  Array.from(parse(svg).querySelectorAll('[data-tip]')).map(
    (e) => e.getAttribute('data-tip') ?? '',
  );

function translateX(element: Element): number {
  return Number(/translate\(([-\d.]+),/.exec(element.getAttribute('transform') ?? '')?.[1]);
}

/** Checks every switchable label against its row's total and the segment it sits on. */
function expectConsistentCounts(svg: string, rows: readonly GradedRow[]): void {
  const root = parse(svg);
  const labels = Array.from(root.querySelectorAll('text[data-count]'));
  expect(labels.length).toBeGreaterThan(0);
  for (const label of labels) {
    const count = label.getAttribute('data-count') ?? '';
    expect(label.textContent, 'a label starts as its count').toBe(count);
    const key = label.getAttribute('data-key');
    const r = rows.find((x) => x.key === key);
    expect(r, `label "${count}" names its row`).toBeDefined();
    const percent = label.getAttribute('data-percent');
    if (percent === null) continue;
    const n = Number(/^\d+/.exec(count)?.[0]);
    const total = r?.total ?? NaN;
    // The percentage is of the row's total, whole, and never shown without its count.
    expect(percent).toBe(count.replace(/^\d+/, `${n} (${Math.round((100 * n) / total)}%)`));
    // The longer text fits inside the segment the label sits on.
    const x = translateX(label);
    const segment = Array.from(root.querySelectorAll(`rect[data-key="${key ?? ''}"]`)).find((s) => {
      const left = Number(s.getAttribute('x'));
      return left <= x && x <= left + Number(s.getAttribute('width'));
    });
    const bold = label.closest('[font-weight]') !== null;
    expect(textWidth(percent, bold)).toBeLessThanOrEqual(Number(segment?.getAttribute('width')));
  }
}

describe('grade segments carry what the page script needs', () => {
  const areas = gradeBars(GWENT_AREAS, THREE, { title: 'Areas' });
  const narrow = gradeBars(GWENT_AREAS, THREE, { title: 'Areas', width: 288 });

  it('names each Gwent segment with its row, grade and cases, and says a sample is small', () => {
    const root = parse(areas);
    const custody = root.querySelector(
      'rect[data-tip="Children in custody: Inadequate, 2 of 8 cases (small sample)"]',
    );
    expect(custody?.getAttribute('data-key')).toBe('custody');
    expect(tips(areas)).toContain(
      'Child sexual exploitation: Inadequate, 9 of 16 cases (small sample)',
    );
    expect(tips(areas)).toContain('Section 47 enquiries: Good, 4 of 10 cases (small sample)');
    // Every painted segment has a tip and a key, and only segments have tips.
    const segments = Array.from(root.querySelectorAll('rect'));
    expect(segments).toHaveLength(22); // 24 counts, two of them zero
    for (const s of segments) {
      expect(s.getAttribute('data-tip')).toMatch(/^.+: .+, \d+ of \d+ cases \(small sample\)$/);
      expect(s.getAttribute('data-key')).not.toBeNull();
    }
    expect(root.querySelectorAll('[data-tip]')).toHaveLength(segments.length);
  });

  it('draws no segment and no tip for a zero count', () => {
    expect(tips(areas).filter((t) => t.startsWith('Children in custody: Good'))).toEqual([]);
    expect(
      tips(areas).filter((t) => t.startsWith('Place of safety (section 46): Inadequate')),
    ).toEqual([]);
  });

  it('keys segments and their count labels by area, but not the row names', () => {
    const root = parse(areas);
    for (const area of GWENT_AREAS) {
      const keyed = Array.from(root.querySelectorAll(`[data-key="${area.key}"]`));
      expect(keyed.some((e) => e.tagName.toLowerCase() === 'rect')).toBe(true);
    }
    const rowName = Array.from(root.querySelectorAll('text')).find(
      (t) => t.textContent === 'Children in custody',
    );
    expect(rowName?.hasAttribute('data-key')).toBe(false);
  });

  it('gives every count label its count, and a percentage of its row total where it fits', () => {
    expectConsistentCounts(areas, GWENT_AREAS);
    expectConsistentCounts(narrow, GWENT_AREAS);
    const percents = Array.from(parse(areas).querySelectorAll('[data-percent]')).map((e) =>
      e.getAttribute('data-percent'),
    );
    expect(percents).toContain('9 (56%)'); // child sexual exploitation, inadequate
    // At 288 pixels some two-case segments have room for "2" but not for "2 (20%)".
    const countOnly = parse(narrow).querySelectorAll('text[data-count]:not([data-percent])');
    expect(countOnly.length).toBeGreaterThan(0);
  });

  it('adds nothing to the static svg that would name or role inner marks', () => {
    const root = parse(areas);
    // The root alone is the image; the script names segments at run time.
    expect(root.getAttribute('role')).toBe('img');
    expect(root.querySelectorAll('[role]')).toHaveLength(0);
    expect(root.querySelectorAll('[aria-label]')).toHaveLength(0);
    expect(root.querySelectorAll('[tabindex]')).toHaveLength(0);
  });

  describe('with an unpublished grade and cases not stated', () => {
    const rows = [
      row('a', 'Example area', [3, 10, null, 5], FOUR, 7),
      row('b', 'Fully published', [2, 8, 6, 4], FOUR),
    ];
    const four = gradeBars(rows, FOUR, { title: 'Four' });

    it('draws no segment and no tip for the null count', () => {
      expect(tips(four).filter((t) => t.startsWith('Example area: Requires improvement'))).toEqual(
        [],
      );
      expect(tips(four)).toContain(
        'Example area: Inadequate, 5 of 25 cases (20%; 95% interval 9% to 39%)',
      );
      expect(parse(four).querySelectorAll('rect[data-key="a"]')).toHaveLength(4);
    });

    it('names the not-stated remainder and lets its label switch too', () => {
      expect(tips(four)).toContain(
        'Example area: not stated, 7 of 25 cases (28%; 95% interval 14% to 48%)',
      );
      const label = parse(four).querySelector('text[data-count="7 not stated"]');
      expect(label?.getAttribute('data-percent')).toBe('7 (28%) not stated');
      expectConsistentCounts(four, rows);
    });

    it('says "cases" without a total when none was published, and offers no percentage', () => {
      const unknown = gradeBars([{ ...row('u', 'Unknown total', [4, 6, 2]), total: null }], THREE, {
        title: 't',
      });
      expect(tips(unknown)).toContain('Unknown total: Good, 4 cases');
      expect(parse(unknown).querySelectorAll('[data-percent]')).toHaveLength(0);
      expect(parse(unknown).querySelectorAll('[data-count]')).toHaveLength(3);
    });
  });
});

describe('agreement chart marks carry what the page script needs', () => {
  const svg = agreementChart(GWENT_AGREEMENT, THREE, { title: 'Agreement' });
  const sides: GradedRow[] = (['force', 'inspectorate'] as const).map((key) => ({
    key,
    label: key,
    counts: [],
    total: 33,
    notStated: null,
  }));

  it('names both distributions and each interval', () => {
    expect(tips(svg)).toEqual(
      expect.arrayContaining([
        "Force's own grading: Good, 27 of 33 cases (82%; 95% interval 66% to 91%)",
        "Inspectors' grading: Requires improvement, 17 of 33 cases (52%; 95% interval 35% to 67%)",
        'Graded the same: between 4 and 16 of 33 cases',
        'Force graded more favourably: between 17 and 23 of 33 cases',
        'Force graded less favourably: between 0 and 6 of 33 cases',
      ]),
    );
    // The force graded none inadequate: no segment, no tip.
    expect(tips(svg).some((t) => t.startsWith("Force's own grading: Inadequate"))).toBe(false);
    expect(tips(svg)).toHaveLength(5 + 3);
  });

  it('gives percentages of the 33 cases', () => {
    expectConsistentCounts(svg, sides);
    expect(parse(svg).querySelector('[data-percent="17 (52%)"]')?.getAttribute('data-count')).toBe(
      '17',
    );
  });

  it('names exact figures as counts', () => {
    const exact = agreementChart(EXACT_AGREEMENT, FOUR, { title: 'Exact', width: 400 });
    expect(tips(exact)).toEqual(
      expect.arrayContaining([
        'Graded the same: 6 of 12 cases',
        'Force graded more favourably: 6 of 12 cases',
      ]),
    );
  });
});
