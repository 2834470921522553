// A force's page: each inspection and review with what it found, charts of the headline grades
// of those not already set against their review, and the baseline-versus-revisit comparisons.
import { absentSentence } from '../../text/absence.ts';
import { absenceOf } from '../../domain/vocabulary.ts';
import type { Absence } from '../../domain/vocabulary.ts';
import { forceComparisons, type BaselineVersusRevisit } from '../comparison/baseline.ts';
import {
  discrepanciesOf,
  forceOf,
  gradesOf,
  headlineDistribution,
  inspectionsOfForce,
  placesOf,
  recommendationsOf,
} from '../../dataset/queries.ts';
import { seriesHeadline } from '../../text/headlines.ts';
import type { GradedRow } from '../../domain/order.ts';
import {
  displayValue,
  gradeCountsText,
  joinAnd,
  recommendationsHeldText,
} from '../../text/page-text.ts';
import type {
  Dataset,
  Discrepancy,
  Distribution,
  Force,
  Grade,
  Inspection,
  Place,
  Provenance,
} from '../../dataset/types.ts';
import { yearOf } from '../../dataset/when.ts';
import { inspectionShortName } from '../../text/page-text.ts';
import {
  recommendationSummaries,
  type RecommendationSummary,
} from '../inspection/recommendation-summaries.ts';

/** One inspection or review in the force's list. */
export interface ForceInspection {
  readonly inspection: Inspection;
  /** What it found in a sentence or two: its grades or that none were published, and its recommendations. */
  readonly outcome: string;
  /** Discrepancies about its dates. */
  readonly dateNotes: readonly Discrepancy[];
  /** Its recommendations, each with what it is about, when it was due and where it stands. */
  readonly recommendations: readonly RecommendationSummary[];
}

/** A note under a chart on a disputed figure, with a link to the note on the inspection's page. */
export interface ChartNote {
  readonly text: string;
  readonly href: string;
}

/** A row of a force's chart: one inspection's headline grades, linking to its page. */
export interface ForceChartRow extends GradedRow {
  readonly href: string;
  /** What a blank count in the row means. */
  readonly absence: Absence;
}

/** The headline grades of a force's inspections that share a grade scale. */
export interface ForceGradeChart {
  readonly scale: string;
  readonly grades: readonly Grade[];
  readonly rows: readonly ForceChartRow[];
  readonly heading: string;
  readonly summary: string;
  readonly provenance: readonly Provenance[];
  readonly notes: readonly ChartNote[];
}

export interface ForceView {
  readonly force: Force;
  readonly description: string;
  readonly inspections: readonly ForceInspection[];
  readonly charts: readonly ForceGradeChart[];
  readonly comparisons: readonly BaselineVersusRevisit[];
  /** The places its police area covers, for a reader who knows only their town; null if none held. */
  readonly area: PoliceArea | null;
}

/** The places a police area covers, in a sentence, and where the area is defined. */
export interface PoliceArea {
  readonly text: string;
  readonly provenance: readonly Provenance[];
}

/**
 * "Gwent Police's police area includes Monmouthshire, …, Newport and Torfaen.", in the data's order.
 * "Includes", since a source may predate a later change of local government or be held in part.
 */
export function policeArea(force: Force, places: readonly Place[]): PoliceArea | null {
  if (places.length === 0) return null;
  return {
    text: `${force.name}’s police area includes ${joinAnd(places.map((p) => p.place))}.`,
    provenance: places.map((p) => p.provenance),
  };
}

interface Graded {
  readonly inspection: Inspection;
  readonly grades: readonly Grade[];
  readonly headline: Distribution;
}

/** "Inspectors graded … . 8 recommendations recorded.", or that no case grades were published. */
export function inspectionOutcome(
  headline: Distribution | null,
  grades: readonly Grade[],
  inspection: Inspection,
  recommendations: number,
): string {
  const review = inspection.kind === 'post-inspection-review';
  const grading = headline
    ? `Inspectors graded ${gradeCountsText(headline, grades)}.`
    : absentSentence(
        absenceOf(inspection.transcribed),
        review ? 're-audit figures' : 'case audit figures',
        review ? 'this review' : 'this inspection',
      );
  const held = recommendationsHeldText(
    recommendations,
    inspection.recommendationsMade?.count ?? null,
  );
  return held ? `${grading} ${held}` : grading;
}

