// Headings that state a chart's finding in words ("Inspectors graded 23 of 80 cases inadequate"),
// derived from the data so a new inspection gets true headings with no code change. Pure.
import { dayNumber } from '../domain/dates.ts';
import { latestDueDay } from '../domain/timescale.ts';
import { ABSENT_WORDS } from './labels.ts';
import {
  capitalise,
  casesWith,
  gradeWord,
  gradedAs,
  plural,
  type CountsLike,
} from './page-text.ts';
import type { Agreement, Deadline, Grade } from '../dataset/types.ts';

const countOf = (d: CountsLike, grade: string): number | null =>
  d.counts.find((c) => c.grade === grade)?.count ?? null;

const of = (n: number | null): string => (n === null ? '' : ` of ${n}`);

/**
 * "Inspectors graded 23 of 80 cases inadequate": the least favourable grade that was published,
 * as that is what a reader most needs to know.
 */
export function gradesHeadline(d: CountsLike, grades: readonly Grade[]): string {
  const absent = ABSENT_WORDS[d.absence];
  const worst = grades[grades.length - 1];
  for (const g of [...grades].reverse()) {
    const c = countOf(d, g.id);
    if (c !== null) {
      const cases = d.total === 1 || (d.total === null && c === 1) ? 'case' : 'cases';
      const found = `Inspectors graded ${c}${of(d.total)} ${cases} ${gradedAs(g)}`;
      // A less favourable grade left out would make this one read as the worst: say it is missing.
      return worst && g !== worst
        ? `${found}; the number ${casesWith(worst)} ${absent.was}`
        : found;
    }
  }
  return d.total === null
    ? `No grades ${absent.none}`
    : `Inspectors audited ${plural(d.total, 'case')}; their grades ${absent.were}`;
}

export interface AreaRowLike extends CountsLike {
  readonly label: string;
}

/**
 * The practice areas with the largest share of cases given the least favourable grade: "Child
 * sexual exploitation had the largest share of cases graded inadequate: 9 of 16". Complements a
 * summary of the share not graded the top grade.
 */
export function areasHeadline(rows: readonly AreaRowLike[], grades: readonly Grade[]): string {
  const worst = [...grades].sort((a, b) => b.rank - a.rank)[0];
  if (!worst) return 'Grades by practice area';
  const shares = rows.flatMap((r) => {
    const c = countOf(r, worst.id);
    return c === null || r.total === null || r.total <= 0 ? [] : [{ r, c, n: r.total }];
  });
  const top = [...shares].sort((a, b) => b.c * a.n - a.c * b.n)[0];
  if (!top) return 'Grades by practice area';
  if (top.c === 0) return `No practice area had a case graded ${gradedAs(worst)}`;
  const tied = shares.filter((s) => s.c * top.n === top.c * s.n);
  const names = tied.map((s) => s.r.label);
  const figures = tied.map((s) => `${s.c} of ${s.n}`);
  const list = (xs: string[]): string =>
    xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1] ?? ''}`;
  return `${list(names)} had the largest share of cases graded ${gradedAs(worst)}: ${list(figures)}`;
}

/** "Inspectors graded at least 17 of the force's 33 cases less favourably than the force did". */
export function agreementHeadline(a: Agreement): string {
  const r = a.exact ?? null;
  const n = a.range.cases;
  if (r) {
    if (r.forceMoreFavourable > 0) {
      return `Inspectors graded ${r.forceMoreFavourable} of the force's ${n} cases less favourably than the force did`;
    }
    return `Inspectors and the force gave the same grade to ${r.same} of ${n} cases`;
  }
  const more = a.range.forceMoreFavourable;
  const less = a.range.forceLessFavourable;
  if (more.min > 0) {
    return `Inspectors graded at least ${more.min} of the force's ${n} cases less favourably than the force did`;
  }
  if (less.min > 0) {
    return `Inspectors graded at least ${less.min} of the force's ${n} cases more favourably than the force did`;
  }
  const { min, max } = a.range.same;
  // The published counts can pin the figure down exactly; then it is no range.
  if (min === max) return `Inspectors and the force gave the same grade to ${min} of ${n} cases`;
  return `Inspectors and the force could have agreed on between ${min} and ${max} of ${n} cases`;
}

