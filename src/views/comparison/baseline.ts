// Baseline versus revisit: an inspection's grades beside its post-inspection review's, overall and
// by practice area where both were published, with the change and the warnings that say how far
// the two audits are comparable. Where either published no figures, it says so rather than
// comparing with nothing. Pure: the dataset is passed in.
import { absentFrom } from '../../text/absence.ts';
import { absenceOf } from '../../domain/vocabulary.ts';
import { compareDistributions, type Comparison, type Side } from '../../domain/baseline-shares.ts';
import type { Interval } from '../../domain/wilson.ts';
import {
  areaDistributions,
  areaOf,
  discrepanciesOf,
  findingsOf,
  gradesOf,
  headlineDistribution,
  inspectionOf,
  inspectionsOfForce,
} from '../../dataset/queries.ts';
import { formatDate, toMonthAtMost } from '../../domain/dates.ts';
import { capitalise, casesWith, gradeCountsText, percentOf } from '../../text/page-text.ts';
import type {
  Dataset,
  Discrepancy,
  Distribution,
  Finding,
  Grade,
  Inspection,
} from '../../dataset/types.ts';
import { auditName, inspectionShortName } from '../../text/page-text.ts';

/** One like-for-like pair: the same area (or all cases) in both audits. */
export interface ComparedPair {
  /** 'all', or the practice area's id. */
  readonly key: string;
  readonly label: string;
  readonly base: Distribution;
  readonly revisit: Distribution;
  readonly comparison: Comparison;
}

/** What could be compared, or why nothing could. */
export type BaselineOutcome =
  | {
      readonly kind: 'compared';
      readonly overall: ComparedPair | null;
      readonly areas: readonly ComparedPair[];
    }
  | { readonly kind: 'no-revisit-figures' }
  | { readonly kind: 'no-baseline-figures' }
  | { readonly kind: 'different-scales' };

export interface BaselineVersusRevisit {
  readonly base: Inspection;
  readonly revisit: Inspection;
  /** How the two are named in sentences and column headings: their years, or dates if one year. */
  readonly labels: { readonly base: string; readonly revisit: string };
  /** The baseline's grade scale (the revisit's too, unless the outcome is 'different-scales'). */
  readonly grades: readonly Grade[];
  readonly outcome: BaselineOutcome;
  /** The baseline's headline grades, to say what there was to compare against. */
  readonly baseHeadline: Distribution | null;
  /** The review's own words, shown when it published no figures to compare. */
  readonly quotes: readonly Finding[];
  /** Known discrepancies in the compared figures. */
  readonly discrepancies: readonly Discrepancy[];
}

function labelsFor(base: Inspection, revisit: Inspection): { base: string; revisit: string } {
  // Years alone only where both are dated and differ: "2021" and "2022".
  if (base.published && revisit.published && base.published.year !== revisit.published.year) {
    return { base: String(base.published.year), revisit: String(revisit.published.year) };
  }
  return { base: auditName(base), revisit: auditName(revisit) };
}

function pair(
  key: string,
  label: string,
  base: Distribution,
  revisit: Distribution,
  grades: readonly Grade[],
  labels: { base: string; revisit: string },
): ComparedPair {
  const comparison = compareDistributions(base, revisit, grades, { ...labels, sameScale: true });
  return { key, label, base, revisit, comparison };
}

// A discrepancy subject names one figure: "case-audit:<sample>/<assessor>/<area>/<grade>".
function isAbout(x: Discrepancy, dist: Distribution): boolean {
  const [table, path = ''] = x.subject.split(':');
  const [sample, assessor, area] = path.split('/');
  return (
    table === 'case-audit' &&
    x.inspection === dist.inspection &&
    sample === dist.sample &&
    assessor === dist.assessor &&
    area === dist.area
  );
}

/** The comparison of a post-inspection review with the inspection it revisits. */
export function baselineVersusRevisit(d: Dataset, reviewId: string): BaselineVersusRevisit {
  const revisit = inspectionOf(d, reviewId);
  if (revisit.revisits === null) {
    throw new Error(`"${reviewId}" is not a review: it revisits no inspection`);
  }
  const base = inspectionOf(d, revisit.revisits);
  const labels = labelsFor(base, revisit);
  const grades = gradesOf(d, base.id);
  const baseHeadline = headlineDistribution(d, base.id);
  const revisitHeadline = headlineDistribution(d, revisit.id);
  const baseAreas = areaDistributions(d, base.id);
  const revisitAreas = areaDistributions(d, revisit.id);
  const quotes = findingsOf(d, revisit.id)
    .filter((f) => f.kind === 'quote')
    .sort((a, b) => a.order - b.order);
  const common = { base, revisit, labels, grades, baseHeadline, quotes };

  const revisitHasFigures = revisitHeadline !== null || revisitAreas.length > 0;
  const baseHasFigures = baseHeadline !== null || baseAreas.length > 0;
  if (!revisitHasFigures) {
    return { ...common, outcome: { kind: 'no-revisit-figures' }, discrepancies: [] };
  }
  if (!baseHasFigures) {
    return { ...common, outcome: { kind: 'no-baseline-figures' }, discrepancies: [] };
  }
  // Grades on different scales are not the same grades, so nothing is set side by side.
  if (base.gradeScale !== revisit.gradeScale) {
    return { ...common, outcome: { kind: 'different-scales' }, discrepancies: [] };
  }

  const overall =
    baseHeadline && revisitHeadline
      ? pair('all', 'All cases', baseHeadline, revisitHeadline, grades, labels)
      : null;
  const areas = baseAreas.flatMap((b) => {
    const r = revisitAreas.find((x) => x.area === b.area);
    return r ? [pair(b.area, areaOf(d, b.area).label, b, r, grades, labels)] : [];
  });
  const compared = [...(overall ? [overall] : []), ...areas];
  const discrepancies = [...discrepanciesOf(d, base.id), ...discrepanciesOf(d, revisit.id)].filter(
    (x) => compared.some((p) => isAbout(x, p.base) || isAbout(x, p.revisit)),
  );
  if (compared.length === 0) {
    // Both published something, but never for the same cases: say so as no revisit figures.
    return { ...common, outcome: { kind: 'no-revisit-figures' }, discrepancies: [] };
  }
  return { ...common, outcome: { kind: 'compared', overall, areas }, discrepancies };
}

