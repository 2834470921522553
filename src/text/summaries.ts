// Plain-English sentences generated from the figures, in GOV.UK style, for the text beside each
// chart. Numbers are always counts ("8 of 8"), because small samples make percentages mislead.
import type { Bounds } from '../domain/agreement.ts';
import { dayNumber, formatDate, type DayDate } from '../domain/dates.ts';
import { capitalise, gradedAs, gradeWord, joinAnd, plural } from './page-text.ts';
import { bestGrade, shareNotGood, type GradedRow, type ShareNotGood } from '../domain/order.ts';
import {
  formatEventEnd,
  formatEventStart,
  type TimelineEvent,
} from '../views/inspection/timeline-events.ts';
import type { Agreement, Distribution, Grade } from '../dataset/types.ts';
import { ABSENT_WORDS } from './labels.ts';

function countWord(n: number): string {
  return n === 0 ? 'none' : String(n);
}

function gradeOf(grades: readonly Grade[], id: string): Grade {
  const grade = grades.find((g) => g.id === id);
  if (grade === undefined) throw new Error(`grade "${id}" is not in the scale`);
  return grade;
}

// "37 requiring improvement" after a count; "graded as requiring improvement" after "graded".
const labelOf = (grades: readonly Grade[], id: string): string => gradeWord(gradeOf(grades, id));
const gradedLabel = (grades: readonly Grade[], id: string): string => gradedAs(gradeOf(grades, id));

/** One sentence giving a distribution's counts, and saying which grades were not published. */
export function summariseDistribution(d: Distribution, grades: readonly Grade[]): string {
  const known = d.counts.flatMap((c) => (c.count === null ? [] : [{ ...c, count: c.count }]));
  const lead = d.total === null ? '' : `Of ${plural(d.total, 'case')}, `;
  const sentence = (body: string): string => (lead === '' ? capitalise(body) : lead + body);
  const phrases = known.map((c) => `${countWord(c.count)} ${labelOf(grades, c.grade)}`);

  const absent = ABSENT_WORDS[d.absence];
  if (known.length === 0) {
    return d.total === null
      ? `Neither the grades nor the number of cases ${absent.were}.`
      : `The grades of ${plural(d.total, 'case')} ${absent.were}.`;
  }
  if (known.length === d.counts.length) {
    const who = d.assessor === 'force' ? 'the force' : 'inspectors';
    const tail = d.total === null ? `; the number of cases ${absent.was}.` : '.';
    return sentence(`${who} graded ${joinAnd(phrases)}${tail}`);
  }
  // With some grades missing the passive reads better: "30 were graded inadequate".
  const passive = known.map((c, i) =>
    i === 0
      ? `${countWord(c.count)} ${c.count === 1 ? 'was' : 'were'} graded ${gradedLabel(grades, c.grade)}`
      : (phrases[i] ?? ''),
  );
  const missing =
    d.total === null
      ? `the other grades and the number of cases ${absent.were}`
      : d.notStated !== null && d.notStated > 0
        ? `the grades of the other ${d.notStated} ${absent.were}`
        : `the other grades ${absent.were}`;
  return sentence(`${joinAnd(passive)}; ${missing}.`);
}

function ofTotal(s: ShareNotGood): string {
  if (s.notGood === s.total && s.total > 1) return `all ${s.total} of ${s.total}`;
  if (s.notGood === 0) return `none of ${s.total}`;
  return `${s.notGood} of ${s.total}`;
}

function compareShares(a: ShareNotGood, b: ShareNotGood): number {
  return b.notGood * a.total - a.notGood * b.total;
}

/** One or two sentences naming the rows with the largest and smallest share not graded the best grade. */
export function summariseAreas(rows: readonly GradedRow[], grades: readonly Grade[]): string {
  const good = gradeWord(bestGrade(grades));
  const known = rows
    .flatMap((row) => {
      const share = shareNotGood(row, grades);
      return share === null ? [] : [{ row, share }];
    })
    .sort((a, b) => compareShares(a.share, b.share));
  const top = known[0];
  const bottom = known.at(-1);
  if (top === undefined || bottom === undefined) {
    return `The published figures do not say how many cases in each area were not graded ${good}.`;
  }
  if (known.length === 1) {
    return `${top.row.label} had ${ofTotal(top.share)} cases not graded ${good}.`;
  }
  const tied = (share: ShareNotGood): typeof known =>
    known.filter((k) => compareShares(k.share, share) === 0);
  const largest = tied(top.share);
  if (largest.length === known.length) {
    return `Every area had the same share of cases not graded ${good}: ${joinAnd(known.map((k) => ofTotal(k.share)))}.`;
  }
  const smallest = tied(bottom.share);
  const names = (ks: typeof known): string => joinAnd(ks.map((k) => k.row.label));
  const figures = (ks: typeof known): string => joinAnd(ks.map((k) => ofTotal(k.share)));
  return (
    `${names(largest)} had the largest share of cases not graded ${good}: ${figures(largest)}. ` +
    `${names(smallest)} had the smallest: ${figures(smallest)}.`
  );
}

function between(b: Bounds): string {
  return b.min === b.max ? `exactly ${b.min}` : `between ${b.min} and ${b.max}`;
}

