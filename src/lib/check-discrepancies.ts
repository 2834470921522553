// Discrepancies name what they are about; a subject that names nothing would acknowledge nothing.
import { countKey } from './case-audit.ts';
import { quote, type Problem } from './problems.ts';
import type { RowsOf } from './read-table.ts';
import { cellProblem } from './table.ts';
import * as T from './tables.ts';

/**
 * Reports each discrepancy whose subject is not `case-audit:<count>` naming a count of its
 * inspection in case-audit.csv, or `inspections:<field>` naming a column of inspections.csv.
 */
export function checkDiscrepancySubjects(
  discrepancies: RowsOf<typeof T.discrepanciesTable>,
  audit: RowsOf<typeof T.caseAuditTable>,
): Problem[] {
  const problems: Problem[] = [];
  const inspectionFields = new Set(Object.keys(T.inspectionsTable.columns));
  const auditKeys = new Set(audit.map((r) => `${r.values.inspection}/${countKey(r.values)}`));
  for (const r of discrepancies) {
    const v = r.values;
    const m = /^(case-audit|inspections):(.+)$/.exec(v.subject);
    const expected =
      'expected case-audit:<sample>/<assessor>/<area>/<grade> or inspections:<field>';
    if (!m) {
      problems.push(
        cellProblem(r.at, 'subject', `not a subject (${expected}, got ${quote(v.subject)})`),
      );
    } else if (m[1] === 'inspections' && !inspectionFields.has(m[2] ?? '')) {
      problems.push(
        cellProblem(
          r.at,
          'subject',
          `not a column of inspections.csv (expected one of ${[...inspectionFields].join(', ')}, got ${quote(m[2] ?? '')})`,
        ),
      );
    } else if (m[1] === 'case-audit' && !auditKeys.has(`${v.inspection}/${m[2] ?? ''}`)) {
      problems.push(
        cellProblem(
          r.at,
          'subject',
          `no such count for ${v.inspection} in case-audit.csv (${expected}, naming a row that exists, got ${quote(v.subject)})`,
        ),
      );
    }
  }
  return problems;
}
