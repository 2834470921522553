// Distributions from the published counts and, where cases.csv gives them, from the case rows.
import {
  countKey,
  distributions as countDistributions,
  type CountCell,
} from '../../domain/case-audit.ts';
import { hasSample, tallyDistributions, type CaseTally } from '../read/case-tallies.ts';
import type { Problem } from '../problems.ts';
import { cellProblem, type At } from '../contract/table-spec.ts';
import type { CountedDistribution, Distribution } from '../../dataset/types.ts';
import { ALL, SAMPLE_PARTS, type Absence } from '../../domain/vocabulary.ts';

/**
 * Derives the published distributions, reports each published count the case rows contradict,
 * and adds the distributions only the case rows give (published ones take precedence). Each says
 * what its blanks mean, from how much of its report this site holds (`absenceOf`).
 */
export function deriveDistributions(
  cells: ReadonlyMap<string, readonly CountCell<At>[]>,
  gradesOf: (inspection: string) => readonly string[],
  tallies: ReadonlyMap<string, CaseTally>,
  absenceOf: (inspection: string) => Absence,
): { distributions: Distribution[]; problems: Problem[] } {
  const problems: Problem[] = [];
  let distributions: CountedDistribution[] = [];
  for (const [inspection, group] of cells) {
    distributions.push(...countDistributions(group, gradesOf(inspection)));
  }
  for (const tally of tallies.values()) {
    const derived = tallyDistributions(tally);
    const samplesPresent = new Set(SAMPLE_PARTS.filter((_, i) => hasSample(tally, i)));
    // Case rows may give one sample only; a count is checked only if they hold all it covers.
    const covers = (sample: string) =>
      sample === ALL
        ? samplesPresent.size === SAMPLE_PARTS.length
        : samplesPresent.has(sample as (typeof SAMPLE_PARTS)[number]);
    const derivedByKey = new Map(derived.map((d) => [`${d.sample}/${d.assessor}/${d.area}`, d]));
    for (const c of cells.get(tally.inspection) ?? []) {
      if (c.count === null || !covers(c.sample)) continue;
      const d = derivedByKey.get(`${c.sample}/${c.assessor}/${c.area}`);
      const n =
        c.grade === ALL
          ? (d?.total ?? 0)
          : (d?.counts.find((x) => x.grade === c.grade)?.count ?? 0);
      if (n !== c.count) {
        problems.push(
          cellProblem(
            c.at,
            'count',
            `the case rows in cases.csv give ${String(n)} for ${countKey(c)} (expected the published count to equal the count of case rows, got ${String(c.count)})`,
          ),
        );
      }
    }
    const published = new Set(
      distributions
        .filter((d) => d.inspection === tally.inspection)
        .map((d) => `${d.sample}/${d.assessor}/${d.area}`),
    );
    distributions = distributions.concat(
      derived.filter((d) => !published.has(`${d.sample}/${d.assessor}/${d.area}`)),
    );
  }
  return {
    distributions: distributions.map((d) => ({ ...d, absence: absenceOf(d.inspection) })),
    problems,
  };
}
