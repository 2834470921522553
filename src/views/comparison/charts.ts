// The two charts of a baseline-versus-revisit comparison, all cases and by practice area, each as
// the shares of each grade with their intervals, the inspection above the review.
import { intervalDots } from '../../charts/interval-dots.ts';
import type { ChartSpec } from '../chart-spec.ts';
import type { BaselineVersusRevisit, ComparedPair } from './baseline.ts';
import { comparisonDots, type ComparisonCard } from './card.ts';

/** What can be drawn of a comparison; `prefix` makes the ids unique on their page. */
export function comparisonCharts(
  c: BaselineVersusRevisit,
  card: ComparisonCard,
  prefix: string,
): { readonly overall: ChartSpec | null; readonly areas: ChartSpec | null } {
  const spec = (id: string, title: string, pairs: readonly ComparedPair[]): ChartSpec => ({
    id: `${prefix}-${id}`,
    heading: title,
    provenance: pairs.flatMap((p) => [...p.base.provenance, ...p.revisit.provenance]),
    grades: null,
    draw: (width) => intervalDots(comparisonDots(c, pairs), { title, width }),
  });
  if (c.outcome.kind !== 'compared') return { overall: null, areas: null };
  const { overall, areas } = c.outcome;
  return {
    overall: overall ? spec('overall', card.overallTitle, [overall]) : null,
    areas: areas.length > 0 ? spec('areas', card.areasTitle, areas) : null,
  };
}
