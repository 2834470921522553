// Published case-audit counts: the grade distributions they give, and the sums they must satisfy.
// A sum is checked only where every part was published; a blank is "not published", never 0.
import { sum } from 'd3-array';
import { ALL, SAMPLE_PARTS, type Assessor, type Sample } from './vocabulary.ts';
import type { CountedDistribution, Provenance, TotalBasis } from '../dataset/types.ts';

/** One published count (null = not published) with whatever locates it for messages. */
export interface CountCell<L> {
  readonly inspection: string;
  readonly sample: Sample;
  readonly assessor: Assessor;
  readonly area: string;
  readonly grade: string;
  readonly count: number | null;
  readonly provenance: Provenance;
  readonly at: L;
}

/** A stated total that its published parts do not add up to. */
export interface SumMismatch<L> {
  readonly inspection: string;
  /** The total's key: `<sample>/<assessor>/<area>/<grade>`, as named in discrepancies.csv. */
  readonly subject: string;
  readonly total: number;
  readonly sum: number;
  readonly parts: string;
  readonly exceeds: boolean;
  readonly at: L;
}

/** The key of a count within its inspection, as used in discrepancies.csv subjects. */
export function countKey(c: {
  readonly sample: string;
  readonly assessor: string;
  readonly area: string;
  readonly grade: string;
}): string {
  return `${c.sample}/${c.assessor}/${c.area}/${c.grade}`;
}

function index<L>(cells: readonly CountCell<L>[]): Map<string, CountCell<L>> {
  return new Map(cells.map((c) => [countKey(c), c]));
}

/** The areas an inspection's counts are broken down by, in order of first appearance. */
export function areasOf(cells: readonly { readonly area: string }[]): string[] {
  return [...new Set(cells.map((c) => c.area).filter((a) => a !== ALL))];
}

/**
 * A total that its parts contradict: the known parts add up to more than it, or, all parts being
 * known, to anything else.
 */
function mismatch<L>(
  total: CountCell<L>,
  parts: readonly (number | null)[],
  what: string,
): SumMismatch<L> | null {
  if (total.count === null || parts.length === 0) return null;
  const known = parts.filter((p): p is number => p !== null);
  const partsSum = sum(known);
  const complete = known.length === parts.length;
  if (!((complete && partsSum !== total.count) || partsSum > total.count)) return null;
  return {
    inspection: total.inspection,
    subject: countKey(total),
    total: total.count,
    sum: partsSum,
    parts: what,
    exceeds: !complete,
    at: total.at,
  };
}

/**
 * Checks one inspection's counts: grades add up to a stated total, areas to the all-areas row, and
 * the two samples to `all`, wherever every part is known. Known parts that already exceed a total
 * are a mismatch even when other parts are blank.
 */
export function checkSums<L>(
  cells: readonly CountCell<L>[],
  grades: readonly string[],
): SumMismatch<L>[] {
  const byKey = index(cells);
  const areas = areasOf(cells);
  const out: SumMismatch<L>[] = [];
  const stated = (s: string, a: string, ar: string, g: string): number | null =>
    byKey.get(`${s}/${a}/${ar}/${g}`)?.count ?? null;
  // A group's total is its stated total or, failing that, the sum of its grades if all are known.
  const value = (s: string, a: string, ar: string, g: string): number | null => {
    const v = stated(s, a, ar, g);
    if (v !== null || g !== ALL) return v;
    const parts = grades.map((gr) => stated(s, a, ar, gr));
    return parts.every((p) => p !== null) ? sum(parts) : null;
  };
  const check = (total: CountCell<L>, parts: readonly (number | null)[], what: string) => {
    const m = mismatch(total, parts, what);
    if (m) out.push(m);
  };
  for (const cell of cells) {
    const { sample: s, assessor: a, area: ar, grade: g } = cell;
    if (g === ALL)
      check(
        cell,
        grades.map((gr) => stated(s, a, ar, gr)),
        `the grades ${grades.join(' + ')}`,
      );
    if (ar === ALL && areas.length > 0) {
      const present = areas.filter(
        (x) =>
          byKey.has(`${s}/${a}/${x}/${g}`) ||
          (g === ALL && grades.some((gr) => byKey.has(`${s}/${a}/${x}/${gr}`))),
      );
      if (present.length > 0)
        check(
          cell,
          areas.map((x) => value(s, a, x, g)),
          `the practice areas ${areas.join(' + ')}`,
        );
    }
    if (s === ALL) {
      const present = SAMPLE_PARTS.filter(
        (p) =>
          byKey.has(`${p}/${a}/${ar}/${g}`) ||
          (g === ALL && grades.some((gr) => byKey.has(`${p}/${a}/${ar}/${gr}`))),
      );
      if (present.length > 0)
        check(
          cell,
          SAMPLE_PARTS.map((p) => value(p, a, ar, g)),
          `the samples ${SAMPLE_PARTS.join(' + ')}`,
        );
    }
  }
  return out;
}

/**
 * Derives a distribution for every inspection × sample × assessor × area that has published rows:
 * counts in scale order, the total (stated, or the sum when every grade is known) and how many
 * cases of a stated total have no published grade.
 */
export function distributions<L>(
  cells: readonly CountCell<L>[],
  grades: readonly string[],
): CountedDistribution[] {
  const groups = new Map<string, CountCell<L>[]>();
  for (const c of cells) {
    const k = `${c.inspection}|${c.sample}|${c.assessor}|${c.area}`;
    const g = groups.get(k);
    if (g) g.push(c);
    else groups.set(k, [c]);
  }
  const out: CountedDistribution[] = [];
  for (const group of groups.values()) {
    const first = group[0];
    if (!first) continue;
    const byGrade = new Map(group.map((c) => [c.grade, c.count]));
    const counts = grades.map((grade) => ({ grade, count: byGrade.get(grade) ?? null }));
    const known = counts.filter((c) => c.count !== null);
    const partsSum = sum(known, (c) => c.count);
    const complete = known.length === counts.length;
    const stated = byGrade.get(ALL) ?? null;
    const total = stated ?? (complete ? partsSum : null);
    const totalBasis: TotalBasis =
      stated !== null ? 'stated' : complete ? 'sum of grades' : 'not published';
    const provenance = [
      ...new Map(
        group.map((c) => [`${c.provenance.source}|${c.provenance.location}`, c.provenance]),
      ).values(),
    ];
    out.push({
      inspection: first.inspection,
      sample: first.sample,
      assessor: first.assessor,
      area: first.area,
      counts,
      total,
      totalBasis,
      notStated: total !== null && !complete ? total - partsSum : null,
      complete,
      provenance,
    });
  }
  return out;
}
