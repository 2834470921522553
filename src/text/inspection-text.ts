// The words that frame an inspection page: its title, its description for search results and
// link previews, and a line on each related inspection or review.
import { gradesOf, headlineDistribution } from '../dataset/queries.ts';
import { gradeCountsText } from './page-text.ts';
import { ABSENT_WORDS, kindLabel } from './labels.ts';
import { absenceOf } from '../domain/vocabulary.ts';
import type { Dataset, Distribution, Force, Grade, Inspection } from '../dataset/types.ts';
import { yearOf } from '../dataset/when.ts';
import { inspectionShortName, publishedPhrase } from './page-text.ts';

/** A related inspection or review as the page lists it. */
export interface RelatedItem {
  readonly id: string;
  /** "Post-inspection review, July 2020". */
  readonly name: string;
  /** "inspectors graded …", or that no figures were published. */
  readonly outcome: string;
}

/** "Gwent Police: national child protection inspection, 2019". */
export function inspectionTitle(force: Force, inspection: Inspection): string {
  const year = yearOf(inspection);
  return `${force.name}: ${kindLabel(inspection.kind).toLowerCase()}${year === null ? '' : `, ${String(year)}`}`;
}

/** One sentence on what the inspection found, or that it published no case figures. */
export function inspectionDescription(
  force: Force,
  inspection: Inspection,
  headline: Distribution | null,
  grades: readonly Grade[],
): string {
  const what = `${force.name}, ${kindLabel(inspection.kind).toLowerCase()}${inspection.published ? ' ' : ', '}${publishedPhrase(inspection.published)}`;
  if (headline) return `${what}: inspectors graded ${gradeCountsText(headline, grades)}.`;
  const audit = inspection.kind === 'post-inspection-review' ? 're-audit' : 'case audit';
  return inspection.transcribed === 'whole-report'
    ? `${what}: no ${audit} figures were published; what the inspectorate said, with links to the sources.`
    : `${what}: its dates and sources; this site does not yet hold its ${audit} figures.`;
}

/**
 * Each related inspection (the one a review revisits, or the reviews of an inspection) with its
 * headline grades; `fromReview` says which way round, since it names what was not published.
 */
export function relatedItems(
  d: Dataset,
  related: readonly Inspection[],
  fromReview: boolean,
): RelatedItem[] {
  return related.map((r) => {
    const h = headlineDistribution(d, r.id);
    return {
      id: r.id,
      name: inspectionShortName(r),
      outcome: h
        ? `inspectors graded ${gradeCountsText(h, gradesOf(d, r.id))}`
        : `${fromReview ? 'case audit' : 're-audit'} figures ${ABSENT_WORDS[absenceOf(r.transcribed)].adjective}`,
    };
  });
}
