// An inspection's grades by practice area: one row per area, ordered by the share of cases not
// given the top grade, each with what the area covers, the report's themes and notes on disputed
// figures; with the chart's headline, summary and sources.
import type { Absence } from '../../domain/vocabulary.ts';
import {
  areaDefinitionOf,
  areaDistributions,
  areaOf,
  discrepanciesOf,
  findingsOf,
  gradesOf,
} from '../../dataset/queries.ts';
import {
  auditNotes,
  cardDiscrepancy,
  describeDiscrepancy,
  inspectorateAuditDiscrepancies,
  type CardDiscrepancy,
  type NoteLink,
} from './discrepancy-notes.ts';
import { areasHeadline } from '../../text/headlines.ts';
import { areaThemes, type Theme } from './findings.ts';
import { sortByShareNotGood, type GradedRow } from '../../domain/order.ts';
import { summariseAreas } from '../../text/summaries.ts';
import type { Dataset, Provenance } from '../../dataset/types.ts';

/** One practice area's row: its grades, where its description is, what it covers, its themes. */
export interface AreaRow extends GradedRow {
  /** The practice area's id, marking the row for the "focus an area" switch. */
  readonly area: string;
  /** The anchor of the area's description and themes. */
  readonly href: string;
  readonly notes: Readonly<Record<string, NoteLink>>;
  /** What the area covers in this report's words; null where this site does not hold them. */
  readonly definition: string | null;
  readonly themes: readonly Theme[];
  /** What a blank count in the row means. */
  readonly absence: Absence;
}

/** The fewest and most cases in any one area. */
export interface SizeRange {
  readonly fewest: number;
  readonly most: number;
}

export interface AreaGradesView {
  /** Ordered from the largest share of cases not given the top grade; empty when not published. */
  readonly rows: readonly AreaRow[];
  readonly title: string;
  readonly summary: string;
  /** The fewest and most cases in an area, or null when there are no areas. */
  readonly sizes: SizeRange | null;
  readonly discrepancies: readonly CardDiscrepancy[];
  readonly provenance: readonly Provenance[];
}

/**
 * The fewest and most cases among the rows whose total is known; null when none is. An
 * unpublished total is left out, never counted as 0 cases.
 */
export function sizeRange(rows: readonly Pick<GradedRow, 'total'>[]): SizeRange | null {
  const totals = rows.map((r) => r.total).filter((t): t is number => t !== null);
  if (totals.length === 0) return null;
  return { fewest: Math.min(...totals), most: Math.max(...totals) };
}

/** The inspectorate's grades of an inspection's cases by practice area, ready to show. */
export function areaGradesView(d: Dataset, inspection: string): AreaGradesView {
  const grades = gradesOf(d, inspection);
  const discrepancies = discrepanciesOf(d, inspection);
  const distributions = areaDistributions(d, inspection);
  const rows = distributions.map((x): AreaRow => {
    const area = areaOf(d, x.area);
    return {
      key: x.area,
      label: area.label,
      counts: x.counts,
      total: x.total,
      notStated: x.notStated,
      absence: x.absence,
      area: x.area,
      href: `#area-${x.area}`,
      notes: auditNotes(discrepancies, 'all', 'inspectorate', x.area),
      definition: areaDefinitionOf(d, inspection, x.area)?.definition ?? null,
      themes: areaThemes(findingsOf(d, inspection), inspection, x.area),
    };
  });
  const sorted = sortByShareNotGood(rows, grades);
  return {
    rows: sorted,
    title: areasHeadline(sorted, grades),
    summary: rows.length > 0 ? summariseAreas(sorted, grades) : '',
    sizes: sizeRange(rows),
    discrepancies: inspectorateAuditDiscrepancies(discrepancies, 'areas').map((x) =>
      cardDiscrepancy(x, describeDiscrepancy(d, x)),
    ),
    // A definition's source is its own report; another report's wording is never shown here.
    provenance: distributions.flatMap((x) => [
      ...x.provenance,
      ...[areaDefinitionOf(d, inspection, x.area)?.provenance ?? []].flat(),
    ]),
  };
}
