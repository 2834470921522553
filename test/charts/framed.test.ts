import { describe, expect, it } from 'vitest';
import { DOMParser } from 'linkedom';
import { gradeBars } from '../../src/charts/grade-bars.ts';
import { framedChart, previewCard, PREVIEW, wrapWords } from '../../src/charts/framed.ts';
import { svgToPng } from '../../src/charts/png.ts';
import { pngSize } from '../support/png.ts';
import { THREE, row } from './fixtures.ts';

const GWENT = [
  row('force', "Force's own grading", [27, 6, 0]),
  row('inspectorate', "Inspectors' grading", [10, 17, 6]),
];
const chart = gradeBars(GWENT, THREE, { title: 'Gwent 2019: grades by sample' });
const frame = {
  title: 'Inspectors graded 6 of the 33 cases the force chose inadequate',
  source:
    'Source: National Child Protection Inspections: Gwent Police (HMICFRS), 4. Case file analysis.',
  credit: 'Contains public sector information licensed under the Open Government Licence v3.0.',
  grades: THREE,
};

const words = (svg: string): string => {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  return Array.from(doc.querySelectorAll('tspan, text') as ArrayLike<Element>)
    .map((t) => t.textContent)
    .join(' ');
};

describe('wrapWords', () => {
  it('breaks between words, never longer than asked unless a word is', () => {
    expect(wrapWords('Inspectors graded 23 of 80 cases inadequate', 20)).toEqual([
      'Inspectors graded 23',
      'of 80 cases',
      'inadequate',
    ]);
    expect(wrapWords('  a  b ', 5)).toEqual(['a b']);
    expect(wrapWords('abcdefgh ij', 4)).toEqual(['abcdefgh', 'ij']);
    expect(wrapWords('', 4)).toEqual([]);
  });
});

describe('framedChart', () => {
  const image = framedChart(chart, frame);

  it('carries the title, a key to the grades, the source and the licence in the image', () => {
    const text = words(image.svg);
    expect(text).toContain('Inspectors graded 6 of the 33 cases');
    for (const g of THREE) expect(text).toContain(g.label);
    expect(text).toContain('4. Case file analysis.');
    expect(text).toContain('Open Government Licence v3.0');
    expect(image.svg).toContain(`<title>${frame.title}</title>`);
  });

  it('paints grades in the light palette, as the image has no stylesheet', () => {
    // The counts 27 and 6 of the force's own grading are drawn on blue and orange.
    expect(image.svg).toMatch(/fill="#12436d"/);
    expect(image.svg).toMatch(/fill="#f46a25"/);
    expect(image.svg).toMatch(/fill="#801650"/);
    expect(image.svg).not.toContain('var(--');
  });

  it('is the chart’s width plus margins, and taller than the chart by its words', () => {
    expect(image.width).toBe(640 + 32);
    expect(image.height).toBeGreaterThan(Number(/height="(\d+)"/.exec(chart)?.[1]) + 80);
    expect(image.svg).toContain(`viewBox="0 0 ${String(image.width)} ${String(image.height)}"`);
  });

  it('draws as a PNG twice its size', () => {
    expect(pngSize(svgToPng(image.svg, 2))).toEqual({
      width: image.width * 2,
      height: image.height * 2,
    });
  });
});

describe('previewCard', () => {
  it('is 1200 × 630 with the title and the chart scaled into it', () => {
    const image = previewCard({
      kicker: 'Police child protection inspections',
      title: 'Gwent Police: national child protection inspection, 2019',
      chartSvg: chart,
      sentence: '',
      credit: 'Open Government Licence v3.0',
      grades: THREE,
    });
    expect({ width: image.width, height: image.height }).toEqual(PREVIEW);
    expect(pngSize(svgToPng(image.svg))).toEqual(PREVIEW);
    expect(words(image.svg)).toContain('Gwent Police: national child protection');
    const nested = /<svg [^>]*width="(\d+)"[^>]*>/g;
    const widths = [...image.svg.matchAll(nested)].map((m) => Number(m[1]));
    expect(widths[0]).toBe(1200);
    expect(widths[1]).toBeLessThanOrEqual(1200 - 2 * 56);
  });

  it('carries a sentence where there is no chart', () => {
    const image = previewCard({
      kicker: 'Police child protection inspections',
      title: 'Gwent Police: post-inspection review, 2020',
      chartSvg: null,
      sentence: 'This site does not yet hold its re-audit figures.',
      credit: 'Open Government Licence v3.0',
    });
    expect(words(image.svg)).toContain('This site does not yet hold its re-audit figures.');
    expect(image.svg.match(/<svg/g)).toHaveLength(1);
  });
});
