// The register of recommendations and milestones: one row per item with its due date, latest
// status and standing, and the files made from it (CSV of the register, an iCalendar file of each
// force's deadlines). Pure: pages and endpoints call these with the dataset, so a file's size on a
// page is measured from the very text the endpoint serves.
import { toCsv, type CsvValue } from '../../data/write/csv.ts';
import { forceOf, inspectionOf } from '../../dataset/queries.ts';
import {
  compareDates,
  dayNumber,
  firstDay,
  formatDate,
  onDate,
  toIso,
} from '../../domain/dates.ts';
import { icsCalendar, type CalendarEvent } from '../../domain/ics.ts';
import {
  capitalise,
  dateRangeText,
  formatBytes,
  shortInspectionName,
} from '../../text/page-text.ts';
import { slug, updateByline, type ViewRow } from '../../client/register-filter.ts';
import {
  STATUS_LABEL,
  reporterLabel,
  standingLabel,
  statusLabel,
  statusText,
} from '../../text/labels.ts';
import { firstCompletion } from '../../domain/status.ts';
import {
  describeTimescale,
  earliestDueDay,
  latestDueDay,
  type DueDate,
} from '../../domain/timescale.ts';
import type { StatusUpdate, Tracking } from '../../data/derive/tracking.ts';
import type { Dataset, Deadline, Inspection, Provenance } from '../../dataset/types.ts';

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

/** The domain of the iCalendar UIDs: stable, so re-importing a calendar updates its events. */
export const UID_DOMAIN = 'child-protection-findings';

export const recommendationPath = (inspection: string, n: number): string =>
  `recommendations/${inspection}/${String(n)}/`;

const milestonePath = (inspection: string, id: string): string =>
  `inspections/${inspection}/#milestone-${id}`;

/**
 * When a review's fieldwork took place relative to a revisit's due date: the revisit is judged
 * on the fieldwork, which the release dates only to the month, so the sentence says so plainly.
 */
