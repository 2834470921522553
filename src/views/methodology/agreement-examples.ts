// Worked examples of why agreement is a range: for each published force-versus-inspectorate
// comparison, two tables with the same totals, one with the fewest cases graded the same and one
// with the most.
import { gradeWord } from '../../text/page-text.ts';
import { forceOf, gradesOf, inspectionOf } from '../../dataset/queries.ts';
import { gradeLabel } from '../../text/grade-label.ts';
import type { Agreement, Dataset } from '../../dataset/types.ts';
import { whenOrder, yearOf } from '../../dataset/when.ts';

/** One row of a table of cases: the force's grade, the cases by the inspectors' grade, the total. */
export interface WitnessRow {
  readonly label: string;
  readonly cells: readonly number[];
  readonly total: number;
}

/** A table of cases by the force's grade (rows) and the inspectors' (columns) that fits the totals. */
export interface WitnessTable {
  readonly title: string;
  /** The inspectors' grades, one a column. */
  readonly columns: readonly string[];
  readonly rows: readonly WitnessRow[];
  readonly columnTotals: readonly number[];
  readonly cases: number;
}

export interface AgreementExample {
  readonly inspection: string;
  readonly force: string;
  readonly year: number;
  readonly cases: number;
  /** "2 good, 19 requiring improvement, 12 inadequate": the force's grades of its cases. */
  readonly forceGrades: string;
  readonly inspectorateGrades: string;
  /** The fewest and most cases the two could have graded the same. */
  readonly same: { readonly min: number; readonly max: number };
  readonly tables: readonly [WitnessTable, WitnessTable];
}

/** A table of cases with its row and column totals, rows and columns named by grade. */
export function witnessTable(
  title: string,
  table: readonly (readonly number[])[],
  labels: readonly string[],
  cases: number,
): WitnessTable {
  return {
    title,
    columns: labels,
    rows: table.map((row, r) => ({
      label: labels[r] ?? '',
      cells: row,
      total: row.reduce((s, x) => s + x, 0),
    })),
    columnTotals: labels.map((_, c) => table.reduce((s, row) => s + (row[c] ?? 0), 0)),
    cases,
  };
}

/** The example for one agreement. */
export function agreementExample(d: Dataset, a: Agreement): AgreementExample {
  const grades = gradesOf(d, a.inspection);
  const labels = a.grades.map((g) => gradeLabel(grades, g));
  const i = inspectionOf(d, a.inspection);
  const { same, witnesses, cases } = a.range;
  // After a count, a grade reads as gradeWord gives it ("6 requiring improvement").
  const words = a.grades.map((g, k) => {
    const grade = grades.find((x) => x.id === g);
    return grade ? gradeWord(grade) : (labels[k] ?? g);
  });
  const counted = (counts: readonly number[]): string =>
    words.map((w, k) => `${String(counts[k])} ${w}`).join(', ');
  return {
    inspection: a.inspection,
    force: forceOf(d, i.force).name,
    year: yearOf(i) ?? 0,
    cases,
    forceGrades: counted(a.force),
    inspectorateGrades: counted(a.inspectorate),
    same: { min: same.min, max: same.max },
    tables: [
      witnessTable(
        `One way the figures could fit with only ${same.min} the same`,
        witnesses.same.min,
        labels,
        cases,
      ),
      witnessTable(
        `One way the figures could fit with ${same.max} the same`,
        witnesses.same.max,
        labels,
        cases,
      ),
    ],
  };
}

/**
 * The agreement the methodology works through: of the earliest-published inspection that has one
 * (ties by id), the force's sample if published. Chosen by date, not by the data's order, so
 * adding a force does not change the example.
 */
export function firstAgreement(d: Dataset): Agreement | null {
  const published = (a: Agreement) => whenOrder(inspectionOf(d, a.inspection));
  const sampleOrder = (a: Agreement) => (a.sample === 'force-selected' ? 0 : 1);
  const sorted = [...d.agreements].sort(
    (a, b) =>
      published(a) - published(b) ||
      (a.inspection < b.inspection ? -1 : a.inspection > b.inspection ? 1 : 0) ||
      sampleOrder(a) - sampleOrder(b),
  );
  return sorted[0] ?? null;
}
