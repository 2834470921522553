// Inspections and post-inspection reviews: their dates in order, and each review tied to the
// inspection it revisits.
import { checkReference } from './references.ts';
import { compareDates, toIso } from '../../domain/dates.ts';
import { quote, type Problem } from '../problems.ts';
import { provenanceOf } from '../derive/provenance.ts';
import type { KnownIds, RowsOf } from '../read/tables.ts';
import { cellProblem } from '../contract/table-spec.ts';
import type * as T from '../contract/tables.ts';
import type { Inspection } from '../../dataset/types.ts';

/** The inspection rows, as inspections.csv gives them. */
export type InspectionRows = RowsOf<typeof T.inspectionsTable>;

/**
 * Reports each inspection whose force or scale is unknown or whose dates are out of order, and
 * each review that does not revisit an earlier-published inspection of the same force.
 */
export function checkInspections(
  rows: InspectionRows,
  known: Pick<KnownIds, 'forces' | 'inspections' | 'scales'>,
): Problem[] {
  const problems: Problem[] = [];
  const add = (ps: readonly Problem[]) => {
    for (const p of ps) problems.push(p);
  };
  const byId = new Map(rows.map((r) => [r.values.id, r]));
  for (const r of rows) {
    const v = r.values;
    add(checkReference(r.at, 'force', v.force, known.forces, 'force in forces.csv'));
    add(
      checkReference(r.at, 'grade_scale', v.grade_scale, known.scales, 'scale in grade-scales.csv'),
    );
    if (compareDates(v.fieldwork_start, v.fieldwork_end) === 'after') {
      problems.push(
        cellProblem(
          r.at,
          'fieldwork_end',
          `fieldwork ends before it starts (expected a date on or after ${toIso(v.fieldwork_start)}, got ${toIso(v.fieldwork_end)})`,
        ),
      );
    }
    const pub = compareDates(v.fieldwork_end, v.published);
    if (pub === 'after' || pub === 'same') {
      problems.push(
        cellProblem(
          r.at,
          'published',
          `published before its fieldwork ended (expected a date after ${toIso(v.fieldwork_end)}, got ${toIso(v.published)})`,
        ),
      );
    }
    if (v.kind === 'inspection' && v.revisits !== null) {
      problems.push(
        cellProblem(
          r.at,
          'revisits',
          `an inspection revisits nothing (expected blank, got ${quote(v.revisits)}); set kind to post-inspection-review for a review`,
        ),
      );
    }
    if (v.kind !== 'post-inspection-review') continue;
    if (v.revisits === null) {
      problems.push(
        cellProblem(
          r.at,
          'revisits',
          `a post-inspection review must name the inspection it revisits (expected an inspection id, got blank)`,
        ),
      );
      continue;
    }
    const base = byId.get(v.revisits);
    if (!base) {
      add(
        checkReference(
          r.at,
          'revisits',
          v.revisits,
          known.inspections,
          'inspection in inspections.csv',
        ),
      );
      continue;
    }
    if (base.values.kind !== 'inspection')
      problems.push(
        cellProblem(
          r.at,
          'revisits',
          `a review revisits an inspection, not another review (expected an inspection, got the review ${quote(v.revisits)})`,
        ),
      );
    // A base of an unknown force is reported at the base, not again here.
    if (base.values.force !== v.force && known.forces.has(base.values.force))
      problems.push(
        cellProblem(
          r.at,
          'revisits',
          `the review is of ${v.force} but ${v.revisits} is of ${base.values.force} (expected an inspection of the same force)`,
        ),
      );
    const after = compareDates(base.values.published, v.fieldwork_start);
    if (after === 'after' || after === 'same') {
      problems.push(
        cellProblem(
          r.at,
          'fieldwork_start',
          `the review's fieldwork starts before the inspection it revisits was published (expected a date after ${toIso(base.values.published)}, got ${toIso(v.fieldwork_start)})`,
        ),
      );
    }
  }
  return problems;
}

/** The inspections for the dataset, each with the reviews that revisit it, earliest published first. */
export function deriveInspections(rows: InspectionRows): Inspection[] {
  return rows.map((r) => {
    const v = r.values;
    const reviewedBy = rows
      .filter((o) => o.values.revisits === v.id)
      .sort((a, b) => (toIso(a.values.published) < toIso(b.values.published) ? -1 : 1))
      .map((o) => o.values.id);
    return {
      id: v.id,
      force: v.force,
      kind: v.kind,
      revisits: v.revisits,
      reviewedBy,
      fieldworkStart: v.fieldwork_start,
      fieldworkEnd: v.fieldwork_end,
      published: v.published,
      gradeScale: v.grade_scale,
      title: v.title,
      provenance: provenanceOf(v),
    };
  });
}
