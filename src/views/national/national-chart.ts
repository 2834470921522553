// The national picture's rows as the interval chart and its table show them. Pure.
import type { IntervalRow } from '../../charts/interval-dots.ts';
import type { NationalRow } from './national.ts';
import { shareText } from '../../text/shares.ts';
import { percentText } from '../../text/page-text.ts';

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
