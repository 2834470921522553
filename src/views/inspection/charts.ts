// Every chart of an inspection page, each with what draws it: the page shows them, and the same
// drawings are the downloadable images, so a chart and its image can never differ.
import { agreementChart } from '../../charts/agreement-chart.ts';
import { gradeBars } from '../../charts/grade-bars.ts';
import { gradedRows } from '../../charts/graded-rows.ts';
import { timeline } from '../../charts/timeline.ts';
import type { Dataset } from '../../dataset/types.ts';
import type { ChartSpec } from '../chart-spec.ts';
import { comparisonCard } from '../comparison/card.ts';
import { comparisonCharts } from '../comparison/charts.ts';
import { COMPARISON_ID, SECTION_ID } from './contents.ts';
import type { InspectionView } from './inspection.ts';

/** The charts an inspection page draws, in page order: only those its figures allow. */
export interface InspectionCharts {
  readonly grades: ChartSpec | null;
  /** A review's comparison with the inspection it followed up: all cases, and by area. */
  readonly comparison: { readonly overall: ChartSpec | null; readonly areas: ChartSpec | null };
  readonly areas: ChartSpec | null;
  readonly agreement: ChartSpec | null;
  readonly timeline: ChartSpec | null;
}

export function inspectionCharts(d: Dataset, v: InspectionView): InspectionCharts {
  const { caseFiles, areas, agreement, grades, comparison } = v;
  const t = v.deadlines.timeline;
  const { asOf } = d;
  return {
    comparison: comparison
      ? comparisonCharts(comparison, comparisonCard(d, comparison, '/'), COMPARISON_ID)
      : { overall: null, areas: null },
    grades: caseFiles.headline
      ? {
          id: 'grades',
          heading: caseFiles.title,
          provenance: caseFiles.provenance,
          grades,
          draw: (width) =>
            gradeBars(gradedRows(caseFiles.rows), grades, { title: caseFiles.title, width }),
        }
      : null,
    areas:
      areas.rows.length > 0
        ? {
            id: SECTION_ID.areas,
            heading: areas.title,
            provenance: areas.provenance,
            grades,
            draw: (width) =>
              gradeBars(gradedRows(areas.rows), grades, { title: areas.title, width }),
          }
        : null,
    agreement: agreement
      ? {
          id: SECTION_ID.agreement,
          heading: agreement.title,
          provenance: agreement.agreement.provenance,
          grades,
          draw: (width) =>
            agreementChart(agreement.agreement, grades, { title: agreement.title, width }),
        }
      : null,
    timeline: t
      ? {
          id: 'timeline',
          heading: t.title,
          provenance: t.provenance,
          grades: null,
          draw: (width) => timeline(t.events, { title: t.title, asOf, width }),
        }
      : null,
  };
}

/** The charts as a list, in page order. */
export const chartList = (c: InspectionCharts): ChartSpec[] =>
  [c.grades, c.comparison.overall, c.comparison.areas, c.areas, c.agreement, c.timeline].filter(
    (x): x is ChartSpec => x !== null,
  );
