// One row of the register, drawn the same way by the build (into the page's HTML, through
// linkedom) and by the browser (when a reader filters, sorts or turns a page), so the two can
// never differ. Pure DOM building on the document it is given.
import { statusOn } from '../domain/status.ts';
import type { DayDate } from '../domain/dates.ts';
import { standingLabel, statusLabel } from '../text/labels.ts';
import {
  rejudge,
  updateByline,
  type SortKey,
  type ViewRow,
  type ViewUpdate,
} from './register-filter.ts';

/** What a row shows, besides what the script filters and sorts on. */
export interface RowData extends ViewRow {
  readonly inspection: string;
  /** "Inspection, June 2019". */
  readonly inspectionName: string;
  /** "Recommendation 3", or the milestone's label. */
  readonly label: string;
  /** A recommendation's subject in plain words; null for a milestone, whose label says it. */
  readonly subject: string | null;
  /** The item's page, relative to the site's base. */
  readonly path: string;
  readonly timescaleText: string;
  readonly dueText: string;
  /** The latest update on the as-of date, or null when none has been published. */
  readonly latest: ViewUpdate | null;
  /** Why it stands as it does, as the build judged it; dropped when the reader's today moves it. */
  readonly note: string | null;
}

/** The register's rows as the page holds them once fetched. */
export interface RegisterFile {
  readonly asOf: DayDate;
  readonly rows: readonly RowData[];
}

/**
 * A row as `register.ndjson` carries it: without its latest update, which is read again from its
 * updates on the as-of date, as the build read it.
 */
export type WireRow = Omit<RowData, 'latest'>;

/** The first line of `register.ndjson`; each further line is a WireRow. */
export interface RegisterHead {
  readonly asOf: DayDate;
}

/** A row from its line of `register.ndjson`, its latest update read on the as-of date. */
export function fromWire(line: string, asOf: DayDate): RowData {
  const w = JSON.parse(line) as WireRow;
  return { ...w, latest: statusOn(w.updates, asOf) };
}

function el(doc: Document, tag: string, className: string | null, text: string): HTMLElement {
  const e = doc.createElement(tag);
  if (className) e.className = className;
  e.textContent = text;
  return e;
}

function link(doc: Document, href: string, text: string): HTMLElement {
  const a = doc.createElement('a');
  a.setAttribute('href', href);
  a.textContent = text;
  return a;
}

/** The register's columns in order, with the names its header and its stacked rows show. */
export const REGISTER_COLUMNS = [
  { key: 'force', label: 'Force' },
  { key: 'inspection', label: 'Inspection' },
  { key: 'item', label: 'Item' },
  { key: 'timescale', label: 'Timescale as written' },
  { key: 'due', label: 'Due' },
  { key: 'status', label: 'Latest status' },
  { key: 'standing', label: 'Standing' },
] as const satisfies readonly { key: SortKey; label: string }[];

const labelOf = (key: SortKey): string => REGISTER_COLUMNS.find((c) => c.key === key)?.label ?? '';

// A date may break before its year but never between its day and month, so "27 September" stays
// whole while a narrow column still fits ("1 to 30 September 2019" may break anywhere else).
const keepDayWithMonth = (text: string): string =>
  text.replace(/\b(\d{1,2}) (?=[A-Z][a-z]+)/g, '$1\u00a0');

// "Recommendation 3" never breaks before its number in a narrow column.
const keepNumber = (label: string): string => label.replace(/ (\d+)$/, '\u00a0$1');

/** The status cell's contents: the latest status and who reported it when, or that none was. */
export function statusCell(doc: Document, latest: ViewUpdate | null): Node[] {
  if (!latest) return [el(doc, 'span', 'not-published', statusLabel('none'))];
  return [
    el(doc, 'strong', null, statusLabel(latest.status)),
    doc.createTextNode(' '),
    el(doc, 'span', 'register-note', updateByline(latest)),
  ];
}

/** One `<tr>` of the register: force, inspection, item, timescale, due, status, standing. */
export function renderRow(doc: Document, base: string, r: RowData): HTMLElement {
  const tr = doc.createElement('tr');
  tr.setAttribute('data-key', r.key);
  // Each cell names its column (data-label), which a narrow screen shows beside it. One attribute
  // a cell: linkedom writes several in the reverse of the order the browser keeps, and the build's
  // rows and the script's must be identical.
  const td = (key: SortKey, ...children: (Node | string)[]) => {
    const cell = doc.createElement('td');
    cell.setAttribute('data-label', labelOf(key));
    cell.append(...children);
    tr.append(cell);
    return cell;
  };
  td('force', r.forceName);
  td('inspection', link(doc, `${base}inspections/${r.inspection}/`, r.inspectionName));
  const th = doc.createElement('th');
  th.setAttribute('scope', 'row');
  th.append(link(doc, `${base}${r.path}`, keepNumber(r.label)));
  if (r.subject) th.append(' ', el(doc, 'span', 'register-subject', r.subject));
  tr.append(th);
  td('timescale', r.timescaleText);
  td('due', keepDayWithMonth(r.dueText));
  td('status', ...statusCell(doc, r.latest));
  const standing = td('standing', el(doc, 'strong', null, standingLabel(r.standing)));
  if (r.note) standing.append(' ', el(doc, 'span', 'register-note', r.note));
  return tr;
}

/**
 * The rows judged again on the reader's today: status, latest update and standing re-read with
 * the build's own code; a row whose standing moves loses the build's note, which explained the
 * old one.
 */
export function rejudgeRows(rows: readonly RowData[], today: DayDate): RowData[] {
  return rejudge(rows, today).map((r, i) => {
    const old = rows[i];
    return {
      ...r,
      latest: statusOn(r.updates, today),
      note: old && old.standing === r.standing ? r.note : null,
    };
  });
}
