// The national picture: every inspection and review whose inspectorate grades are published, as the
// share of its audited cases graded inadequate (and good) with 95% intervals and n. Like for like
// only: one chart per grade scale, never pooled, each audit marked with its sample and programme,
// in time order rather than ranked, since the samples, years and programmes differ. Pure.
import { groups, min, max } from 'd3-array';
import {
  forceOf,
  gradesOf,
  headlineDistribution,
  yearOf,
  whenOrder,
} from '../../dataset/queries.ts';
import type { Dataset, Distribution, Grade, Inspection, Provenance } from '../../dataset/types.ts';
import { wilson } from '../../domain/wilson.ts';
import { SMALL_SAMPLE, type Share } from '../../text/shares.ts';
import { perDataset } from '../../dataset/memo.ts';
import type { InspectionKind, Nation } from '../../domain/vocabulary.ts';
import { inspectionShortName, percentText } from '../../text/page-text.ts';
import { KIND_SHORT, SAMPLE_LABEL } from '../../text/labels.ts';

/** One audit on the national picture. */
export interface NationalRow {
  readonly inspection: string;
  readonly force: string;
  readonly forceName: string;
  readonly nation: Nation;
  readonly inspectionKind: InspectionKind;
  /** "Gwent Police: Inspection, June 2019". */
  readonly label: string;
  readonly year: number | null;
  readonly kind: string;
  /** Which cases: all, those the inspectorate chose, or those the force chose. */
  readonly sample: string;
  /** The programme of inspections it belongs to, by year. */
  readonly programme: string;
  readonly cases: number;
  readonly inadequate: Share;
  /** Null where the number graded good is not known. */
  readonly good: Share | null;
  readonly small: boolean;
  readonly provenance: readonly Provenance[];
}

/** The audits on one grade scale. */
export interface NationalScale {
  readonly scale: string;
  readonly grades: readonly Grade[];
  readonly rows: readonly NationalRow[];
  readonly title: string;
  readonly summary: string;
}

/** The 2014–2020 national child protection inspections, or the programme that began in 2021. */
export function programmeOf(year: number | null): string {
  if (year === null) return 'programme not known';
  return year >= 2021 ? '2021 to 2024 programme' : '2014 to 2020 programme';
}

function shareOf(count: number | null, total: number): Share | null {
  const interval = count === null ? null : wilson(count, total);
  return count === null || interval === null ? null : { count, share: count / total, interval };
}

/** An audit's row, or null where its total or its inadequate count is not published. */
export function nationalRow(d: Dataset, i: Inspection, h: Distribution): NationalRow | null {
  const grades = gradesOf(d, i.id);
  const worst = grades[grades.length - 1];
  const best = grades[0];
  if (!worst || !best || h.total === null || h.total === 0) return null;
  const countOf = (g: Grade) => h.counts.find((c) => c.grade === g.id)?.count ?? null;
  const inadequate = shareOf(countOf(worst), h.total);
  if (!inadequate) return null;
  const year = yearOf(i);
  const force = forceOf(d, i.force);
  return {
    inspection: i.id,
    force: force.id,
    forceName: force.name,
    nation: force.nation,
    inspectionKind: i.kind,
    label: `${force.name}: ${inspectionShortName(i)}`,
    year,
    kind: KIND_SHORT[i.kind],
    sample: SAMPLE_LABEL[h.sample],
    programme: programmeOf(year),
    cases: h.total,
    inadequate,
    good: shareOf(countOf(best), h.total),
    small: h.total < SMALL_SAMPLE,
    provenance: h.provenance,
  };
}

/**
 * The national picture, a scale at a time, each in time order. Made once per build: the national
 * page, the home page and every force page read it.
 */
export const nationalView = perDataset(buildNationalView);

/** The national picture, made afresh: what `nationalView` caches. */
export function buildNationalView(d: Dataset): NationalScale[] {
  const rows = [...d.inspections]
    .sort((a, b) => whenOrder(a) - whenOrder(b) || (a.id < b.id ? -1 : 1))
    .flatMap((i) => {
      const h = headlineDistribution(d, i.id);
      const row = h && i.gradeScale !== null ? nationalRow(d, i, h) : null;
      return row && i.gradeScale !== null ? [{ scale: i.gradeScale, row }] : [];
    });
  return groups(rows, (x) => x.scale).map(([scale, xs]) => {
    const scaleRows = xs.map((x) => x.row);
    const grades = gradesOf(d, scaleRows[0]?.inspection ?? '');
    const shares = scaleRows.map((r) => r.inadequate.share);
    const lo = min(shares) ?? 0;
    const hi = max(shares) ?? 0;
    const n = scaleRows.length;
    const audits = n === 1 ? 'audit' : 'audits';
    return {
      scale,
      grades,
      rows: scaleRows,
      title: `${String(grades.length)}-point scale: the share of audited cases graded ${grades[grades.length - 1]?.label.toLowerCase() ?? ''}, ${String(n)} ${audits}`,
      summary:
        n === 1
          ? `One audit on this scale has published grades: ${percentText(lo)} of its cases were graded inadequate.`
          : `Across ${String(n)} ${audits} on this scale with published grades, the share of cases graded inadequate ranged from ${percentText(lo)} to ${percentText(hi)}. Each share has a 95% interval; many overlap, so small differences between forces may be chance.`,
    };
  });
}

/** A force's audit among the others: in words, and its row highlighted on the national page. */
export interface ForcePosition {
  readonly text: string;
  /** The national page with its tables shown and this audit's row as the target. */
  readonly href: string;
}

/**
 * Where a force's audits sit among the others on the same scale, without ranking them: its share
 * graded inadequate with its interval, and the range across all audits on that scale.
 */
export function forcePosition(d: Dataset, force: string, base = '/'): ForcePosition[] {
  return nationalView(d).flatMap((s) => {
    const shares = s.rows.map((r) => r.inadequate.share);
    const range = `${percentText(min(shares) ?? 0)} to ${percentText(max(shares) ?? 0)}`;
    return s.rows
      .filter((r) => r.force === force)
      .map((r) => {
        const { count, interval } = r.inadequate;
        const share = r.small
          ? `${String(count)} of ${String(r.cases)} cases`
          : `${percentText(r.inadequate.share)} of ${String(r.cases)} cases (95% interval ${percentText(interval.lower)} to ${percentText(interval.upper)})`;
        return {
          text: `${r.label.replace(`${r.forceName}: `, '')}: ${share} graded inadequate; across the ${String(s.rows.length)} audits on the ${String(s.grades.length)}-point scale with published grades, ${range}.`,
          href: `${base}national/?view=table&force=${force}#audit-${r.inspection}`,
        };
      });
  });
}
