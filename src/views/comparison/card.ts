// What the baseline-versus-revisit card shows besides the comparison itself: the grade table's
// rows (two per like-for-like pair, each linking to its inspection), the chart titles, and the
// discrepancy notes in words. Pure: the dataset is passed in.
import type { Absence } from '../../domain/vocabulary.ts';
import { areaOf } from '../../dataset/queries.ts';
import type { Dataset } from '../../dataset/types.ts';
import { seriesHeadline } from '../../text/headlines.ts';
import { capitalise, describeSubject, displayValue } from '../../text/page-text.ts';
import { changeConclusion, type BaselineVersusRevisit, type ComparedPair } from './baseline.ts';
import { auditName, percentText } from '../../text/page-text.ts';
import { SMALL_SAMPLE, shareText } from '../../text/shares.ts';
import type { IntervalRow } from '../../charts/interval-dots.ts';

/** A row of the card's grade table and chart. */
export interface ComparisonRow {
  readonly key: string;
  readonly label: string;
  readonly href: string;
  readonly counts: readonly { readonly grade: string; readonly count: number | null }[];
  readonly total: number | null;
  readonly notStated: number | null;
  readonly absence: Absence;
}

/** A note on a disputed figure, linking to where the inspection's page explains it. */
export interface DiscrepancyLink {
  readonly href: string;
  readonly title: string;
  readonly text: string;
}

export interface ComparisonCard {
  readonly overallRows: readonly ComparisonRow[];
  readonly overallTitle: string;
  readonly areaRows: readonly ComparisonRow[];
  readonly areasTitle: string;
  readonly discrepancies: readonly DiscrepancyLink[];
}

/** An inspection's page, relative to the site's base. */
const inspectionHref = (base: string, inspection: string): string =>
  `${base}inspections/${inspection}/`;

/** Two rows per pair: the baseline's, then the revisit's; an area's rows are named by the area. */
export function comparisonRows(
  c: BaselineVersusRevisit,
  p: ComparedPair,
  base: string,
): ComparisonRow[] {
  const name = (what: string): string => (p.key === 'all' ? what : `${p.label}, ${what}`);
  return [
    {
      key: `${p.key}-base`,
      label: name(auditName(c.base)),
      dist: p.base,
    },
    {
      key: `${p.key}-revisit`,
      label: name(auditName(c.revisit)),
      dist: p.revisit,
    },
  ].map(({ key, label, dist }) => ({
    key,
    label,
    href: inspectionHref(base, dist.inspection),
    counts: dist.counts,
    total: dist.total,
    notStated: dist.notStated,
    absence: dist.absence,
  }));
}

/** The comparison's disputed figures in words, each linking to its note on the inspection page. */
export function comparisonDiscrepancies(
  d: Dataset,
  c: BaselineVersusRevisit,
  base: string,
): DiscrepancyLink[] {
  const gradeLabel = (g: string): string => c.grades.find((x) => x.id === g)?.label ?? g;
  const areaLabel = (a: string): string => areaOf(d, a).label;
  return c.discrepancies.map((x) => ({
    href: `${inspectionHref(base, x.inspection)}#discrepancy-${x.id}`,
    title: x.kind === 'sources-disagree' ? 'Sources disagree' : 'Figures do not add up',
    text: `${capitalise(describeSubject(x.subject, gradeLabel, areaLabel))} in ${x.inspection === c.base.id ? c.labels.base : c.labels.revisit}: this site uses ${displayValue(x.value)}; ${x.kind === 'sources-disagree' ? 'another source gives' : 'the parts add up to'} ${displayValue(x.otherValue)}.`,
  }));
}

/** Everything the card shows besides the comparison, for a site served from `base`. */
export function comparisonCard(d: Dataset, c: BaselineVersusRevisit, base: string): ComparisonCard {
  const { labels, grades } = c;
  const overall = c.outcome.kind === 'compared' ? c.outcome.overall : null;
  const areas = c.outcome.kind === 'compared' ? c.outcome.areas : [];
  return {
    overallRows: overall ? comparisonRows(c, overall, base) : [],
    overallTitle: overall
      ? [
          seriesHeadline(
            [
              { when: labels.base, d: overall.base },
              { when: labels.revisit, d: overall.revisit },
            ],
            grades,
          ),
          changeConclusion(overall),
        ]
          .filter((t) => t !== '')
          .join('; ')
      : '',
    areaRows: areas.flatMap((p) => comparisonRows(c, p, base)),
    areasTitle: `Grades by practice area in ${labels.base} and ${labels.revisit}`,
    discrepancies: comparisonDiscrepancies(d, c, base),
  };
}

/**
 * A pair's shares as dots with their 95% intervals, each grade's baseline then its revisit, so the
 * reader compares shares on one axis, not bars scaled by how many cases each audit had. A side
 * without a published count or total has no dot; its table row says so.
 */
export function comparisonDots(
  c: BaselineVersusRevisit,
  pairs: readonly ComparedPair[],
): IntervalRow[] {
  return pairs.flatMap((p) =>
    p.comparison.rows.flatMap((row) =>
      (
        [
          [c.base, c.labels.base, row.base, 'base'],
          [c.revisit, c.labels.revisit, row.revisit, 'revisit'],
        ] as const
      ).flatMap(([audit, short, side, which]) => {
        const { count, total, share, interval } = side;
        if (count === null || total === null || share === null || interval === null) return [];
        const where = p.key === 'all' ? '' : `${p.label}: `;
        const grade = where === '' ? row.grade.label : row.grade.label.toLowerCase();
        const name = auditName(audit);
        const label = `${where}${grade}, ${name.charAt(0).toLowerCase()}${name.slice(1)}`;
        const small = total < SMALL_SAMPLE;
        const counts = `${String(count)} of ${String(total)}`;
        return [
          {
            key: `${p.key}-${row.grade.id}-${which}`,
            label: capitalise(label),
            shortLabel: `${where}${grade}, ${short}`,
            share,
            lower: interval.lower,
            upper: interval.upper,
            value: small ? counts : `${counts} (${percentText(share)})`,
            small,
            tip: `${capitalise(label)}: ${shareText({ count, share, interval }, total, small)}`,
          },
        ];
      }),
    ),
  );
}
