// Inspections and post-inspection reviews: their dates in order, and each review tied to the
// inspection it revisits.
import { group, rollup } from 'd3-array';
import { checkReference } from './references.ts';
import { compareDates, toIso, type CalendarDate } from '../../domain/dates.ts';
import { quote, type Problem } from '../problems.ts';
import { provenanceOf } from '../derive/provenance.ts';
import type { KnownIds, RowsOf } from '../read/tables.ts';
import { cellProblem } from '../contract/table-spec.ts';
import type * as T from '../contract/tables.ts';
import type { Inspection } from '../../dataset/types.ts';

/** The inspection rows, as inspections.csv gives them. */
export type InspectionRows = RowsOf<typeof T.inspectionsTable>;

type InspectionRow = InspectionRows[number];

/** Where a date is blank or only a year, the row must say why (`dates_note`). */
function vagueDateProblems(r: InspectionRow): Problem[] {
  const v = r.values;
  const problems: Problem[] = [];
  const start = v.fieldwork_start;
  const end = v.fieldwork_end;
  const given = start ?? end;
  if ((start === null) !== (end === null) && given !== null)
    problems.push(
      cellProblem(
        r.at,
        start === null ? 'fieldwork_start' : 'fieldwork_end',
        `only one fieldwork date is given (expected both, or both blank where no source gives them, got ${toIso(given)} and blank)`,
      ),
    );
  const vague = [start, end, v.published].some((d) => d === null || d.precision === 'year');
  if (vague && v.dates_note === null)
    problems.push(
      cellProblem(
        r.at,
        'dates_note',
        'a date is blank or only a year, so the row must say why (expected what the sources give, e.g. "the release says only that the report came out in 2014", got blank)',
      ),
    );
  return problems;
}

/** A row's own dates in order: fieldwork starts before it ends, and ends before publication. */
function dateProblems(r: InspectionRow): Problem[] {
  const v = r.values;
  const problems: Problem[] = vagueDateProblems(r);
  if (v.fieldwork_start === null || v.fieldwork_end === null) return problems;
  if (compareDates(v.fieldwork_start, v.fieldwork_end) === 'after') {
    problems.push(
      cellProblem(
        r.at,
        'fieldwork_end',
        `fieldwork ends before it starts (expected a date on or after ${toIso(v.fieldwork_start)}, got ${toIso(v.fieldwork_end)})`,
      ),
    );
  }
  if (v.published === null) return problems;
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
  return problems;
}

/**
 * A review's link to what it revisits: an inspection (not a review) of the same force, published
 * before the review's fieldwork began. An inspection must revisit nothing.
 */
function revisitProblems(
  r: InspectionRow,
  byId: ReadonlyMap<string, InspectionRow>,
  known: Pick<KnownIds, 'forces' | 'inspections'>,
): Problem[] {
  const v = r.values;
  const at = (message: string, column = 'revisits') => [cellProblem(r.at, column, message)];
  if (v.baseline_note !== null && (v.kind === 'inspection' || v.revisits !== null))
    return at(
      `baseline_note is only for a review whose inspection is not in inspections.csv (expected blank, got ${quote(v.baseline_note)})`,
      'baseline_note',
    );
  if (v.kind === 'inspection' && v.revisits !== null)
    return at(
      `an inspection revisits nothing (expected blank, got ${quote(v.revisits)}); set kind to post-inspection-review for a review`,
    );
  if (v.kind !== 'post-inspection-review') return [];
  if (v.revisits === null)
    return v.baseline_note === null
      ? at(
          `a post-inspection review must name the inspection it revisits (expected an inspection id, or, where this site does not hold that inspection, a baseline_note naming it, got both blank)`,
        )
      : [];
  const base = byId.get(v.revisits)?.values;
  if (!base)
    return [
      ...checkReference(
        r.at,
        'revisits',
        v.revisits,
        known.inspections,
        'inspection in inspections.csv',
      ),
    ];
  const problems: Problem[] = [];
  if (base.kind !== 'inspection')
    problems.push(
      ...at(
        `a review revisits an inspection, not another review (expected an inspection, got the review ${quote(v.revisits)})`,
      ),
    );
  // A base of an unknown force is reported at the base, not again here.
  if (base.force !== v.force && known.forces.has(base.force))
    problems.push(
      ...at(
        `the review is of ${v.force} but ${v.revisits} is of ${base.force} (expected an inspection of the same force)`,
      ),
    );
  if (v.fieldwork_start === null || base.published === null) return problems;
  const after = compareDates(base.published, v.fieldwork_start);
  if (after === 'after' || after === 'same')
    problems.push(
      ...at(
        `the review's fieldwork starts before the inspection it revisits was published (expected a date after ${toIso(base.published)}, got ${toIso(v.fieldwork_start)})`,
        'fieldwork_start',
      ),
    );
  return problems;
}

