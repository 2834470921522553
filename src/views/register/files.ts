// The register's files: the whole register as spreadsheet-safe CSV and each force's deadlines as
// an iCalendar file, with the labels that give each file's type and size. Pure: the endpoints and
// the pages call these with the dataset, so a size on a page is measured from the text served.
import { toCsv, type CsvValue } from '../../data/write/csv.ts';
import { forceOf } from '../../dataset/queries.ts';
import { formatDate, toIso } from '../../domain/dates.ts';
import { icsCalendar, type CalendarEvent } from '../../domain/ics.ts';
import type { DueDate } from '../../domain/timescale.ts';
import type { Dataset } from '../../dataset/types.ts';
import { STATUS_LABEL, standingLabel, statusLabel, statusText } from '../../text/labels.ts';
import { formatBytes } from '../../text/page-text.ts';
import { updateByline } from '../../client/register-filter.ts';
import { registerRows, registerRowsOfForce } from './rows.ts';
import { perDataset, perDatasetAndKey } from '../../dataset/memo.ts';

/** The domain of the iCalendar UIDs: stable, so re-importing a calendar updates its events. */
export const UID_DOMAIN = 'child-protection-findings';

const dueIso = (d: DueDate): string =>
  d.kind === 'between' ? `${toIso(d.from)}/${toIso(d.to)}` : toIso(d.date);

export const REGISTER_COLUMNS = [
  'force',
  'force_name',
  'inspection',
  'item',
  'label',
  'subject',
  'text',
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
  'data_version',
  'source',
  'location',
] as const;

/**
 * The register as spreadsheet-safe CSV, one row per item, in due-date order. Made once per build:
 * the endpoint serves it and the pages that link it state its size.
 */
export const registerCsv = perDataset(buildRegisterCsv);

/** The register's CSV, made afresh: what `registerCsv` caches. */
export function buildRegisterCsv(d: Dataset): string {
  const asOf = toIso(d.asOf);
  const rows = registerRows(d).map((r): CsvValue[] => [
    r.force,
    r.forceName,
    r.inspection,
    r.item,
    r.label,
    r.subject ?? '',
    r.text,
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
    d.version,
    r.provenance.source,
    r.provenance.location,
  ]);
  return toCsv(REGISTER_COLUMNS, rows);
}

/** A force's deadlines as calendar events, in due-date order. */
export function forceEvents(d: Dataset, force: string): CalendarEvent[] {
  const asOf = formatDate(d.asOf);
  return registerRowsOfForce(d, force).map((r) => {
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
      summary: `Due: ${r.label}${r.subject ? `: ${r.subject}` : ''} – ${r.forceName} (${r.inspectionName})`,
      description: lines.join('\n'),
      url: null,
    };
  });
}

/**
 * A force's deadlines as an iCalendar file; stamped with the as-of date so builds are repeatable.
 * Made once per force and build: the endpoint serves it and the pages that link it state its size.
 */
export const forceCalendar = perDatasetAndKey(buildForceCalendar);

/** A force's calendar, made afresh: what `forceCalendar` caches. */
export function buildForceCalendar(d: Dataset, force: string): string {
  const name = `${forceOf(d, force).name}: inspection deadlines`;
  return icsCalendar(name, forceEvents(d, force), { date: d.asOf });
}

/**
 * The forces with at least one deadline: the ones whose calendar is worth linking. Made once per
 * build, since every force page and briefing asks whether its force is among them.
 */
export const forcesWithDeadlines = perDataset((d: Dataset): readonly string[] => {
  const forces = new Set(registerRows(d).map((r) => r.force));
  return d.forces.filter((f) => forces.has(f.id)).map((f) => f.id);
});

/** Bytes of the text as UTF-8, as a host would serve it. */
export const byteSize = (text: string): number => new TextEncoder().encode(text).length;

/** "CSV, 4 KB"; "iCalendar, 2 KB". */
export const csvLabel = (text: string): string => `CSV, ${formatBytes(byteSize(text))}`;
export const icsLabel = (text: string): string => `iCalendar, ${formatBytes(byteSize(text))}`;

/** A file the register offers: where it is, what to save it as, and its type and size. */
export interface DownloadFile {
  readonly href: string;
  readonly file: string;
  readonly type: 'text/csv' | 'text/calendar';
  readonly text: string;
  /** "CSV, 5.4 KB". */
  readonly size: string;
}

/** The register's files: the whole register as CSV, then each force's deadlines as iCalendar. */
export function registerDownloads(d: Dataset, base: string): DownloadFile[] {
  return [
    {
      href: `${base}recommendations/register.csv`,
      file: 'register.csv',
      type: 'text/csv',
      text: 'The register as a spreadsheet',
      size: csvLabel(registerCsv(d)),
    },
    ...forcesWithDeadlines(d).map((id) => calendarDownload(d, id, base)),
  ];
}

/** A force's deadlines as an iCalendar download, to link from its pages. */
export function calendarDownload(d: Dataset, id: string, base: string): DownloadFile {
  return {
    href: `${base}forces/${id}/deadlines.ics`,
    file: `${id}-deadlines.ics`,
    type: 'text/calendar',
    text: `${forceOf(d, id).name}’s deadlines for your calendar`,
    size: icsLabel(forceCalendar(d, id)),
  };
}

/** The force's calendar download, or null where it has no deadlines (then there is no file). */
export const calendarOf = (d: Dataset, id: string, base: string): DownloadFile | null =>
  forcesWithDeadlines(d).includes(id) ? calendarDownload(d, id, base) : null;
