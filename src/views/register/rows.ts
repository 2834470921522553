// The register of recommendations and milestones: one row per item with its due date, latest
// status and standing. The files made from it are in files.ts. Pure: pages call these with the
// dataset.
import type { Evidence } from '../../domain/vocabulary.ts';
import { forceOf, inspectionOf } from '../../dataset/queries.ts';
import { compareDates, dayNumber, firstDay, onDate } from '../../domain/dates.ts';
import { capitalise, dateRangeText } from '../../text/page-text.ts';
import { slug, type ViewRow } from '../../client/register-filter.ts';
import { recommendationName, reporterLabel, standingLabel } from '../../text/labels.ts';
import { firstCompletion } from '../../domain/status.ts';
import {
  describeTimescale,
  earliestDueDay,
  latestDueDay,
  type DueDate,
} from '../../domain/timescale.ts';
import type { StatusUpdate, Tracking } from '../../dataset/types.ts';
import type {
  Dataset,
  Deadline,
  Inspection,
  Milestone,
  Provenance,
  Recommendation,
} from '../../dataset/types.ts';
import { perDataset } from '../../dataset/memo.ts';
import { group } from 'd3-array';
import { publishedOf, whenOrder } from '../../dataset/when.ts';
import { inspectionShortName } from '../../text/page-text.ts';

/** Everything the register shows about one recommendation or milestone. */
export interface RegisterRow extends ViewRow {
  readonly kind: 'recommendation' | 'milestone';
  readonly inspection: string;
  /** "Inspection, June 2019". */
  readonly inspectionName: string;
  /** As status-updates.csv names it: `recommendation:3`, `milestone:revisit`. */
  readonly item: string;
  /** "Recommendation 3", or the milestone's label. */
  readonly label: string;
  /** A recommendation's subject in plain words; null for a milestone, whose label says it. */
  readonly subject: string | null;
  /** The item's page, relative to the site's base. */
  readonly path: string;
  readonly timescaleText: string;
  /** The timescale in normal form ("within 3 months"), for the filter. */
  readonly timescaleLabel: string;
  readonly dueText: string;
  /** The latest update on the as-of date, or null when none has been published. */
  readonly latest: StatusUpdate | null;
  /** Why it stands as it does, when a source says it was met or closed, or the revisit's timing. */
  readonly note: string | null;
  /** The recommendation's text, or for a milestone its label and basis. */
  readonly text: string;
  readonly provenance: Provenance;
}

export const recommendationPath = (inspection: string, n: number): string =>
  `recommendations/${inspection}/${String(n)}/`;

const milestonePath = (inspection: string, id: string): string =>
  `inspections/${inspection}/#milestone-${id}`;

/**
 * When a review's fieldwork took place relative to a revisit's due date: the revisit is judged
 * on the fieldwork, which the release dates only to the month, so the sentence says so plainly.
 */
export function fieldworkSentence(review: Inspection, due: DueDate, dueText: string): string {
  const start = review.fieldworkStart;
  const end = review.fieldworkEnd;
  if (start === null || end === null)
    return `The review’s fieldwork dates are not known, so whether it came after the due date of ${dueText} cannot be said.`;
  const when = dateRangeText(start, end);
  const fieldwork = `The review’s fieldwork ${start.precision === 'day' ? 'from' : 'in'} ${when}`;
  const order = compareDates(start, latestDueDay(due));
  if (order === 'after') return `${fieldwork} came after the due date of ${dueText}.`;
  if (order === 'overlaps') {
    return `${fieldwork} may have begun after the due date of ${dueText}: the source gives only the ${start.precision === 'year' ? 'year' : 'month'}.`;
  }
  return `${fieldwork} began by the due date of ${dueText}.`;
}

/** Why an item stands as it does, in a sentence or two; null when the standing says it all. */
export function standingNote(
  d: Dataset,
  item: { readonly inspection: string; readonly item: string } & Deadline,
  tracking: Tracking,
): string | null {
  const parts: string[] = [];
  const s = tracking.standing;
  if (s === 'met' || s === 'met late') {
    const done = firstCompletion(tracking.updates, d.asOf);
    if (done) {
      const when = s === 'met late' ? 'after the due date' : 'by the due date';
      parts.push(`Reported completed ${onDate(done.date)} by ${reporterLabel(done.by)}, ${when}.`);
    }
  } else if (s === 'closed' && tracking.latest) {
    const u = tracking.latest;
    parts.push(`Reported superseded ${onDate(u.date)} by ${reporterLabel(u.by)}.`);
  }
  const review = inspectionOf(d, item.inspection).reviewedBy[0];
  if (item.item === 'milestone:revisit' && review !== undefined) {
    parts.push(fieldworkSentence(inspectionOf(d, review), item.due, item.dueText));
  }
  return parts.length > 0 ? parts.join(' ') : null;
}

