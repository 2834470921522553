// An inspection's recommendations in a line each, for the lists that lead a page (the inspection
// page's opening, the force page): name and subject, due date, standing, and the link to it.
import { recommendationsOf } from '../../dataset/queries.ts';
import type { Dataset } from '../../dataset/types.ts';
import { STANDING_LABEL, recommendationName } from '../../text/labels.ts';
import { recommendationPath } from '../register/rows.ts';
import { dueOrder } from '../../text/headlines.ts';

/** A recommendation in a line: what it is, when it was due and where it stands. */
export interface RecommendationSummary {
  /** "Recommendation 2: Review child protection duties with partners". */
  readonly name: string;
  readonly dueText: string;
  /** Where it stands on the as-of date, as a label ("Overdue"). */
  readonly standing: string;
  readonly href: string;
}

/** An inspection's recommendations in a line each, by due date (then number): what is due first. */
export function recommendationSummaries(
  d: Dataset,
  inspection: string,
  base = '/',
): RecommendationSummary[] {
  const all = recommendationsOf(d, inspection);
  return [...all]
    .sort((a, b) => dueOrder(a) - dueOrder(b) || a.number - b.number)
    .map((r) => ({
      name: `${recommendationName(r, all)}: ${r.subject}`,
      dueText: r.dueText,
      standing: STANDING_LABEL[r.tracking.standing],
      href: `${base}${recommendationPath(r.inspection, r.number)}`,
    }));
}
