// The national picture's rows as the interval chart and its table show them. Pure.
import type { IntervalRow } from '../../charts/interval-dots.ts';
import type { NationalRow, Share } from './national.ts';
import { percentText } from '../../text/page-text.ts';

/** "23 of 80 (29%; 95% interval 20% to 39%)", or counts alone for a small sample. */
export function shareText(s: Share, cases: number, small: boolean): string {
  const counts = `${String(s.count)} of ${String(cases)}`;
  if (small) return `${counts} (small sample)`;
  return `${counts} (${percentText(s.share)}; 95% interval ${percentText(s.interval.lower)} to ${percentText(s.interval.upper)})`;
}

/** A national row as a chart row: the share graded inadequate with its interval. */
export function chartRow(r: NationalRow): IntervalRow {
  const { count, share, interval } = r.inadequate;
  const counts = `${String(count)} of ${String(r.cases)}`;
  const review = r.kind === 'Inspection' ? '' : ' review';
  return {
    key: r.inspection,
    label: r.label,
    shortLabel:
      `${r.forceName.replace(/ (Police|Constabulary)$/, '')}${review} ${r.year === null ? '' : String(r.year)}`.trim(),
    share,
    lower: interval.lower,
    upper: interval.upper,
    value: r.small ? counts : `${counts} (${percentText(share)})`,
    small: r.small,
    tip: `${r.label}: ${shareText(r.inadequate, r.cases, r.small)} graded inadequate; ${r.sample.toLowerCase()}; ${r.programme}`,
  };
}
