// Published case-audit counts: each on its inspection's scale, force grades only for the cases the
// force selected, and every total the sum of its parts unless a discrepancy says the source's do not.
import { checkSums, type CountCell } from '../../domain/case-audit.ts';
import { checkReference } from './references.ts';
import { quote, type Problem } from '../problems.ts';
import { provenanceOf } from '../derive/provenance.ts';
import type { RowsOf } from '../read/tables.ts';
import { cellProblem, type At } from '../contract/table-spec.ts';
import type * as T from '../contract/tables.ts';
import { ALL } from '../../domain/vocabulary.ts';

/** The count rows, as case-audit.csv gives them. */
export type AuditRows = RowsOf<typeof T.caseAuditTable>;

/** What the counts are checked against. */
export interface AuditContext {
  /** The grade scale of each inspection read without problems (null: not known), by id. */
  readonly scales: ReadonlyMap<string, string | null>;
  /** An inspection's grades in scale order; none when its scale is unknown. */
  readonly gradesOf: (inspection: string) => readonly string[];
  /** Every practice area id in practice-areas.csv. */
  readonly areas: ReadonlySet<string>;
}

/**
 * Reports counts naming an unknown area, a grade off the inspection's scale, or a force grade
 * outside the force-selected sample; the rows that pass, of a known inspection, are `good`.
 */
export function checkAuditRows(
  rows: AuditRows,
  context: AuditContext,
): { good: AuditRows; problems: Problem[] } {
  const problems: Problem[] = [];
  const good = rows.filter((r) => {
    const v = r.values;
    const before = problems.length;
    if (v.area !== ALL)
      problems.push(
        ...checkReference(
          r.at,
          'area',
          v.area,
          context.areas,
          'practice area in practice-areas.csv (or "all")',
        ),
      );
    const scale = context.scales.get(v.inspection);
    const grades = context.gradesOf(v.inspection);
    if (scale === null) {
      problems.push(
        cellProblem(
          r.at,
          'inspection',
          `${v.inspection} has no grade_scale in inspections.csv (expected the scale its report graded cases on, before any count of graded cases)`,
        ),
      );
    } else if (scale !== undefined && v.grade !== ALL && !grades.includes(v.grade)) {
      problems.push(
        cellProblem(
          r.at,
          'grade',
          `not a grade of the ${scale} scale used by ${v.inspection} (expected one of ${[...grades, ALL].join(', ')}, got ${quote(v.grade)})`,
        ),
      );
    }
    if (v.assessor === 'force' && v.sample !== 'force-selected') {
      problems.push(
        cellProblem(
          r.at,
          'sample',
          `the force assessed only the cases it selected (expected "force-selected" for assessor "force", got ${quote(v.sample)})`,
        ),
      );
    }
    return problems.length === before && typeof scale === 'string';
  });
  return { good, problems };
}

/** The counts as cells for the sums and distributions, grouped by inspection in file order. */
export function auditCells(rows: AuditRows): Map<string, CountCell<At>[]> {
  const byInspection = new Map<string, CountCell<At>[]>();
  for (const r of rows) {
    const c: CountCell<At> = { ...r.values, provenance: provenanceOf(r.values), at: r.at };
    byInspection.set(c.inspection, [...(byInspection.get(c.inspection) ?? []), c]);
  }
  return byInspection;
}

/** What checking the sums found. */
export interface SumsResult {
  readonly problems: Problem[];
  /** One line for the build log per acknowledged total that does not add up. */
  readonly notes: string[];
  /** `inspection/subject` of every does-not-add-up discrepancy, used or not. */
  readonly acknowledged: ReadonlySet<string>;
}

/**
 * Reports each total whose parts do not add up, unless a does-not-add-up discrepancy gives the
 * parts' sum as its other_value (then it is a note), and each such discrepancy whose total in
 * fact adds up.
 */
export function checkAcknowledgedSums(
  cells: ReadonlyMap<string, readonly CountCell<At>[]>,
  gradesOf: (inspection: string) => readonly string[],
  discrepancies: RowsOf<typeof T.discrepanciesTable>,
): SumsResult {
  const problems: Problem[] = [];
  const notes: string[] = [];
  const acknowledged = new Map(
    discrepancies
      .filter((r) => r.values.kind === 'does-not-add-up')
      .map((r) => [`${r.values.inspection}/${r.values.subject}`, { row: r, used: false }]),
  );
  for (const [inspection, group] of cells) {
    for (const m of checkSums(group, gradesOf(inspection))) {
      const ack = acknowledged.get(`${inspection}/case-audit:${m.subject}`);
      if (ack && ack.row.values.other_value === String(m.sum)) {
        ack.used = true;
        notes.push(
          `${inspection}: ${m.subject} is ${String(m.total)} but ${m.parts} add up to ${String(m.sum)} (acknowledged as ${ack.row.values.id})`,
        );
        continue;
      }
      const how = m.exceeds
        ? `the published parts already add up to ${String(m.sum)}, more than`
        : `${m.parts} add up to ${String(m.sum)}, not`;
      const fix = ack
        ? `discrepancy ${ack.row.values.id} acknowledges it with other_value ${quote(ack.row.values.other_value)}, which should be ${String(m.sum)}`
        : `a does-not-add-up row in discrepancies.csv with subject case-audit:${m.subject} if the source really says so`;
      problems.push(
        cellProblem(
          m.at,
          'count',
          `${how} the total ${String(m.total)} (expected the parts to add up to the total, or ${fix}; got ${String(m.total)})`,
        ),
      );
      // A wrong other_value is reported above; calling the row stale as well would mislead.
      if (ack) ack.used = true;
    }
  }
  for (const { row, used } of acknowledged.values()) {
    if (!used)
      problems.push(
        cellProblem(
          row.at,
          'subject',
          `acknowledges that ${row.values.subject} does not add up, but it does (expected a total whose parts do not add up, got one that does: remove this row or correct the counts)`,
        ),
      );
  }
  return { problems, notes, acknowledged: new Set(acknowledged.keys()) };
}
