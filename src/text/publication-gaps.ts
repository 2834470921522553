// What an inspection's page lacks, said plainly, so nothing missing reads as zero.

/** What was published for an inspection or review. */
export interface Published {
  readonly isReview: boolean;
  /** Any case grades at all. */
  readonly caseGrades: boolean;
  /** The grades split by who chose the cases. */
  readonly sampleSplit: boolean;
  readonly areas: boolean;
  /** The force's own grading of the cases it chose. */
  readonly forceGrades: boolean;
  readonly recommendations: number;
  /** The report's summary, strengths or concerns, in its own words (not only our summary). */
  readonly mainFindings: boolean;
}

/**
 * Each thing absent, as a phrase for a list ("case audit figures") under "Not published in it" or
 * "Not yet on this site", in page order.
 */
export function publicationGaps(p: Published): string[] {
  const gaps: string[] = [];
  if (!p.caseGrades)
    gaps.push(p.isReview ? 're-audit figures (case grades)' : 'case audit figures');
  if (p.caseGrades && !p.sampleSplit)
    gaps.push('the split of the cases by who chose them (force or inspectorate)');
  if (p.caseGrades && !p.areas) gaps.push('a breakdown of the grades by practice area');
  if (p.caseGrades && !p.forceGrades) gaps.push("figures for the force's own grading of its cases");
  if (!p.isReview && p.recommendations === 0) gaps.push('recommendations');
  if (!p.mainFindings && !p.isReview) gaps.push('main findings in the report’s words');
  return gaps;
}
