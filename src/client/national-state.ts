// The reader's choices on the national picture (which year, nation, kind of visit and scale, in
// what order, and which force to highlight), read from and written to the address so that a link
// reopens the same view, and the audits those choices show. Pure: the page's script passes in
// `location.search` and the facts it reads from the table rows.
import { ascending, descending } from 'd3-array';

export const SORTS = ['time', 'inadequate', 'force'] as const;
export type Sort = (typeof SORTS)[number];

/** What the national picture shows: null for a filter not set. */
export interface NationalState {
  readonly year: string | null;
  readonly nation: string | null;
  readonly kind: string | null;
  readonly scale: string | null;
  readonly sort: Sort;
  /** The force whose audits are highlighted. */
  readonly force: string | null;
}

/** The values each filter can take on this page; anything else in an address is ignored. */
export interface NationalChoices {
  readonly year: readonly string[];
  readonly nation: readonly string[];
  readonly kind: readonly string[];
  readonly scale: readonly string[];
  readonly force: readonly string[];
}

/** The parameters this module owns; any others (such as `view`) are kept as they are. */
export const NATIONAL_PARAMS = ['year', 'nation', 'kind', 'scale', 'sort', 'force'] as const;

type Filter = Exclude<keyof NationalState, 'sort'>;
const FILTERS: readonly Filter[] = ['year', 'nation', 'kind', 'scale', 'force'];

export const NO_FILTERS: NationalState = {
  year: null,
  nation: null,
  kind: null,
  scale: null,
  sort: 'time',
  force: null,
};

const isSort = (x: string): x is Sort => (SORTS as readonly string[]).includes(x);

/** Reads the state from a query string; an unknown value is ignored, so an old link still opens. */
export function parseNationalState(search: string, choices: NationalChoices): NationalState {
  const params = new URLSearchParams(search);
  const known = (name: Filter): string | null => {
    const v = params.get(name)?.trim().toLowerCase() ?? '';
    return choices[name].includes(v) ? v : null;
  };
  const sort = params.get('sort')?.trim().toLowerCase() ?? '';
  return {
    year: known('year'),
    nation: known('nation'),
    kind: known('kind'),
    scale: known('scale'),
    sort: isSort(sort) ? sort : 'time',
    force: known('force'),
  };
}

/** Writes the state into a query string, keeping other parameters; defaults are left out. */
export function serialiseNationalState(state: NationalState, search = ''): string {
  const params = new URLSearchParams(search);
  for (const p of NATIONAL_PARAMS) params.delete(p);
  for (const f of FILTERS) {
    const v = state[f];
    if (v !== null) params.set(f, v);
  }
  if (state.sort !== 'time') params.set('sort', state.sort);
  const text = params.toString().replace(/%3A/gi, ':').replace(/%2C/gi, ',');
  return text === '' ? '' : `?${text}`;
}

/** What the page knows of one audit, from its table row. */
export interface AuditFacts {
  readonly key: string;
  /** The year of publication (or of fieldwork where publication is not known), or "". */
  readonly year: string;
  readonly nation: string;
  readonly kind: string;
  readonly scale: string;
  readonly force: string;
  readonly forceName: string;
  /** The share graded inadequate, 0 to 1. */
  readonly share: number;
  /** Its place in time order, as built. */
  readonly order: number;
}

/** Whether an audit passes every filter set (the highlighted force is not a filter). */
export function matches(a: AuditFacts, state: NationalState): boolean {
  return (
    (state.year === null || a.year === state.year) &&
    (state.nation === null || a.nation === state.nation) &&
    (state.kind === null || a.kind === state.kind) &&
    (state.scale === null || a.scale === state.scale)
  );
}

/** The audits the state shows, in its order; ties keep time order. */
export function shownAudits(audits: readonly AuditFacts[], state: NationalState): AuditFacts[] {
  const shown = audits.filter((a) => matches(a, state));
  const byTime = (a: AuditFacts, b: AuditFacts) => ascending(a.order, b.order);
  if (state.sort === 'inadequate')
    return shown.sort((a, b) => descending(a.share, b.share) || byTime(a, b));
  if (state.sort === 'force')
    return shown.sort((a, b) => a.forceName.localeCompare(b.forceName, 'en') || byTime(a, b));
  return shown.sort(byTime);
}

const SORT_WORDS: Readonly<Record<Sort, string>> = {
  time: 'oldest first',
  inadequate:
    'by the share graded inadequate, highest first (where intervals overlap, the order may be chance)',
  force: 'by force, A to Z',
};

/** Names of the filters set, for the status line: "England, reviews, 2022". */
export interface FilterNames {
  readonly year?: string;
  readonly nation?: string;
  readonly kind?: string;
  readonly scale?: string;
  readonly force?: string;
}

/**
 * The status line after a change, read out to screen readers: how many audits are shown, which
 * filters are set, the order, and the highlighted force's audits among those shown.
 */
export function nationalStatus(
  state: NationalState,
  shown: readonly AuditFacts[],
  total: number,
  names: FilterNames,
): string {
  const set = [names.nation, names.kind, names.scale, names.year].filter(
    (x): x is string => x !== undefined,
  );
  const audits = (n: number) => `${String(n)} ${n === 1 ? 'audit' : 'audits'}`;
  const showing =
    set.length === 0
      ? `Showing all ${audits(total)}`
      : `Showing ${String(shown.length)} of ${audits(total)} (${set.join(', ')})`;
  let text = `${showing}, ${SORT_WORDS[state.sort]}.`;
  if (state.force !== null && names.force !== undefined) {
    const own = shown.filter((a) => a.force === state.force).length;
    text +=
      own === 0
        ? ` ${names.force} is highlighted, but none of its audits matches these filters.`
        : ` ${names.force} is highlighted: ${audits(own)} shown.`;
  }
  return text;
}
