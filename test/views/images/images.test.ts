import { beforeAll, describe, expect, test } from 'vitest';
import type { Dataset } from '../../../src/dataset/types.ts';
import { chartShare, embedCode } from '../../../src/views/chart-spec.ts';
import {
  chartImage,
  chartOf,
  chartPages,
  chartsOfInspection,
  forcePreview,
  inspectionPreview,
} from '../../../src/views/images/images.ts';
import { inspectionView } from '../../../src/views/inspection/inspection.ts';
import { realData } from '../../support/real-data.ts';

let d: Dataset;
beforeAll(async () => {
  d = await realData();
});

describe('the charts of an inspection and their images', () => {
  test('a review has its grades, then its comparison with the inspection it followed up', () => {
    const ids = chartsOfInspection(d, 'dorset-2022-review').map((c) => c.id);
    expect(ids.slice(0, 2)).toEqual(['grades', 'compare-overall']);
  });

  test('every page with charts is listed once, with ids unique on each page', () => {
    const pages = chartPages(d);
    expect(pages.map((p) => p.path)).toContain('inspections/gwent-2019/');
    expect(pages.map((p) => p.path)).toContain('forces/gwent/');
    expect(pages.map((p) => p.path)).toContain('national/');
    expect(new Set(pages.map((p) => p.path)).size).toBe(pages.length);
    for (const p of pages) expect(new Set(p.charts.map((c) => c.id)).size).toBe(p.charts.length);
  });

  test('Gwent 2019 has its four charts, in page order, each headed as on its page', () => {
    const charts = chartsOfInspection(d, 'gwent-2019');
    expect(charts.map((c) => c.id)).toEqual(['grades', 'areas', 'agreement', 'timeline']);
    const v = inspectionView(d, 'gwent-2019');
    expect(charts[0]?.heading).toBe(v.caseFiles.title);
    expect(charts[3]?.heading).toBe(v.deadlines.timeline?.title);
    expect(charts[3]?.grades).toBeNull();
  });

  test('a chart image carries its heading, its report’s chapter, the licence and the version', () => {
    const image = chartImage(d, chartOf(chartsOfInspection(d, 'gwent-2019'), 'grades'));
    const heading = chartsOfInspection(d, 'gwent-2019')[0]?.heading ?? '';
    expect(image.svg).toContain(`<title>${heading}</title>`);
    expect(image.svg).toContain('Case file analysis');
    expect(image.svg).toContain('Open Government Licence v3.0');
    if (d.version) expect(image.svg).toContain(d.version);
  });

  test('an unknown chart is an error, not an empty image', () => {
    expect(() => chartOf(chartsOfInspection(d, 'gwent-2019'), 'nothing')).toThrow(
      /no chart "nothing"/,
    );
  });

  test('the images and the embed page have their addresses under the base path', () => {
    expect(chartShare('/police/', 'inspections/gwent-2019/', 'areas')).toEqual({
      svg: '/police/inspections/gwent-2019/charts/areas.svg',
      png: '/police/inspections/gwent-2019/charts/areas.png',
      embed: '/police/embed/inspections/gwent-2019/areas/',
    });
  });

  test('the embed code frames the embed page, its title escaped for the attribute it is in', () => {
    expect(embedCode('https://findings.test/embed/national/x/', 'Cases "graded" A & B')).toBe(
      '<iframe src="https://findings.test/embed/national/x/" title="Cases &quot;graded&quot; A &amp; B" width="100%" height="700" loading="lazy" style="border: 0"></iframe>',
    );
  });
});

describe('link previews', () => {
  test('an inspection with case grades shows them; its title is the page’s', () => {
    const image = inspectionPreview(d, 'gwent-2019');
    expect(image.width).toBe(1200);
    expect(image.height).toBe(630);
    expect(image.svg).toContain(`<title>${inspectionView(d, 'gwent-2019').title}</title>`);
    expect(image.svg.match(/<svg/g)).toHaveLength(2);
  });

  test('a force preview names the force', () => {
    expect(forcePreview(d, 'gwent').svg).toContain('<title>Gwent Police</title>');
  });
});