/** A deadline's sort key: the latest day its due date could be, as a day number. */
export function dueOrder(x: Deadline): number {
  return dayNumber(latestDueDay(x.due));
}

/** "All 8 recommendations were due by 27 September 2019" (as of the build's date). */
export function timelineHeadline(recommendations: readonly Deadline[]): string {
  const n = recommendations.length;
  if (n === 0) return 'No recommendations are recorded';
  const last = [...recommendations].sort((a, b) => dueOrder(b) - dueOrder(a))[0];
  const passed = recommendations.filter((r) => r.pastDue === 'yes').length;
  const by = last ? last.dueText : '';
  const what =
    n === 1 ? 'The recommendation' : n === 2 ? 'Both recommendations' : `All ${n} recommendations`;
  if (passed === n) return `${what} ${n === 1 ? 'was' : 'were'} due by ${by}`;
  if (passed === 0) return `${what} ${n === 1 ? 'is' : 'are'} due by ${by}`;
  return `${passed} of ${n} recommendations are past their due date; the last is due by ${by}`;
}

/**
 * The same grade over time: "Inspectors graded 28 of 83 cases inadequate in 2021 and 11 of 31 in
 * 2022", using the least favourable grade published for every item.
 */
export function seriesHeadline(
  items: readonly { readonly when: string; readonly d: CountsLike }[],
  grades: readonly Grade[],
): string {
  const first = items[0];
  if (!first) return 'No grades to show';
  if (items.length === 1) return `${gradesHeadline(first.d, grades)} in ${first.when}`;
  const grade = [...grades].reverse().find((g) => items.every((x) => countOf(x.d, g.id) !== null));
  if (!grade) return 'Grades by inspection';
  const parts = items.map((x, i) => {
    const c = countOf(x.d, grade.id) ?? 0;
    const one = (x.d.total ?? c) === 1;
    const cases = i === 0 ? ` ${one ? 'case' : 'cases'} ${gradedAs(grade)}` : '';
    return `${c}${of(x.d.total)}${cases} in ${x.when}`;
  });
  return `Inspectors graded ${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1] ?? ''}`;
}

/**
 * A share as a natural frequency a reader can hold: "3 in 4" where it is exact, "about 7 in 10"
 * where it is near; denominators 2 to 5 and 10 only, the closest (the smallest on a tie).
 */
export function naturalFrequency(part: number, whole: number): string {
  const share = part / whole;
  let best = { k: 0, m: 1, error: Infinity };
  for (const m of [2, 3, 4, 5, 10]) {
    const k = Math.round(share * m);
    const error = Math.abs(share - k / m);
    if (error < best.error - 1e-9) best = { k, m, error };
  }
  const exact = best.error < 1e-9;
  if (best.k === 0) return exact ? 'none' : 'fewer than 1 in 10';
  if (best.k === best.m) return exact ? 'all' : 'almost all';
  return `${exact ? '' : 'about '}${String(best.k)} in ${String(best.m)}`;
}

/**
 * The inspection's finding in a sentence a parent can read: how many audited cases were not graded
 * the top grade, as a natural frequency and as counts ("3 in 4 audited cases were not graded
 * good: 60 of 80"). Counts alone where there are fewer than 20 cases, since a share of so few
 * says little; null where the top grade or the total is not known.
 */
export function leadFinding(d: CountsLike, grades: readonly Grade[]): string | null {
  const best = grades[0];
  const good = best ? countOf(d, best.id) : null;
  if (!best || good === null || d.total === null || d.total === 0) return null;
  const notGood = d.total - good;
  const word = gradeWord(best);
  const n = String(d.total);
  if (notGood === 0) return `All ${n} audited cases were graded ${word}`;
  if (good === 0) return `None of the ${n} audited cases was graded ${word}`;
  const counts = `${String(notGood)} of ${n}`;
  if (d.total < 20) return `${counts} audited cases were not graded ${word}`;
  return `${capitalise(naturalFrequency(notGood, d.total))} audited cases were not graded ${word}: ${counts}`;
}