/**
 * Reports each inspection whose force or scale is unknown or whose dates are out of order, each
 * review that does not revisit an earlier-published inspection of the same force, and each stated
 * number of recommendations that lacks its source or is below those transcribed.
 */
export function checkInspections(
  rows: InspectionRows,
  known: Pick<KnownIds, 'forces' | 'inspections' | 'scales'>,
  recommendations: readonly { readonly values: { readonly inspection: string } }[] = [],
): Problem[] {
  const byId = new Map(rows.map((r) => [r.values.id, r]));
  const made = checkRecommendationsMade(rows, recommendations);
  return made.concat(
    rows.flatMap((r) => [
      ...checkReference(r.at, 'force', r.values.force, known.forces, 'force in forces.csv'),
      ...(r.values.grade_scale === null
        ? []
        : checkReference(
            r.at,
            'grade_scale',
            r.values.grade_scale,
            known.scales,
            'scale in grade-scales.csv',
          )),
      ...dateProblems(r),
      ...revisitProblems(r, byId, known),
    ]),
  );
}

/**
 * Reports a stated number of recommendations without its source (or a source without a number),
 * and a number below the recommendations transcribed for that inspection.
 */
export function checkRecommendationsMade(
  rows: InspectionRows,
  recommendations: readonly { readonly values: { readonly inspection: string } }[],
): Problem[] {
  const held = rollup(
    recommendations,
    (v) => v.length,
    (r) => r.values.inspection,
  );
  return rows.flatMap((r) => {
    const v = r.values;
    const made = v.recommendations_made;
    const parts = [
      ['recommendations_made_source', v.recommendations_made_source],
      ['recommendations_made_location', v.recommendations_made_location],
    ] as const;
    if (made === null)
      return parts
        .filter(([, value]) => value !== null)
        .map(([column, value]) =>
          cellProblem(
            r.at,
            column,
            `${column} is only for a stated recommendations_made (expected blank, got ${quote(value ?? '')})`,
          ),
        );
    const problems = parts
      .filter(([, value]) => value === null)
      .map(([column]) =>
        cellProblem(
          r.at,
          column,
          `recommendations_made needs the source that states it (expected ${column === 'recommendations_made_source' ? 'an id from sources.csv' : 'where in that source'}, got blank)`,
        ),
      );
    const n = held.get(v.id) ?? 0;
    if (made < n)
      problems.push(
        cellProblem(
          r.at,
          'recommendations_made',
          `fewer than the ${String(n)} recommendations of ${v.id} in recommendations.csv (expected at least ${String(n)}, got ${String(made)})`,
        ),
      );
    return problems;
  });
}

/**
 * When an inspection is placed in time: its publication, or where that is unknown its fieldwork,
 * as an ISO-like key that sorts in date order ('~' after every date where neither is known).
 */
const dateKey = (v: {
  readonly published: CalendarDate | null;
  readonly fieldwork_end: CalendarDate | null;
}): string => {
  const d = v.published ?? v.fieldwork_end;
  return d === null ? '~' : toIso(d);
};

/** The inspections for the dataset, each with the reviews that revisit it, earliest published first. */
export function deriveInspections(rows: InspectionRows): Inspection[] {
  // Grouped once, so the build grows linearly with the number of inspections.
  const reviews = group(rows, (o) => o.values.revisits);
  return rows.map((r) => {
    const v = r.values;
    const reviewedBy = [...(reviews.get(v.id) ?? [])]
      .sort((a, b) => (dateKey(a.values) < dateKey(b.values) ? -1 : 1))
      .map((o) => o.values.id);
    return {
      id: v.id,
      force: v.force,
      kind: v.kind,
      revisits: v.revisits,
      baselineNote: v.baseline_note,
      reviewedBy,
      fieldworkStart: v.fieldwork_start,
      fieldworkEnd: v.fieldwork_end,
      published: v.published,
      datesNote: v.dates_note,
      gradeScale: v.grade_scale,
      transcribed: v.transcribed,
      title: v.title,
      provenance: provenanceOf(v),
      recommendationsMade:
        v.recommendations_made === null
          ? null
          : {
              count: v.recommendations_made,
              provenance: {
                source: v.recommendations_made_source ?? '',
                location: v.recommendations_made_location ?? '',
              },
            },
    };
  });
}
