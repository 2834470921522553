// The home page: every force by name with each inspection's headline grades in words, how many
// inspections and reviews the site covers, and examples to start from.
import { ABSENT_WORDS } from '../../text/labels.ts';
import { absenceOf } from '../../domain/vocabulary.ts';
import { gradesOf, headlineDistribution, inspectionsOfForce } from '../../dataset/queries.ts';
import { nationName } from '../../text/labels.ts';
import { gradeCountsText } from '../../text/page-text.ts';
import type { Dataset, Distribution, Force, Grade, Inspection } from '../../dataset/types.ts';
import { publishedOf } from '../../dataset/when.ts';

/** An inspection as the home page lists it, with what it found in words. */
export interface HomeInspection {
  readonly inspection: Inspection;
  /** "20 good, … of 80 cases.", or that no case grades were published. */
  readonly outcome: string;
}

export interface HomeForce {
  readonly force: Force;
  readonly nation: string;
  readonly inspections: readonly HomeInspection[];
}

/** An inspection to point a reader to, with its force's name. */
export interface HomeExample {
  readonly id: string;
  readonly force: string;
  readonly year: number;
}

export interface HomeView {
  /** By name. */
  readonly forces: readonly HomeForce[];
  readonly inspections: number;
  readonly reviews: number;
  /** The first inspection with recommendations, or null when none has any. */
  readonly recommendationsExample: HomeExample | null;
  /** The first inspection with force-versus-inspectorate figures. */
  readonly agreementExample: string | null;
}

/** An inspection's headline grades as a clause, saying when only one sample was published. */
export function homeOutcome(
  headline: Distribution | null,
  grades: readonly Grade[],
  inspection: Inspection,
): string {
  if (headline) {
    const oneSample = headline.sample !== 'all' ? ' (one sample only)' : '';
    return `${gradeCountsText(headline, grades)}${oneSample}.`;
  }
  const what = inspection.kind === 'post-inspection-review' ? 're-audit' : 'case audit';
  return `${what} figures ${ABSENT_WORDS[absenceOf(inspection.transcribed)].adjective}.`;
}

/** Everything the home page shows. */
export function homeView(d: Dataset): HomeView {
  const forceName = (id: string): string => d.forces.find((f) => f.id === id)?.name ?? id;
  const withRecommendations = d.inspections.find((i) =>
    d.recommendations.some((r) => r.inspection === i.id),
  );
  const inspections = d.inspections.filter((i) => i.kind === 'inspection').length;
  return {
    forces: [...d.forces]
      .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))
      .map((force) => ({
        force,
        nation: nationName(force.nation),
        inspections: inspectionsOfForce(d, force.id).map((inspection) => ({
          inspection,
          outcome: homeOutcome(
            headlineDistribution(d, inspection.id),
            gradesOf(d, inspection.id),
            inspection,
          ),
        })),
      })),
    inspections,
    reviews: d.inspections.length - inspections,
    recommendationsExample: withRecommendations
      ? {
          id: withRecommendations.id,
          force: forceName(withRecommendations.force),
          year: publishedOf(withRecommendations).year,
        }
      : null,
    agreementExample: d.agreements[0]?.inspection ?? null,
  };
}