function atLeast(b: Bounds): string {
  if (b.min === b.max) return `exactly ${b.min}`;
  if (b.min === 0) return `at most ${b.max}`;
  return `at least ${b.min} (at most ${b.max})`;
}

function bestCounts(a: Agreement, grades: readonly Grade[]): { good: string; i: number } {
  const best = bestGrade(grades);
  const i = a.grades.indexOf(best.id);
  if (i < 0) throw new Error(`the agreement has no count for "${best.id}"`);
  return { good: gradeWord(best), i };
}

/** Two sentences comparing the force's and inspectors' grades of the same cases, as a range unless case-level pairs were published. */
export function summariseAgreement(a: Agreement, grades: readonly Grade[]): string {
  const { good, i } = bestCounts(a, grades);
  const n = a.range.cases;
  const opening =
    `The force graded ${countWord(a.force[i] ?? 0)} of its ${n} cases ${good}; ` +
    `inspectors graded ${countWord(a.inspectorate[i] ?? 0)} of the same cases ${good}.`;

  if (a.exact !== null) {
    const { same, forceMoreFavourable: more, forceLessFavourable: less, kappa } = a.exact;
    const agreement =
      kappa === null
        ? 'the weighted kappa cannot be calculated for these cases'
        : `the linearly weighted kappa is ${kappa.toFixed(2)}`;
    return (
      `${opening} Case by case, the force and inspectors graded ${countWord(same)} of the ${n} cases the same, ` +
      `the force graded ${countWord(more)} more favourably and ${countWord(less)} less favourably than inspectors did; ${agreement}.`
    );
  }

  const { same, forceMoreFavourable: more, forceLessFavourable: less } = a.range;
  const directions: [Bounds, string][] = [
    [more, 'more'],
    [less, 'less'],
  ];
  // Name only the directions that must have happened; failing that, those that could have.
  let shown = directions.filter(([b]) => b.min > 0);
  if (shown.length === 0) shown = directions.filter(([b]) => b.max > 0);
  const difference =
    shown.length === 0
      ? 'neither graded any case more favourably than the other'
      : `the force graded ${joinAnd(shown.map(([b, word]) => `${atLeast(b)} ${word} favourably`))} than inspectors did`;
  return (
    `${opening} The published figures cannot say which case got which grade, so agreement is a range: ` +
    `the force and inspectors graded ${between(same)} of the ${n} cases the same, and ${difference}.`
  );
}

/** A sentence explaining why agreement is given as a range (or that it is exact). */
export function whyARange(a: Agreement): string {
  const n = a.range.cases;
  if (a.exact !== null) {
    return `The report gives the force's and inspectors' grades for each of the ${n} cases, so agreement is counted exactly.`;
  }
  const { min, max } = a.range.same;
  return (
    `The report gives only how many of the ${n} cases the force and inspectors each put in each grade, ` +
    `not which grade each case got from both; pairing the cases up in every way those counts allow ` +
    `gives as few as ${min} and as many as ${max} graded the same, so the figure can only be a range.`
  );
}

/** Two sentences on what a timeline covers and how many of its dates had passed on the as-of day. */
export function summariseTimeline(events: readonly TimelineEvent[], asOf: DayDate): string {
  if (events.length === 0) return 'There are no dated events to show.';
  const today = dayNumber(asOf);
  const byStart = [...events].sort((a, b) => dayNumber(a.date) - dayNumber(b.date));
  const byEnd = [...events].sort((a, b) => dayNumber(a.end ?? a.date) - dayNumber(b.end ?? b.date));
  const first = byStart[0];
  const last = byEnd.at(-1);
  if (first === undefined || last === undefined) return 'There are no dated events to show.';
  const span =
    events.length === 1
      ? `The timeline shows 1 event: ${first.label}.`
      : `The timeline shows ${events.length} events, from ${formatEventStart(first)} to ${formatEventEnd(last)}.`;

  const passed = events.filter((e) => dayNumber(e.end ?? e.date) < today).length;
  const upcoming = byStart.filter((e) => dayNumber(e.date) > today);
  const current = events.length - passed - upcoming.length;
  const when = `As of ${formatDate(asOf)}`;
  if (passed === events.length) {
    return `${span} ${when}, ${events.length === 1 ? 'it has' : `all ${events.length} have`} passed.`;
  }
  const parts = [
    passed > 0 ? `${passed} ${passed === 1 ? 'has' : 'have'} passed` : '',
    current > 0 ? `${current} ${current === 1 ? 'spans' : 'span'} that date` : '',
    upcoming.length > 0
      ? `${upcoming.length} ${upcoming.length === 1 ? 'is' : 'are'} still to come`
      : '',
  ].filter((p) => p !== '');
  const next = upcoming[0];
  const nextText = next === undefined ? '' : `; the next is "${next.label}"`;
  return `${span} ${when}, ${joinAnd(parts)}${nextText}.`;
}

/**
 * How many cases the practice areas hold, for the warning about small samples: "between 9 and
 * 15 cases", or "15 cases each" when every area holds the same number.
 */
export function areaSizesText(sizes: { readonly fewest: number; readonly most: number }): string {
  return sizes.fewest === sizes.most
    ? `${plural(sizes.most, 'case')} each`
    : `between ${String(sizes.fewest)} and ${String(sizes.most)} cases`;
}
