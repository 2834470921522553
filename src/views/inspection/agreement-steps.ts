// The cross-tables a reader can step through under "Force versus inspectorate": one possible
// pairing of the force's and the inspectors' grades for each number of cases the published
// totals allow to have been graded the same, each with its sentence. Pure.
import { agreementSteps, type AgreementStep } from '../../domain/agreement-steps.ts';
import type { Agreement } from '../../dataset/types.ts';
import { plural } from '../../text/page-text.ts';

export interface AgreementStepsView {
  readonly steps: readonly (AgreementStep & { readonly sentence: string })[];
  /** Where the start is: the step nearest the middle of the range. */
  readonly start: number;
  /** The numbers between the fewest and the most that no pairing gives, in words, or null. */
  readonly gaps: string | null;
}

/** "If 10 of the 33 cases were graded the same: the force more favourable in 17, less in 6." */
export function stepSentence(s: AgreementStep, cases: number): string {
  return `If ${String(s.same)} of the ${plural(cases, 'case')} were graded the same by both, the force’s grade would be more favourable in ${String(s.forceMoreFavourable)} and less favourable in ${String(s.forceLessFavourable)}.`;
}

/**
 * The steps for an agreement known only from its totals; null where case-level pairs are known
 * (the one real table is shown instead), or where the search did not finish, since a missing
 * step could then be taken for an impossible one.
 */
export function agreementStepsView(a: Agreement): AgreementStepsView | null {
  if (a.exact !== null) return null;
  const { steps, complete } = agreementSteps(a.force, a.inspectorate);
  if (!complete || steps.length < 2) return null;
  const { min, max } = a.range.same;
  const have = new Set(steps.map((s) => s.same));
  const missing = Array.from({ length: max - min + 1 }, (_, i) => min + i).filter(
    (n) => !have.has(n),
  );
  const middle = (min + max) / 2;
  let start = 0;
  steps.forEach((s, i) => {
    if (Math.abs(s.same - middle) < Math.abs((steps[start]?.same ?? 0) - middle)) start = i;
  });
  return {
    steps: steps.map((s) => ({ ...s, sentence: stepSentence(s, a.range.cases) })),
    start,
    gaps:
      missing.length === 0
        ? null
        : `No pairing gives ${missing.map(String).join(', ')} ${missing.length === 1 && missing[0] === 1 ? 'case' : 'cases'} graded the same.`,
  };
}
