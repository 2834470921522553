// The register's view in the browser: which rows a reader's filters keep, in what order, how that
// is written into the address, and where each item stands on the reader's own today. Pure and
// small, because the register page's script imports it: the build and the browser judge standings
// with the same code (status.ts), so the two can never disagree about what "overdue" means.
import {
  dayNumber,
  firstDay,
  formatDate,
  lastDay,
  type CalendarDate,
  type DayDate,
} from '../domain/dates.ts';
import { standing, statusOn, type Standing } from '../domain/status.ts';
import type { DueDate } from '../domain/timescale.ts';
import type { Evidence, Reporter, Status } from '../domain/vocabulary.ts';
import {
  STANDING_ORDER,
  STATUS_LABEL,
  STATUS_ORDER,
  reporterLabel,
  type StatusKey,
} from '../text/labels.ts';

export type { StatusKey };

/** What an update needs for the register: when, what it said, who said it. */
export interface ViewUpdate {
  readonly date: CalendarDate;
  readonly status: Status;
  readonly by: Reporter;
}

/** What the script knows about each row: its filter values, sort keys and what it re-judges. */
export interface ViewRow {
  /** Stable id, `gwent-2019-recommendation-3`; also the row's `data-key`. */
  readonly key: string;
  readonly force: string;
  readonly forceName: string;
  /** The inspection's place among all inspections (oldest first), for sorting by inspection. */
  readonly inspectionOrder: number;
  /** The item's place among all items (by inspection, recommendations by number, then milestones). */
  readonly itemOrder: number;
  /** The timescale in normal form, as a slug (`within-3-months`), for the filter. */
  readonly timescale: string;
  /** Days from publication to the latest due day, for sorting by timescale. */
  readonly timescaleOrder: number;
  readonly due: DueDate;
  readonly updates: readonly ViewUpdate[];
  /** Whether the item's outcome is made public: re-judged on the reader's today, a private one
   * past due stays "no public record", never "overdue". */
  readonly evidence: Evidence;
  readonly status: StatusKey;
  readonly standing: Standing;
}

