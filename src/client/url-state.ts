// The view a reader has chosen on a page (chart or table per card, counts or percentages, a
// focused practice area), read from and written to the address's query string so that a link
// reopens the same view. Pure: the browser script passes in `location.search` and the ids it knows.

export type View = 'chart' | 'table';
export type Units = 'count' | 'percent';

export interface ViewState {
  /** The view of each chart card on the page, by card id. */
  readonly views: Readonly<Record<string, View>>;
  readonly units: Units;
  /** The focused practice area, or null for none. */
  readonly area: string | null;
}

export const DEFAULT_VIEW: View = 'chart';
export const DEFAULT_UNITS: Units = 'count';

/** The parameters this module owns; any others in the address are kept as they are. */
export const PARAMS = ['view', 'units', 'area'] as const;

const isView = (x: string): x is View => x === 'chart' || x === 'table';

function defaultViews(cards: readonly string[]): Record<string, View> {
  return Object.fromEntries(cards.map((c) => [c, DEFAULT_VIEW]));
}

/**
 * Reads the view state from a query string ("?view=table&units=percent&area=custody").
 *
 * `view` is either one view for every card (`table`) or a comma-separated list of `card:view`
 * pairs (`areas:table,agreement:table`); cards not named keep the default. Anything unknown (a
 * card, area or value this page does not have) is ignored, so an old or edited link still opens.
 */
export function parseViewState(
  search: string,
  cards: readonly string[],
  areas: readonly string[],
): ViewState {
  const params = new URLSearchParams(search);
  const views = defaultViews(cards);
  const view = params.get('view')?.trim().toLowerCase() ?? '';
  if (isView(view)) {
    for (const c of cards) views[c] = view;
  } else if (view !== '') {
    for (const part of view.split(',')) {
      const [card = '', value = ''] = part.split(':').map((s) => s.trim());
      if (cards.includes(card) && isView(value)) views[card] = value;
    }
  }
  const unitsText = params.get('units')?.trim().toLowerCase();
  const units: Units = unitsText === 'percent' ? 'percent' : DEFAULT_UNITS;
  const areaText = params.get('area')?.trim().toLowerCase() ?? '';
  const area = areas.includes(areaText) ? areaText : null;
  return { views, units, area };
}

/**
 * Writes the view state into a query string, keeping any other parameters of `search`. Defaults
 * are left out, so the plain page has a plain address. Returns "" or a string starting with "?".
 */
export function serialiseViewState(
  state: ViewState,
  cards: readonly string[],
  search = '',
): string {
  const params = new URLSearchParams(search);
  for (const p of PARAMS) params.delete(p);

  const viewOf = (c: string): View => state.views[c] ?? DEFAULT_VIEW;
  const first = cards[0];
  const allSame = first !== undefined && cards.every((c) => viewOf(c) === viewOf(first));
  if (allSame) {
    if (viewOf(first) !== DEFAULT_VIEW) params.set('view', viewOf(first));
  } else {
    const changed = cards.filter((c) => viewOf(c) !== DEFAULT_VIEW);
    params.set('view', changed.map((c) => `${c}:${viewOf(c)}`).join(','));
  }
  if (state.units !== DEFAULT_UNITS) params.set('units', state.units);
  if (state.area !== null) params.set('area', state.area);

  // URLSearchParams escapes ":" and ","; they are safe in a query and easier to read unescaped.
  const text = params.toString().replace(/%3A/gi, ':').replace(/%2C/gi, ',');
  return text === '' ? '' : `?${text}`;
}
