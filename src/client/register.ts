// Progressive enhancement for the register (src/components/RegisterTable.astro). Without it the
// whole table shows, sorted by due date, judged as of the build. With it: filters, sort buttons
// in the column headers, the view kept in the address, a count announced to screen readers, and
// every standing re-judged against the reader's today with the build's own code (status.ts).
import { dayNumber, formatDate, todayIn, type DayDate } from '../domain/dates.ts';
import { statusOn } from '../domain/status.ts';
import { standingLabel, statusLabel } from '../text/labels.ts';
import {
  countText,
  parseRegisterState,
  rejudge,
  serialiseRegisterState,
  sortRows,
  matches,
  updateByline,
  type RegisterState,
  type SortKey,
  type ViewRow,
  type ViewUpdate,
} from './register-filter.ts';

// Deadlines are in England and Wales, so "today" is today there, whatever the device's zone.
const TIME_ZONE = 'Europe/London';

const root = document.querySelector<HTMLElement>('[data-register]');
const dataElement = document.getElementById('register-data');
if (root && dataElement) enhance(root, JSON.parse(dataElement.textContent) as RegisterData);

interface RegisterData {
  readonly asOf: DayDate;
  readonly rows: readonly ViewRow[];
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string | null,
  text: string,
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  e.textContent = text;
  return e;
}

function statusCell(latest: ViewUpdate | null): Node[] {
  if (!latest) return [el('span', 'not-published', statusLabel('none'))];
  return [
    el('strong', null, statusLabel(latest.status)),
    document.createTextNode(' '),
    el('span', 'register-note', updateByline(latest)),
  ];
}

/** Turns a column header's text into a button that sorts by it. */
function sortButton(th: HTMLElement): HTMLButtonElement {
  const button = el('button', 'sort-button', '');
  button.type = 'button';
  button.append(...Array.from(th.childNodes), el('span', 'sort-icon', ''));
  button.lastElementChild?.setAttribute('aria-hidden', 'true');
  th.append(button);
  return button;
}

/** The page's parts that show the state. */
interface Parts {
  readonly body: HTMLElement;
  readonly count: HTMLElement;
  readonly empty: HTMLElement;
  readonly headers: readonly HTMLElement[];
  readonly selects: readonly HTMLSelectElement[];
  readonly overdue: HTMLInputElement | null;
}

/** Shows the rows a state selects, in its order, and sets the controls to match it. */
function show(
  parts: Parts,
  rowElements: ReadonlyMap<string, HTMLElement>,
  rows: readonly ViewRow[],
  state: RegisterState,
): void {
  // Every row stays in the table in sorted order; filtered-out rows are only hidden.
  let shown = 0;
  for (const r of sortRows(rows, state.sort, state.direction)) {
    const tr = rowElements.get(r.key);
    if (!tr) continue;
    const visible = matches(r, state);
    tr.hidden = !visible;
    if (visible) shown += 1;
    parts.body.append(tr);
  }
  for (const th of parts.headers) {
    if (th.dataset['sortKey'] === state.sort) th.setAttribute('aria-sort', state.direction);
    else th.removeAttribute('aria-sort');
  }
  for (const select of parts.selects) {
    const name = select.dataset['filter'];
    const value =
      name === 'force' ? state.force : name === 'status' ? state.status : state.timescale;
    select.value = value ?? '';
  }
  if (parts.overdue) parts.overdue.checked = state.overdue;
  const text = countText(shown, rows.length);
  if (parts.count.textContent.trim() !== text) parts.count.textContent = text;
  parts.empty.hidden = shown > 0;
}