function compareInspections(a: Inspection, b: Inspection): number {
  return whenOrder(a) - whenOrder(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

type Item = Deadline & { readonly tracking: Tracking; readonly evidence?: Evidence };

/** The columns every row has, whether it is a recommendation or a milestone. */
function commonColumns(
  d: Dataset,
  inspection: Inspection,
  inspectionOrder: number,
  itemOrder: number,
  x: Item,
  item: string,
) {
  const force = forceOf(d, inspection.force);
  const normal = describeTimescale(x.timescale);
  return {
    force: force.id,
    forceName: force.name,
    inspection: inspection.id,
    inspectionName: inspectionShortName(inspection),
    inspectionOrder,
    itemOrder,
    item,
    timescale: slug(normal),
    timescaleLabel: normal,
    timescaleOrder: dayNumber(latestDueDay(x.due)) - dayNumber(firstDay(publishedOf(inspection))),
    timescaleText: x.timescaleText,
    due: x.due,
    dueText: x.dueText,
    updates: x.tracking.updates.map((u) => ({ date: u.date, status: u.status, by: u.by })),
    evidence: x.evidence ?? 'public',
    latest: x.tracking.latest,
    status: x.tracking.latest?.status ?? 'none',
    standing: x.tracking.standing,
    note: standingNote(d, { ...x, inspection: inspection.id, item }, x.tracking),
  } as const;
}

/** One inspection's rows: its recommendations in number order, then its milestones. */
function inspectionRows(
  d: Dataset,
  inspection: Inspection,
  inspectionOrder: number,
  firstOrder: number,
  recommendations: readonly Recommendation[],
  milestones: readonly Milestone[],
): RegisterRow[] {
  const rows: RegisterRow[] = [];
  const common = (x: Item, item: string) =>
    commonColumns(d, inspection, inspectionOrder, firstOrder + rows.length, x, item);
  for (const r of [...recommendations].sort((a, b) => a.number - b.number)) {
    rows.push({
      ...common(r, `recommendation:${String(r.number)}`),
      key: `${inspection.id}-recommendation-${String(r.number)}`,
      kind: 'recommendation',
      label: recommendationName(r, recommendations),
      subject: r.subject,
      path: recommendationPath(inspection.id, r.number),
      text: r.text,
      provenance: r.provenance,
    });
  }
  for (const m of milestones) {
    rows.push({
      ...common(m, `milestone:${m.id}`),
      key: `${inspection.id}-milestone-${m.id}`,
      kind: 'milestone',
      label: m.label,
      subject: null,
      path: milestonePath(inspection.id, m.id),
      text: `${m.label} (${m.basis}).`,
      provenance: m.provenance,
    });
  }
  return rows;
}

/**
 * Every recommendation and milestone of every inspection, one row each, in due-date order (the
 * order the page has without JavaScript). Built once per dataset: every recommendation page, the
 * register, its CSV and each force's calendar look rows up here.
 */
export const registerRows = perDataset(buildRegisterRows);

/** The register's rows, computed afresh: what `registerRows` caches. */
export function buildRegisterRows(d: Dataset): readonly RegisterRow[] {
  const recommendations = group(d.recommendations, (r) => r.inspection);
  const milestones = group(d.milestones, (m) => m.inspection);
  const rows: RegisterRow[] = [];
  [...d.inspections].sort(compareInspections).forEach((inspection, order) => {
    rows.push(
      ...inspectionRows(
        d,
        inspection,
        order,
        rows.length,
        recommendations.get(inspection.id) ?? [],
        milestones.get(inspection.id) ?? [],
      ),
    );
  });
  return rows.sort(
    (a, b) =>
      dayNumber(earliestDueDay(a.due)) - dayNumber(earliestDueDay(b.due)) ||
      dayNumber(latestDueDay(a.due)) - dayNumber(latestDueDay(b.due)) ||
      a.itemOrder - b.itemOrder,
  );
}

/** The register row of an item (`recommendation:3`) of an inspection; fails on an unknown one. */
export function registerRowOf(d: Dataset, inspection: string, item: string): RegisterRow {
  const row = rowIndex(d).get(`${inspection}/${item}`);
  if (!row) throw new Error(`no register row for ${item} of "${inspection}"`);
  return row;
}

const rowIndex = perDataset(
  (d) => new Map(registerRows(d).map((r) => [`${r.inspection}/${r.item}`, r] as const)),
);

/** A force's rows, in due-date order. */
export const registerRowsOfForce = (d: Dataset, force: string): readonly RegisterRow[] =>
  rowsByForce(d).get(force) ?? [];

const rowsByForce = perDataset((d) => group(registerRows(d), (r) => r.force));

/** The capitalised standing with its note, as one sentence for a page or calendar. */
export function standingText(r: Pick<RegisterRow, 'standing' | 'note'>): string {
  return r.note ? `${capitalise(standingLabel(r.standing))}. ${r.note}` : standingLabel(r.standing);
}
