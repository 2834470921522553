// An inspection's findings, in the report's words or marked as our summary: those about the whole
// inspection by kind, and the themes found in the cases of each practice area. Pure.
import type { Finding } from '../../dataset/types.ts';

/** The findings about the whole inspection, each list in the report's order. */
export interface OverallFindings {
  readonly summaries: readonly Finding[];
  readonly strengths: readonly Finding[];
  readonly concerns: readonly Finding[];
  readonly quotes: readonly Finding[];
}

/** A practice area's theme: a strength, a concern or a mixed finding. */
export type ThemeKind = 'strength' | 'concern' | 'mixed';
export type Theme = Finding & { readonly kind: ThemeKind };

/** Each theme kind as the page labels it. */
export const THEME_LABELS: Readonly<Record<ThemeKind, string>> = {
  strength: 'Strength',
  concern: 'Concern',
  mixed: 'Mixed',
};

const byOrder = (a: Finding, b: Finding): number => a.order - b.order;

/** The findings about the whole inspection (no practice area), by kind and in order. */
export function overallFindings(findings: readonly Finding[], inspection: string): OverallFindings {
  const of = (kind: Finding['kind']): Finding[] =>
    findings
      .filter((f) => f.inspection === inspection && f.area === null && f.kind === kind)
      .sort(byOrder);
  return {
    summaries: of('summary'),
    strengths: of('strength'),
    concerns: of('concern'),
    quotes: of('quote'),
  };
}

/** Whether the report's main findings (summary, strengths or concerns) were transcribed. */
export function hasMainFindings(f: OverallFindings): boolean {
  return f.summaries.length + f.strengths.length + f.concerns.length > 0;
}

/** Whether any main finding is in the source's words, not only in our summary. */
export function hasQuotedMainFindings(f: OverallFindings): boolean {
  return [...f.summaries, ...f.strengths, ...f.concerns].some((x) => x.wording === 'quoted');
}

/** Whether the page has any findings to show: main findings or quotes. */
export function anyFindings(f: OverallFindings): boolean {
  return hasMainFindings(f) || f.quotes.length > 0;
}

const isTheme = (f: Finding): f is Theme => Object.hasOwn(THEME_LABELS, f.kind);

/** The themes the report found in one practice area's cases, in order. */
export function areaThemes(
  findings: readonly Finding[],
  inspection: string,
  area: string,
): Theme[] {
  return findings
    .filter((f) => f.inspection === inspection && f.area === area)
    .filter(isTheme)
    .sort(byOrder);
}