export const SORT_KEYS = [
  'force',
  'inspection',
  'item',
  'timescale',
  'due',
  'status',
  'standing',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type Direction = 'ascending' | 'descending';

export interface RegisterState {
  readonly force: string | null;
  readonly status: StatusKey | null;
  readonly timescale: string | null;
  /** Only overdue items. */
  readonly overdue: boolean;
  readonly sort: SortKey;
  readonly direction: Direction;
}

/** Without JavaScript the table is in this order, so it is the default and leaves no trace. */
export const DEFAULT_STATE: RegisterState = {
  force: null,
  status: null,
  timescale: null,
  overdue: false,
  sort: 'due',
  direction: 'ascending',
};

/** The parameters this module owns; any others in the address are kept as they are. */
export const REGISTER_PARAMS = ['force', 'status', 'timescale', 'overdue', 'sort', 'dir'] as const;

/** The values a page offers for each filter; anything else in an address is ignored. */
export interface FilterOptions {
  readonly forces: readonly string[];
  readonly statuses: readonly string[];
  readonly timescales: readonly string[];
}

/** "28 June 2019, reported by the commissioner": when and by whom, beside the status. */
export function updateByline(u: ViewUpdate): string {
  return `${formatDate(u.date)}, reported by ${reporterLabel(u.by)}`;
}

/** "within 3 months" → "within-3-months": a timescale as a filter value. */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const isSortKey = (x: string): x is SortKey => (SORT_KEYS as readonly string[]).includes(x);
const isStatusKey = (x: string): x is StatusKey => x in STATUS_LABEL;

/**
 * Reads the view from a query string (`?force=gwent&overdue=yes&sort=due`). `sort` names a
 * column; `dir=desc` reverses it. A value the page does not offer is ignored, so an old or edited
 * link still opens, showing more rather than fewer.
 */
export function parseRegisterState(search: string, options: FilterOptions): RegisterState {
  const params = new URLSearchParams(search);
  const get = (name: string): string => params.get(name)?.trim().toLowerCase() ?? '';
  const pick = (value: string, allowed: readonly string[]): string | null =>
    allowed.includes(value) ? value : null;
  const status = pick(get('status'), options.statuses);
  const sort = get('sort');
  return {
    force: pick(get('force'), options.forces),
    status: status !== null && isStatusKey(status) ? status : null,
    timescale: pick(get('timescale'), options.timescales),
    overdue: get('overdue') === 'yes',
    sort: isSortKey(sort) ? sort : DEFAULT_STATE.sort,
    direction: isSortKey(sort) && get('dir') === 'desc' ? 'descending' : 'ascending',
  };
}

/**
 * Writes the view into a query string, keeping any other parameters of `search`. Defaults are left
 * out, so the plain register has a plain address. Returns "" or a string starting with "?".
 */
export function serialiseRegisterState(state: RegisterState, search = ''): string {
  const params = new URLSearchParams(search);
  for (const p of REGISTER_PARAMS) params.delete(p);
  if (state.force !== null) params.set('force', state.force);
  if (state.status !== null) params.set('status', state.status);
  if (state.timescale !== null) params.set('timescale', state.timescale);
  if (state.overdue) params.set('overdue', 'yes');
  const defaultOrder =
    state.sort === DEFAULT_STATE.sort && state.direction === DEFAULT_STATE.direction;
  if (!defaultOrder) params.set('sort', state.sort);
  if (state.direction === 'descending') params.set('dir', 'desc');
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** Whether a row passes every filter of the state. */
export function matches(row: ViewRow, state: RegisterState): boolean {
  return (
    (state.force === null || row.force === state.force) &&
    (state.status === null || row.status === state.status) &&
    (state.timescale === null || row.timescale === state.timescale) &&
    (!state.overdue || row.standing === 'overdue')
  );
}

const dueFrom = (d: DueDate): number => dayNumber(d.kind === 'between' ? d.from : firstDay(d.date));
const dueTo = (d: DueDate): number => dayNumber(d.kind === 'between' ? d.to : lastDay(d.date));

// One collator for every comparison (localeCompare with a locale makes one per call, which at a
// thousand rows was most of a sort's time), made on the first sort by force, not on load.
let collator: Intl.Collator | undefined;
const compareNames = (a: string, b: string): number =>
  (collator ??= new Intl.Collator('en-GB')).compare(a, b);

/** A row's value in a column other than the force, for sorting. */
function sortValue(key: Exclude<SortKey, 'force'>, r: ViewRow): number {
  switch (key) {
    case 'inspection':
      return r.inspectionOrder;
    case 'item':
      return r.itemOrder;
    case 'timescale':
      return r.timescaleOrder;
    case 'due':
      return 0;
    case 'status':
      return STATUS_ORDER.indexOf(r.status);
    case 'standing':
      return STANDING_ORDER.indexOf(r.standing);
  }
}

/**
 * The rows in the order a column gives, ties broken by due date so equal rows keep a sensible
 * order. Descending reverses the column only, not the tie-break, so it is not simply a reversal.
 * Each row's keys are worked out once, not at every comparison.
 */
export function sortRows<R extends ViewRow>(
  rows: readonly R[],
  key: SortKey,
  direction: Direction,
): R[] {
  const sign = direction === 'descending' ? -1 : 1;
  // Forces are ranked by name once, so the sort compares numbers, not names, a thousand times.
  const names =
    key === 'force' ? [...new Set(rows.map((r) => r.forceName))].sort(compareNames) : [];
  const rank = new Map(names.map((n, i) => [n, i]));
  const keyed = rows.map((r) => ({
    r,
    value: key === 'force' ? (rank.get(r.forceName) ?? 0) : sortValue(key, r),
    from: dueFrom(r.due),
    to: dueTo(r.due),
  }));
  type Keyed = (typeof keyed)[number];
  // By due date: earliest possible day, then latest, then the register's own order.
  const due = (a: Keyed, b: Keyed): number =>
    a.from - b.from || a.to - b.to || a.r.itemOrder - b.r.itemOrder;
  const primary = (a: Keyed, b: Keyed): number =>
    (key === 'due' ? due(a, b) : a.value - b.value) * sign;
  return keyed.sort((a, b) => primary(a, b) || due(a, b)).map((k) => k.r);
}

/** The rows a state selects, in its order: every page of the register's view, before cutting. */
export function selectRows<R extends ViewRow>(rows: readonly R[], state: RegisterState): R[] {
  return sortRows(
    rows.filter((r) => matches(r, state)),
    state.sort,
    state.direction,
  );
}

/** The keys of the rows to show, in order. */
export function visibleKeys(rows: readonly ViewRow[], state: RegisterState): string[] {
  return selectRows(rows, state).map((r) => r.key);
}

/**
 * Each row judged again on another day, with the same code the build used. The latest status is
 * re-read too, so a cell never shows an update the standing does not count, or the reverse.
 */
export function rejudge<R extends ViewRow>(rows: readonly R[], on: DayDate): R[] {
  return rows.map((r) => ({
    ...r,
    status: statusOn(r.updates, on)?.status ?? 'none',
    standing: standing(r.updates, r.due, on, r.evidence),
  }));
}
