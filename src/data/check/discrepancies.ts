// Discrepancies and corroborations name what they are about; a subject that names nothing would
// acknowledge (or confirm) nothing.
import { countKey } from '../../domain/case-audit.ts';
import { toIso } from '../../domain/dates.ts';
import { quote, type Problem } from '../problems.ts';
import type { RowsOf } from '../read/tables.ts';
import { cellProblem, type At } from '../contract/table-spec.ts';
import * as T from '../contract/tables.ts';

/** The value each subject has in the data, as text: `<inspection>/<subject>` to the cell as written. */
function valuesInUse(
  audit: RowsOf<typeof T.caseAuditTable>,
  inspections: RowsOf<typeof T.inspectionsTable>,
): Map<string, string> {
  const out = new Map<string, string>();
  for (const { values: v } of audit) {
    out.set(`${v.inspection}/case-audit:${countKey(v)}`, v.count === null ? '' : String(v.count));
  }
  for (const { values: v } of inspections) {
    for (const [field, value] of Object.entries(v)) {
      const text = value === null ? '' : typeof value === 'object' ? toIso(value) : String(value);
      out.set(`${v.id}/inspections:${field}`, text);
    }
  }
  return out;
}

/**
 * Reports each discrepancy whose subject is not `case-audit:<count>` naming a count of its
 * inspection in case-audit.csv, or `inspections:<field>` naming a column of inspections.csv, and
 * each whose `value` is not the value the data uses for that subject.
 */
export function checkDiscrepancySubjects(
  discrepancies: readonly {
    readonly at: At;
    readonly values: {
      readonly inspection: string;
      readonly subject: string;
      readonly value: string;
    };
  }[],
  audit: RowsOf<typeof T.caseAuditTable>,
  inspections: RowsOf<typeof T.inspectionsTable> = [],
): Problem[] {
  const problems: Problem[] = [];
  const inspectionFields = new Set(Object.keys(T.inspectionsTable.columns));
  const auditKeys = new Set(audit.map((r) => `${r.values.inspection}/${countKey(r.values)}`));
  const used = valuesInUse(audit, inspections);
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
    } else {
      // The note is shown beside the value the page uses: it must be that value, or it explains
      // a figure that is not there.
      const inUse = used.get(`${v.inspection}/${v.subject}`);
      if (inUse !== undefined && inUse !== v.value) {
        problems.push(
          cellProblem(
            r.at,
            'value',
            `not the value the data uses for ${v.subject} (expected ${quote(inUse)}, the value in ${m[1] === 'inspections' ? 'inspections.csv' : 'case-audit.csv'}, got ${quote(v.value)})`,
          ),
        );
      }
    }
  }
  return problems;
}
