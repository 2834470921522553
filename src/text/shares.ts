// A share of audited cases in words: counts first, the share and its 95% interval beside them, or
// counts alone where the sample is too small for a share to mean much. Shared by every chart of
// shares with intervals (the national picture, baseline versus revisit) and their tables.
import { wilson, type Interval } from '../domain/wilson.ts';
import { percentText } from './page-text.ts';

/** Samples smaller than this give shares too uncertain to show bare: counts lead instead. */
export const SMALL_SAMPLE = 20;

/** A count of cases as a share of its audit's cases, with its 95% interval. */
export interface Share {
  readonly count: number;
  readonly share: number;
  readonly interval: Interval;
}

/** "23 of 80 (29%; 95% interval 20% to 39%)", or counts alone for a small sample. */
export function shareText(s: Share, cases: number, small: boolean): string {
  const counts = `${String(s.count)} of ${String(cases)}`;
  if (small) return `${counts} (small sample)`;
  return `${counts} (${percentText(s.share)}; 95% interval ${percentText(s.interval.lower)} to ${percentText(s.interval.upper)})`;
}

/**
 * A grade's cases in a tooltip: "20 of 83 cases (24%; 95% interval 16% to 34%)", counts alone
 * with "(small sample)" under 20 cases, and "6 cases" where the total is not published.
 */
export function casesShareText(count: number, total: number | null): string {
  if (total === null) return `${String(count)} ${count === 1 ? 'case' : 'cases'}`;
  const counts = `${String(count)} of ${String(total)} cases`;
  if (total < SMALL_SAMPLE) return `${counts} (small sample)`;
  const interval = wilson(count, total);
  if (interval === null) return counts;
  return `${counts} (${percentText(count / total)}; 95% interval ${percentText(interval.lower)} to ${percentText(interval.upper)})`;
}
