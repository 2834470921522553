// What an inspection's sources did not publish, said plainly, so nothing missing reads as zero.

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
  /** The report's summary, strengths or concerns. */
  readonly mainFindings: boolean;
}

/** Each thing not published, as a phrase for a list ("no case audit figures"), in page order. */
export function publicationGaps(p: Published): string[] {
  const gaps: string[] = [];
  if (!p.caseGrades)
    gaps.push(p.isReview ? 'no re-audit figures (case grades)' : 'no case audit figures');
  if (p.caseGrades && !p.sampleSplit)
    gaps.push('no split of the cases by who chose them (force or inspectorate)');
  if (p.caseGrades && !p.areas) gaps.push('no breakdown of the grades by practice area');
  if (p.caseGrades && !p.forceGrades)
    gaps.push("no figures for the force's own grading of its cases");
  if (!p.isReview && p.recommendations === 0) gaps.push('no recommendations');
  if (!p.mainFindings && !p.isReview) gaps.push('no main findings in the report’s words');
  return gaps;
}
