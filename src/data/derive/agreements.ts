// Force versus inspectorate on the same cases: what the published distributions allow, and the
// exact agreement where case rows pair the two grades.
import { group, sum } from 'd3-array';
import { agreementExact, agreementRange } from '../../domain/agreement.ts';
import type { CountCell } from '../../domain/case-audit.ts';
import { hasSample, tallyCrossTable, type CaseTally } from '../read/case-tallies.ts';
import type { Problem } from '../problems.ts';
import { cellProblem, type At } from '../contract/table-spec.ts';
import type { Agreement, Distribution } from '../../dataset/types.ts';
import { ALL, SAMPLE_PARTS } from '../../domain/vocabulary.ts';

/** What agreements are derived from. */
export interface AgreementInput {
  /** Every inspection id, in file order. */
  readonly inspections: readonly string[];
  readonly distributions: readonly Distribution[];
  /** The published counts by inspection, to locate a problem at its row. */
  readonly cells: ReadonlyMap<string, readonly CountCell<At>[]>;
  /** `inspection/subject` of every does-not-add-up discrepancy. */
  readonly acknowledged: ReadonlySet<string>;
  readonly tallies: ReadonlyMap<string, CaseTally>;
  readonly gradesOf: (inspection: string) => readonly string[];
}

/**
 * The problem to report when the force and the inspectorate graded different numbers of cases of
 * a sample, unless a discrepancy already acknowledges either total.
 */
function totalsProblem(
  input: AgreementInput,
  inspection: string,
  sample: string,
  force: Distribution,
  insp: Distribution,
): Problem | null {
  const subject = (a: string) => `${inspection}/case-audit:${sample}/${a}/${ALL}/${ALL}`;
  if (input.acknowledged.has(subject('force')) || input.acknowledged.has(subject('inspectorate')))
    return null;
  const cell = (input.cells.get(inspection) ?? []).find(
    (c) => c.sample === sample && c.assessor === 'inspectorate' && c.area === ALL,
  );
  return cell
    ? cellProblem(
        cell.at,
        'count',
        `the force graded ${String(force.total)} cases of the ${sample} sample and the inspectorate ${String(insp.total)} (expected the same cases graded by both)`,
      )
    : null;
}

/**
 * Derives an agreement for each inspection and sample where both the force and the inspectorate
 * have a complete all-areas distribution, reporting the two graded different numbers of cases
 * unless a discrepancy already acknowledges either total.
 */
export function deriveAgreements(input: AgreementInput): {
  agreements: Agreement[];
  problems: Problem[];
} {
  const agreements: Agreement[] = [];
  const problems: Problem[] = [];
  // One pass to index the all-areas distributions; the first of any duplicate wins, as in the file.
  const allAreas = group(
    input.distributions.filter((d) => d.area === ALL),
    (d) => d.inspection,
    (d) => d.sample,
    (d) => d.assessor,
  );
  const find = (
    inspection: string,
    sample: Distribution['sample'],
    assessor: Distribution['assessor'],
  ) => allAreas.get(inspection)?.get(sample)?.get(assessor)?.[0];
  for (const inspection of input.inspections) {
    for (const sample of [...SAMPLE_PARTS, ALL] as const) {
      const force = find(inspection, sample, 'force');
      const insp = find(inspection, sample, 'inspectorate');
      if (!force?.complete || !insp?.complete) continue;
      const f = force.counts.map((c) => c.count ?? 0);
      const g = insp.counts.map((c) => c.count ?? 0);
      // Published parts that do not add up (acknowledged) admit no table: no range then.
      if (sum(f) !== force.total || sum(g) !== insp.total) continue;
      if (force.total !== insp.total) {
        const problem = totalsProblem(input, inspection, sample, force, insp);
        if (problem) problems.push(problem);
        continue;
      }
      const tally = input.tallies.get(inspection);
      const sampleIndex = SAMPLE_PARTS.indexOf(sample as (typeof SAMPLE_PARTS)[number]);
      const table =
        tally && sampleIndex >= 0 && hasSample(tally, sampleIndex)
          ? tallyCrossTable(tally, sampleIndex)
          : null;
      agreements.push({
        inspection,
        sample,
        grades: input.gradesOf(inspection),
        force: f,
        inspectorate: g,
        range: agreementRange(f, g),
        exact: table ? agreementExact(table) : null,
        provenance: [...force.provenance, ...insp.provenance],
      });
    }
  }
  return { agreements, problems };
}