/** A case-audit discrepancy as a chart note: which inspection, what is disputed, both figures. */
export function chartNote(
  x: Discrepancy,
  inspection: Inspection | undefined,
  base = '/',
): ChartNote {
  const name = inspection ? inspectionShortName(inspection) : x.inspection;
  const what = x.kind === 'sources-disagree' ? 'sources disagree' : 'figures do not add up';
  return {
    text: `${name}: ${what} (this site uses ${displayValue(x.value)}, another figure is ${displayValue(x.otherValue)}).`,
    href: `${base}inspections/${x.inspection}/#discrepancy-${x.id}`,
  };
}

/** One chart of headline grades for a group of inspections on the same scale. */
function gradeChart(
  group: readonly Graded[],
  discrepancies: readonly Discrepancy[],
  base: string,
): ForceGradeChart {
  const grades = group[0]?.grades ?? [];
  const rows = group.map(({ inspection, headline }) => ({
    key: inspection.id,
    label: inspectionShortName(inspection),
    href: `${base}inspections/${inspection.id}/`,
    counts: headline.counts,
    total: headline.total,
    notStated: headline.notStated,
    absence: headline.absence,
  }));
  const of = (id: string): Inspection | undefined =>
    group.find((x) => x.inspection.id === id)?.inspection;
  return {
    scale: group[0]?.inspection.gradeScale ?? '',
    grades,
    rows,
    heading: seriesHeadline(
      group.map((x) => ({ when: String(yearOf(x.inspection) ?? ''), d: x.headline })),
      grades,
    ),
    summary: group
      .map((x, i) => `${rows[i]?.label ?? ''}: ${gradeCountsText(x.headline, grades)}.`)
      .join(' '),
    provenance: group.flatMap((x) => x.headline.provenance),
    notes: discrepancies
      .filter((x) => x.subject.startsWith('case-audit:') && of(x.inspection) !== undefined)
      .map((x) => chartNote(x, of(x.inspection), base)),
  };
}

/**
 * One chart per grade scale of the headline grades of the inspections not in `exclude` (those
 * already shown in a comparison); a change of scale makes bars incomparable.
 */
export function forceGradeCharts(
  d: Dataset,
  force: string,
  exclude: ReadonlySet<string>,
  base = '/',
): ForceGradeChart[] {
  const graded = inspectionsOfForce(d, force).flatMap((inspection): Graded[] => {
    const headline = headlineDistribution(d, inspection.id);
    return headline && !exclude.has(inspection.id)
      ? [{ inspection, grades: gradesOf(d, inspection.id), headline }]
      : [];
  });
  const scales = [...new Set(graded.map((x) => x.inspection.gradeScale))];
  return scales.map((scale) =>
    gradeChart(
      graded.filter((x) => x.inspection.gradeScale === scale),
      d.discrepancies,
      base,
    ),
  );
}

/** The inspections shown in a comparison that has figures on both sides. */
export function comparedInspections(comparisons: readonly BaselineVersusRevisit[]): Set<string> {
  return new Set(
    comparisons.flatMap((c) => (c.outcome.kind === 'compared' ? [c.base.id, c.revisit.id] : [])),
  );
}

/** Everything a force's page shows; fails on an unknown id. */
export function forceView(d: Dataset, id: string, base = '/'): ForceView {
  const force = forceOf(d, id);
  const inspections = inspectionsOfForce(d, id);
  const comparisons = forceComparisons(d, id);
  return {
    force,
    description: `${force.name}: every national child protection inspection and review, with the inspectorate's case grades and links to each report.`,
    inspections: inspections.map((inspection) => ({
      inspection,
      outcome: inspectionOutcome(
        headlineDistribution(d, inspection.id),
        gradesOf(d, inspection.id),
        inspection,
        recommendationsOf(d, inspection.id).length,
      ),
      recommendations: recommendationSummaries(d, inspection.id, base),
      dateNotes: discrepanciesOf(d, inspection.id).filter((x) =>
        x.subject.startsWith('inspections:'),
      ),
    })),
    charts: forceGradeCharts(d, id, comparedInspections(comparisons), base),
    comparisons,
    area: policeArea(force, placesOf(d, id)),
  };
}