/** Every inspection of a force set against each of its reviews, oldest first. */
export function forceComparisons(d: Dataset, force: string): BaselineVersusRevisit[] {
  return inspectionsOfForce(d, force)
    .filter((i) => i.revisits !== null)
    .map((i) => baselineVersusRevisit(d, i.id));
}

// Percentages to the nearest whole number, halves up, as percentOf rounds shares.
const pct = (fraction: number): number => Math.floor(fraction * 100 + 0.5);

/** "20 of 83", or "not published". */
export function countOfTotal(s: Side): string {
  if (s.count === null) return 'not published';
  return s.total === null ? String(s.count) : `${String(s.count)} of ${String(s.total)}`;
}

/** "24% (16% to 34%)": a share with its 95% interval, never alone; "not published" without one. */
export function shareWithInterval(s: Side): string {
  if (s.count === null || s.total === null || s.interval === null) return 'not published';
  const share = percentOf(s.count, s.total) ?? 0;
  return `${String(share)}% (${String(pct(s.interval.lower))}% to ${String(pct(s.interval.upper))}%)`;
}

// A true minus sign and an explicit plus, so a change never reads as a bare figure.
function signed(n: number): string {
  return n > 0 ? `+${String(n)}` : n < 0 ? `−${String(-n)}` : '0';
}

/** "+8 points" (percentage points), "under 1 point", or "not published". */
export function shareChangeText(points: number | null): string {
  if (points === null) return 'not published';
  const rounded = Math.round(points);
  if (rounded === 0) return 'under 1 point';
  return `${signed(rounded)} ${Math.abs(rounded) === 1 ? 'point' : 'points'}`;
}

/** "−29 to +9 points": the 95% interval of a change in share, or "not known". */
export function changeIntervalText(i: Interval | null): string {
  if (!i) return 'not known';
  return `${signed(Math.round(i.lower))} to ${signed(Math.round(i.upper))} points`;
}

/** Whether the change in share is clear of chance: "No: the interval includes no change", "Yes". */
export function clearChangeText(i: Interval | null): string {
  if (!i) return 'not known';
  return i.lower <= 0 && i.upper >= 0 ? 'No: the interval includes no change' : 'Yes';
}

/** "In 2021 inspectors graded 20 good, … of 83 cases; in 2022, 10 good, … of 31 cases." */
export function comparisonSentence(
  p: ComparedPair,
  grades: readonly Grade[],
  labels: { readonly base: string; readonly revisit: string },
): string {
  const where = p.key === 'all' ? '' : ` (${p.label.toLowerCase()})`;
  return `In ${labels.base} inspectors graded ${gradeCountsText(p.base, grades)}${where}; in ${labels.revisit}, ${gradeCountsText(p.revisit, grades)}.`;
}

/** "the inspection of June 2019", "the post-inspection review of July 2020". */
export function inspectionInWords(i: Inspection): string {
  const what = i.kind === 'inspection' ? 'inspection' : 'post-inspection review';
  return i.published
    ? `the ${what} of ${formatDate(toMonthAtMost(i.published))}`
    : `the ${what} (${inspectionShortName(i).replace(/^[^,]*, /, '')})`;
}

/** Why nothing is compared, in one plain sentence; null when something was compared. */
export function nothingToCompareText(c: BaselineVersusRevisit): string | null {
  const review = inspectionInWords(c.revisit);
  const inspection = inspectionInWords(c.base);
  switch (c.outcome.kind) {
    case 'compared':
      return null;
    case 'no-revisit-figures': {
      const had = c.baseHeadline
        ? `, in which inspectors graded ${gradeCountsText(c.baseHeadline, c.grades)}`
        : '';
      const none = absentFrom(
        absenceOf(c.revisit.transcribed),
        're-audit figures (case grades)',
        review,
      );
      return `${none}, so there is nothing to compare with ${inspection}${had}.`;
    }
    case 'no-baseline-figures': {
      const none = absentFrom(absenceOf(c.base.transcribed), 'case audit figures', inspection);
      return `${none}, so there is nothing to compare ${review} with.`;
    }
    case 'different-scales':
      return `${capitalise(inspection)} and ${review} graded cases on different scales, so their grades cannot be set side by side.`;
  }
}

/**
 * What a careful reader may conclude about the least favourable grade: "the change may be
 * chance" where its 95% interval includes no change; otherwise which way the share moved and by
 * how much, "more than chance alone would explain". Empty where the change is not known.
 */
export function changeConclusion(p: ComparedPair): string {
  const row = p.comparison.rows[p.comparison.rows.length - 1];
  const i = row?.changeInterval ?? null;
  const change = row?.shareChange ?? null;
  if (!row || !i || change === null) return '';
  if (i.lower <= 0 && i.upper >= 0) return 'the change may be chance';
  const points = Math.round(Math.abs(change));
  return `the share ${casesWith(row.grade)} ${change < 0 ? 'fell' : 'rose'} by ${String(points)} ${points === 1 ? 'point' : 'points'}, more than chance alone would explain`;
}