export function fieldworkSentence(review: Inspection, due: DueDate, dueText: string): string {
  const when = dateRangeText(review.fieldworkStart, review.fieldworkEnd);
  const fieldwork = `The review’s fieldwork ${review.fieldworkStart.precision === 'month' ? 'in' : 'from'} ${when}`;
  const order = compareDates(review.fieldworkStart, latestDueDay(due));
  if (order === 'after') return `${fieldwork} came after the due date of ${dueText}.`;
  if (order === 'overlaps') {
    return `${fieldwork} may have begun after the due date of ${dueText}: the source gives only the month.`;
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
  return (
    dayNumber(firstDay(a.published)) - dayNumber(firstDay(b.published)) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/**
 * Every recommendation and milestone of every inspection, one row each, in due-date order (the
 * order the page has without JavaScript).
 */
export function registerRows(d: Dataset): RegisterRow[] {
  const inspections = [...d.inspections].sort(compareInspections);
  const rows: RegisterRow[] = [];
  inspections.forEach((inspection, inspectionOrder) => {
    const force = forceOf(d, inspection.force);
    const published = dayNumber(firstDay(inspection.published));
    const common = (x: Deadline & { readonly tracking: Tracking }, item: string) => {
      const normal = describeTimescale(x.timescale);
      return {
        force: force.id,
        forceName: force.name,
        inspection: inspection.id,
        inspectionName: shortInspectionName(inspection.kind, inspection.published),
        inspectionOrder,
        itemOrder: rows.length,
        item,
        timescale: slug(normal),
        timescaleLabel: normal,
        timescaleOrder: dayNumber(latestDueDay(x.due)) - published,
        timescaleText: x.timescaleText,
        due: x.due,
        dueText: x.dueText,
        updates: x.tracking.updates.map((u) => ({ date: u.date, status: u.status, by: u.by })),
        latest: x.tracking.latest,
        status: x.tracking.latest?.status ?? 'none',
        standing: x.tracking.standing,
        note: standingNote(d, { ...x, inspection: inspection.id, item }, x.tracking),
      } as const;
    };
    const recommendations = d.recommendations
      .filter((r) => r.inspection === inspection.id)
      .sort((a, b) => a.number - b.number);
    for (const r of recommendations) {
      rows.push({
        ...common(r, `recommendation:${String(r.number)}`),
        key: `${inspection.id}-recommendation-${String(r.number)}`,
        kind: 'recommendation',
        label: `Recommendation ${String(r.number)}`,
        path: recommendationPath(inspection.id, r.number),
        text: r.text,
        provenance: r.provenance,
      });
    }
    for (const m of d.milestones.filter((x) => x.inspection === inspection.id)) {
      rows.push({
        ...common(m, `milestone:${m.id}`),
        key: `${inspection.id}-milestone-${m.id}`,
        kind: 'milestone',
        label: m.label,
        path: milestonePath(inspection.id, m.id),
        text: `${m.label} (${m.basis}).`,
        provenance: m.provenance,
      });
    }
  });
  return rows.sort(
    (a, b) =>
      dayNumber(earliestDueDay(a.due)) - dayNumber(earliestDueDay(b.due)) ||
      dayNumber(latestDueDay(a.due)) - dayNumber(latestDueDay(b.due)) ||
      a.itemOrder - b.itemOrder,
  );
}

/** Only what the page's script needs, so the JSON embedded in the page stays small. */
export function viewRow(r: RegisterRow): ViewRow {
  return {
    key: r.key,
    force: r.force,
    forceName: r.forceName,
    inspectionOrder: r.inspectionOrder,
    itemOrder: r.itemOrder,
    timescale: r.timescale,
    timescaleOrder: r.timescaleOrder,
    due: r.due,
    updates: r.updates,
    status: r.status,
    standing: r.standing,
  };
}

/** A filter's choices: each distinct value once, in the order given, with its label. */
export function filterChoices<T>(
  rows: readonly T[],
  value: (r: T) => string,
  label: (r: T) => string,
): { readonly value: string; readonly label: string }[] {
  const seen = new Map<string, string>();
  for (const r of rows) if (!seen.has(value(r))) seen.set(value(r), label(r));
  return [...seen].map(([v, l]) => ({ value: v, label: l }));
}

const dueIso = (d: DueDate): string =>
  d.kind === 'between' ? `${toIso(d.from)}/${toIso(d.to)}` : toIso(d.date);

export const REGISTER_COLUMNS = [
  'force',
  'force_name',
  'inspection',
  'item',
  'label',
  'timescale',
  'due',
  'due_text',
  'latest_status',
  'latest_status_date',
  'latest_status_by',
  'latest_evidence',
  'standing',
  'standing_note',
  'as_of',
  'source',
  'location',
] as const;

/** The register as spreadsheet-safe CSV, one row per item, in due-date order. */
export function registerCsv(d: Dataset): string {
  const asOf = toIso(d.asOf);
  const rows = registerRows(d).map((r): CsvValue[] => [
    r.force,
    r.forceName,
    r.inspection,
    r.item,
    r.label,
    r.timescaleText,
    dueIso(r.due),
    r.dueText,
    r.latest?.status ?? statusText('none'),
    r.latest ? toIso(r.latest.date) : null,
    r.latest?.by ?? null,
    r.latest?.evidence ?? null,
    r.standing,
    r.note,
    asOf,
    r.provenance.source,
    r.provenance.location,
  ]);
  return toCsv(REGISTER_COLUMNS, rows);
}

/** A force's deadlines as calendar events, in due-date order. */
export function forceEvents(d: Dataset, force: string): CalendarEvent[] {
  const asOf = formatDate(d.asOf);
  return registerRows(d)
    .filter((r) => r.force === force)
    .map((r) => {
      const latest = r.latest
        ? `Latest status: ${statusLabel(r.latest.status).toLowerCase()} (${updateByline(r.latest)}).`
        : `${STATUS_LABEL.none}.`;
      const lines = [
        `${r.forceName}: ${r.inspectionName}.`,
        `Timescale as written: ${r.timescaleText}. Due ${r.dueText}.`,
        `As of ${asOf}: ${standingLabel(r.standing).toLowerCase()}. ${latest}`,
        ...(r.note ? [r.note] : []),
        '',
        r.text,
      ];
      return {
        uid: `${r.key}@${UID_DOMAIN}`,
        due: r.due,
        summary: `Due: ${r.label} – ${r.forceName} (${r.inspectionName})`,
        description: lines.join('\n'),
        url: null,
      };
    });
}

/** A force's deadlines as an iCalendar file; stamped with the as-of date so builds are repeatable. */
export function forceCalendar(d: Dataset, force: string): string {
  const name = `${forceOf(d, force).name}: inspection deadlines`;
  return icsCalendar(name, forceEvents(d, force), { date: d.asOf });
}

/** The forces with at least one deadline: the ones whose calendar is worth linking. */
export function forcesWithDeadlines(d: Dataset): string[] {
  const forces = new Set(registerRows(d).map((r) => r.force));
  return d.forces.filter((f) => forces.has(f.id)).map((f) => f.id);
}

/** Bytes of the text as UTF-8, as a host would serve it. */
export const byteSize = (text: string): number => new TextEncoder().encode(text).length;

/** "CSV, 4 KB"; "iCalendar, 2 KB". */
export const csvLabel = (text: string): string => `CSV, ${formatBytes(byteSize(text))}`;
export const icsLabel = (text: string): string => `iCalendar, ${formatBytes(byteSize(text))}`;

/** The capitalised standing with its note, as one sentence for a page or calendar. */
export function standingText(r: Pick<RegisterRow, 'standing' | 'note'>): string {
  return r.note ? `${capitalise(standingLabel(r.standing))}. ${r.note}` : standingLabel(r.standing);
}
