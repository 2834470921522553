// The national picture's filters, order and highlighted force. Without this script every audit is
// shown in time order and the filters stay hidden. With it, a choice hides the audits that do not
// match in both the chart and its table, reorders the rows of each, outlines the chosen force's
// audits, says what is shown in a status line, and keeps the choices in the address.
import {
  NATIONAL_PARAMS,
  NO_FILTERS,
  SORTS,
  nationalStatus,
  parseNationalState,
  serialiseNationalState,
  shownAudits,
  type AuditFacts,
  type NationalChoices,
  type NationalState,
} from './national-state.ts';

type Key = (typeof NATIONAL_PARAMS)[number];

const fieldset = document.querySelector<HTMLElement>('[data-national-filters]');
const status = document.querySelector<HTMLElement>('[data-national-status]');
const selects = new Map(
  Array.from(document.querySelectorAll<HTMLSelectElement>('select[data-national-filter]')).map(
    (s) => [s.dataset['nationalFilter'] as Key, s],
  ),
);

/** One chart drawn at one width: its rows' elements by key, its axis lines and their x. */
interface DrawnChart {
  readonly svg: SVGSVGElement;
  readonly rows: Map<string, SVGElement[]>;
  readonly axes: { readonly line: SVGElement; readonly x: string }[];
}

/** One scale's card: its audits in built order, their table rows, and its charts. */
interface ScaleCard {
  readonly element: HTMLElement;
  readonly audits: AuditFacts[];
  readonly rows: Map<string, HTMLTableRowElement>;
  readonly tbody: HTMLTableSectionElement | null;
  readonly charts: DrawnChart[];
  readonly rowHeight: number;
  readonly top: number;
}

let order = 0;
const cards: ScaleCard[] = Array.from(
  document.querySelectorAll<HTMLElement>('[data-national-scale]'),
).map((element) => {
  const trs = Array.from(element.querySelectorAll<HTMLTableRowElement>('tr[data-key]'));
  const audits = trs.map((tr) => {
    const d = tr.dataset;
    return {
      key: d['key'] ?? '',
      year: d['year'] ?? '',
      nation: d['nation'] ?? '',
      kind: d['kind'] ?? '',
      scale: d['scale'] ?? '',
      force: d['force'] ?? '',
      forceName: d['forceName'] ?? '',
      share: Number(d['share']),
      order: order++,
    };
  });
  const charts = Array.from(element.querySelectorAll<SVGSVGElement>('svg')).map((svg) => {
    const rows = new Map<string, SVGElement[]>();
    for (const el of svg.querySelectorAll<SVGElement>('[data-row]')) {
      const key = el.dataset['row'] ?? '';
      rows.set(key, [...(rows.get(key) ?? []), el]);
    }
    const axes = Array.from(svg.querySelectorAll<SVGElement>('[data-axis]')).map((line) => ({
      line,
      x: /^M([\d.]+),/.exec(line.getAttribute('d') ?? '')?.[1] ?? '0',
    }));
    return { svg, rows, axes };
  });
  return {
    element,
    audits,
    rows: new Map(trs.map((tr) => [tr.dataset['key'] ?? '', tr])),
    tbody: trs[0]?.closest('tbody') ?? null,
    charts,
    rowHeight: Number(element.dataset['rowHeight']),
    top: Number(element.dataset['top']),
  };
});
const audits = cards.flatMap((c) => c.audits);

const valuesOf = (key: Key): string[] =>
  Array.from(selects.get(key)?.options ?? [])
    .map((o) => o.value)
    .filter((v) => v !== '');
const choices: NationalChoices = {
  year: valuesOf('year'),
  nation: valuesOf('nation'),
  kind: valuesOf('kind'),
  scale: valuesOf('scale'),
  force: valuesOf('force'),
};

let state: NationalState = parseNationalState(location.search, choices);

/** Moves and shows a chart's rows in the given order; rows not in it are hidden. */
function layOut(card: ScaleCard, chart: DrawnChart, keys: readonly string[]): void {
  const built = new Map(card.audits.map((a, i) => [a.key, i]));
  const at = new Map(keys.map((k, j) => [k, j]));
  for (const [key, elements] of chart.rows) {
    const j = at.get(key);
    const offset = j === undefined ? 0 : (j - (built.get(key) ?? j)) * card.rowHeight;
    const own =
      state.force !== null && card.audits.find((a) => a.key === key)?.force === state.force;
    for (const el of elements) {
      el.style.display = j === undefined ? 'none' : '';
      el.style.translate = offset === 0 ? '' : `0 ${String(offset)}px`;
      el.classList.toggle('is-highlighted', own);
    }
  }
  const bottom = card.top + keys.length * card.rowHeight;
  for (const { line, x } of chart.axes)
    line.setAttribute('d', `M${x},${String(card.top)}L${x},${String(bottom)}`);
  const height = String(Math.ceil(bottom + 2));
  const width = chart.svg.getAttribute('width') ?? '0';
  chart.svg.setAttribute('height', height);
  chart.svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
}

const ORDER_WORDS: Readonly<Record<NationalState['sort'], string>> = {
  time: 'oldest first',
  inadequate: 'highest share inadequate first',
  force: 'by force',
};

function apply(): void {
  const shown = shownAudits(audits, state);
  for (const card of cards) {
    const keys = shown.filter((a) => card.rows.has(a.key)).map((a) => a.key);
    card.element.hidden = keys.length === 0;
    const visible = new Set(keys);
    for (const [key, tr] of card.rows) {
      tr.hidden = !visible.has(key);
      const own = state.force !== null && tr.dataset['force'] === state.force;
      tr.classList.toggle('is-highlighted', own);
    }
    const inOrder = keys.flatMap((k) => card.rows.get(k) ?? []);
    card.tbody?.append(...inOrder);
    for (const chart of card.charts) layOut(card, chart, keys);
    const words = card.element.querySelector('[data-national-order]');
    if (words) words.textContent = ORDER_WORDS[state.sort];
  }
  for (const [key, select] of selects)
    select.value = key === 'sort' ? state.sort : (state[key] ?? '');
  const names: Record<string, string> = {};
  for (const [key, select] of selects) {
    if (key === 'sort' || select.value === '') continue;
    names[key] = select.selectedOptions[0]?.textContent ?? select.value;
  }
  if (status) status.textContent = nationalStatus(state, shown, audits.length, names);
}

function save(): void {
  const query = serialiseNationalState(state, location.search);
  history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
}

function readSelects(): NationalState {
  const value = (key: Key) => {
    const v = selects.get(key)?.value ?? '';
    return v === '' ? null : v;
  };
  const sort = selects.get('sort')?.value ?? 'time';
  return {
    year: value('year'),
    nation: value('nation'),
    kind: value('kind'),
    scale: value('scale'),
    sort: SORTS.find((s) => s === sort) ?? 'time',
    force: value('force'),
  };
}

if (fieldset && cards.length > 0) {
  fieldset.hidden = false;
  for (const select of selects.values())
    select.addEventListener('change', () => {
      state = readSelects();
      apply();
      save();
    });
  fieldset.querySelector('[data-national-reset]')?.addEventListener('click', () => {
    state = NO_FILTERS;
    apply();
    save();
  });
  apply();
}