function enhance(root: HTMLElement, data: RegisterData): void {
  const body = root.querySelector<HTMLElement>('[data-register-body]');
  const count = root.querySelector<HTMLElement>('[data-register-count]');
  const empty = root.querySelector<HTMLElement>('[data-register-empty]');
  const controls = root.querySelector<HTMLElement>('[data-register-controls]');
  if (!body || !count || !empty || !controls) return;
  const rowElements = new Map<string, HTMLElement>();
  for (const tr of body.querySelectorAll<HTMLElement>('tr[data-key]')) {
    rowElements.set(tr.dataset['key'] ?? '', tr);
  }

  const rows = recheck(root, data, rowElements);

  const selects = Array.from(root.querySelectorAll<HTMLSelectElement>('select[data-filter]'));
  const overdue = root.querySelector<HTMLInputElement>('input[data-filter="overdue"]');
  const valuesOf = (name: string): string[] =>
    Array.from(
      selects.find((s) => s.dataset['filter'] === name)?.options ?? [],
      (o) => o.value,
    ).filter((v) => v !== '');
  const options = {
    forces: valuesOf('force'),
    statuses: valuesOf('status'),
    timescales: valuesOf('timescale'),
  };
  let state: RegisterState = parseRegisterState(location.search, options);

  const headers = Array.from(root.querySelectorAll<HTMLElement>('th[data-sort-key]'));
  for (const th of headers) {
    sortButton(th).addEventListener('click', () => {
      const key = th.dataset['sortKey'] as SortKey;
      const again = state.sort === key;
      const direction =
        again && state.direction === 'ascending' ? 'descending' : ('ascending' as const);
      update({ ...state, sort: key, direction });
    });
  }

  for (const select of selects) {
    select.addEventListener('change', () => {
      const name = select.dataset['filter'] ?? '';
      const value = select.value === '' ? null : select.value;
      update({ ...state, [name]: value });
    });
  }
  overdue?.addEventListener('change', () => update({ ...state, overdue: overdue.checked }));
  root.querySelector('[data-register-reset]')?.addEventListener('click', () => {
    update({ ...state, force: null, status: null, timescale: null, overdue: false });
  });

  function update(next: RegisterState): void {
    state = next;
    apply();
    const query = serialiseRegisterState(state, location.search);
    history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
  }

  const apply = () => {
    show({ body, count, empty, headers, selects, overdue }, rowElements, rows, state);
  };

  controls.hidden = false;
  apply();
}

/**
 * Judges every row again on the reader's today and rewrites only the cells that changed. A
 * device whose date is before the build's is not trusted to move standings backwards.
 */
function recheck(
  root: HTMLElement,
  data: RegisterData,
  rowElements: ReadonlyMap<string, HTMLElement>,
): readonly ViewRow[] {
  const note = root.ownerDocument.querySelector<HTMLElement>('[data-register-recheck]');
  const today = todayIn(TIME_ZONE, new Date());
  const asOf = formatDate(data.asOf);
  if (dayNumber(today) < dayNumber(data.asOf)) {
    if (note) {
      note.textContent = `Your device’s date, ${formatDate(today)}, is before ${asOf}, so the standings are as of ${asOf}.`;
      note.hidden = false;
    }
    return data.rows;
  }
  const next = rejudge(data.rows, today);
  let changed = 0;
  next.forEach((row, i) => {
    const old = data.rows[i];
    const tr = rowElements.get(row.key);
    if (!old || !tr) return;
    const latest = statusOn(row.updates, today);
    if (latest !== statusOn(old.updates, data.asOf)) {
      tr.querySelector('[data-cell="status"]')?.replaceChildren(...statusCell(latest));
    }
    if (row.standing !== old.standing) {
      changed += 1;
      // The build's note explained the old standing, so it goes with it.
      tr.querySelector('[data-cell="standing"]')?.replaceChildren(
        el('strong', null, standingLabel(row.standing)),
      );
    }
  });
  const asOfCell = root.querySelector('[data-register-as-of]');
  if (asOfCell) asOfCell.textContent = `today, ${formatDate(today)}`;
  if (note) {
    const what =
      changed === 0
        ? 'no standing has changed since the page was built'
        : `${String(changed)} ${changed === 1 ? 'standing has' : 'standings have'} changed since the page was built`;
    note.textContent = `Re-checked against today, ${formatDate(today)}, in your browser: ${what}.`;
    note.hidden = false;
  }
  return next;
}
