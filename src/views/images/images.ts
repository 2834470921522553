// The images the site makes of its pages: each chart of an inspection, force and the national
// picture as SVG and PNG with its title, source and licence inside, and a link preview (1200 ×
// 630) for each force and inspection.
import { framedChart, previewCard, type Image } from '../../charts/framed.ts';
import { DEFAULT_WIDTH } from '../../charts/render.ts';
import { perDataset, perDatasetAndKey } from '../../dataset/memo.ts';
import { inspectionsOfForce, sourceIndex } from '../../dataset/queries.ts';
import type { Dataset } from '../../dataset/types.ts';
import { plural } from '../../text/page-text.ts';
import { creditLine, sourceLine } from '../../text/source-line.ts';
import type { ChartSpec } from '../chart-spec.ts';
import { forceChart } from '../force/charts.ts';
import { forceView } from '../force/force.ts';
import { chartList, inspectionCharts } from '../inspection/charts.ts';
import { inspectionView } from '../inspection/inspection.ts';
import { nationalChart } from '../national/charts.ts';
import { nationalView } from '../national/national.ts';

/** An inspection's charts in page order, computed once per build for its page and its images. */
export const chartsOfInspection = perDatasetAndKey((d: Dataset, id: string): ChartSpec[] =>
  chartList(inspectionCharts(d, inspectionView(d, id))),
);

/** A force's own charts (its comparisons are its reviews'), once per build. */
export const chartsOfForce = perDatasetAndKey((d: Dataset, id: string): ChartSpec[] =>
  forceView(d, id).charts.map(forceChart),
);

/** The national picture's charts, once per build. */
export const chartsOfNation = perDataset((d: Dataset): ChartSpec[] =>
  nationalView(d).map(nationalChart),
);

/** Every page with charts, by its path under the site's base, with its charts. */
export function chartPages(d: Dataset): { readonly path: string; readonly charts: ChartSpec[] }[] {
  return [
    ...d.inspections.map((i) => ({
      path: `inspections/${i.id}/`,
      charts: chartsOfInspection(d, i.id),
    })),
    ...d.forces.map((f) => ({ path: `forces/${f.id}/`, charts: chartsOfForce(d, f.id) })),
    { path: 'national/', charts: chartsOfNation(d) },
  ];
}

/** A chart as a standalone image: its heading above, its key, source and licence with it. */
export function chartImage(d: Dataset, spec: ChartSpec): Image {
  return framedChart(spec.draw(DEFAULT_WIDTH), {
    title: spec.heading,
    source: sourceLine(spec.provenance, sourceIndex(d)),
    credit: creditLine(d.version),
    grades: spec.grades ?? undefined,
  });
}

/** The chart of that id among a page's charts; fails on an unknown one. */
export function chartOf(charts: readonly ChartSpec[], id: string): ChartSpec {
  const spec = charts.find((c) => c.id === id);
  if (!spec) throw new Error(`no chart "${id}" on this page`);
  return spec;
}

const PREVIEW_KICKER = 'Police child protection inspections';
const PREVIEW_CREDIT = 'Findings of HMICFRS inspections · Open Government Licence v3.0';

/** The link preview of an inspection: its title over its case grades, or its lead sentence. */
export function inspectionPreview(d: Dataset, id: string): Image {
  const v = inspectionView(d, id);
  const grades = chartsOfInspection(d, id).find((c) => c.id === 'grades') ?? null;
  return previewCard({
    kicker: PREVIEW_KICKER,
    title: v.title,
    chartSvg: grades ? grades.draw(DEFAULT_WIDTH) : null,
    sentence: v.leadFinding ?? v.description,
    credit: PREVIEW_CREDIT,
    grades: grades?.grades ?? undefined,
  });
}

/** The link preview of a force: its name over the chart of its headline grades, if any. */
export function forcePreview(d: Dataset, id: string): Image {
  const v = forceView(d, id);
  const chart = chartsOfForce(d, id)[0] ?? null;
  const held = inspectionsOfForce(d, id).length;
  return previewCard({
    kicker: PREVIEW_KICKER,
    title: v.force.name,
    chartSvg: chart ? chart.draw(DEFAULT_WIDTH) : null,
    sentence: `${plural(held, 'report')} on how ${v.force.name} protects children: findings, grades and recommendations.`,
    credit: PREVIEW_CREDIT,
    grades: chart?.grades ?? undefined,
  });
}
