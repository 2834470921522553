// How a known discrepancy is pointed to from the figure it affects: the anchor of its note, its
// title, a short link, a sentence for a chart card, and which discrepancies touch which figure.
import { areaOf, gradesOf } from '../../dataset/queries.ts';
import { gradeLabel } from '../../text/grade-label.ts';
import { capitalise, describeSubject, displayValue } from '../../text/page-text.ts';
import type { Dataset, Discrepancy } from '../../dataset/types.ts';
import type { DiscrepancyKind } from '../../domain/vocabulary.ts';

/** A link from a figure to the note that explains it. */
export interface NoteLink {
  readonly href: string;
  readonly text: string;
}

/** A discrepancy as a chart card states it: a title, a sentence and the note's address. */
export interface CardDiscrepancy {
  readonly href: string;
  readonly title: string;
  readonly text: string;
}

/** "#discrepancy-<id>": where the note sits in the inspection page's "Known discrepancies". */
export function discrepancyHref(x: Pick<Discrepancy, 'id'>): string {
  return `#discrepancy-${x.id}`;
}

/** "Sources disagree" or "Figures do not add up". */
export function discrepancyTitle(kind: DiscrepancyKind): string {
  return kind === 'sources-disagree' ? 'Sources disagree' : 'Figures do not add up';
}

/** The short link set beside the figure: "Sources disagree: see note". */
export function noteLink(x: Pick<Discrepancy, 'id' | 'kind'>): NoteLink {
  return {
    href: discrepancyHref(x),
    text:
      x.kind === 'sources-disagree' ? 'Sources disagree: see note' : 'Does not add up: see note',
  };
}

/** The discrepancy about a field of inspections.csv ("published", "fieldwork_start"), if any. */
export function fieldDiscrepancy(
  discrepancies: readonly Discrepancy[],
  field: string,
): Discrepancy | undefined {
  return discrepancies.find((x) => x.subject === `inspections:${field}`);
}

/** "case-audit:all/inspectorate/all/inadequate" as its table and the parts of its path. */
function subjectParts(subject: string): { table: string | undefined; parts: string[] } {
  const [table, path = ''] = subject.split(':');
  return { table, parts: path.split('/') };
}

/**
 * Notes on one row of a grade table (a sample × assessor × area), by grade id, or "total" for
 * the stated number of cases.
 */
export function auditNotes(
  discrepancies: readonly Discrepancy[],
  sample: string,
  assessor: string,
  area: string,
): Record<string, NoteLink> {
  const notes: Record<string, NoteLink> = {};
  for (const x of discrepancies) {
    const { table, parts } = subjectParts(x.subject);
    if (table !== 'case-audit') continue;
    const [s, a, ar, grade] = parts;
    if (s === sample && a === assessor && ar === area && grade) {
      notes[grade === 'all' ? 'total' : grade] = noteLink(x);
    }
  }
  return notes;
}

/**
 * The discrepancies in the inspectorate's case audit, about all areas together ("all") or about
 * single practice areas ("areas").
 */
export function inspectorateAuditDiscrepancies(
  discrepancies: readonly Discrepancy[],
  scope: 'all' | 'areas',
): Discrepancy[] {
  return discrepancies.filter((x) => {
    const { table, parts } = subjectParts(x.subject);
    const [, assessor, area = ''] = parts;
    return (
      table === 'case-audit' &&
      assessor === 'inspectorate' &&
      (area === 'all') === (scope === 'all')
    );
  });
}

/** What a discrepancy is about, in words, naming its inspection's grades and the practice area. */
export function describeDiscrepancy(d: Dataset, x: Discrepancy): string {
  const grades = gradesOf(d, x.inspection);
  return describeSubject(
    x.subject,
    (g) => gradeLabel(grades, g),
    (a) => areaOf(d, a).label,
  );
}

/** "this site uses 28; another source gives 23.": the figure used and the other. */
export function figuresText(x: Pick<Discrepancy, 'kind' | 'value' | 'otherValue'>): string {
  const other = x.kind === 'sources-disagree' ? 'another source gives' : 'the parts add up to';
  return `this site uses ${displayValue(x.value)}; ${other} ${displayValue(x.otherValue)}.`;
}

/** A discrepancy as a chart card states it, given its subject in words. */
export function cardDiscrepancy(x: Discrepancy, subject: string): CardDiscrepancy {
  return {
    href: discrepancyHref(x),
    title: discrepancyTitle(x.kind),
    text: `${capitalise(subject)}: ${figuresText(x)}`,
  };
}
