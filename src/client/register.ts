// Progressive enhancement for the register (src/components/RegisterTable.astro). Without it a
// page shows its rows sorted by due date, judged as of the build, with links to the other pages.
// With it: the page fetches every row of its register (register.ndjson, so the HTML never carries
// them twice), then offers filters and sort buttons over all of them, turns pages in place, keeps
// the view in the address, announces the count, and re-judges every standing against the
// reader's today with the build's own code (status.ts). Only one page of rows is ever in the
// document, so a filter or sort lays out at most that many.
import { formatDate } from '../domain/dates.ts';
import { load, pause, type Loaded } from './register-load.ts';
import {
  parseRegisterState,
  serialiseRegisterState,
  type RegisterState,
  type SortKey,
} from './register-filter.ts';
import { pageCountText, pageOf, pagePath, parsePage, withPage } from './register-pages.ts';
import { renderRow, type RowData } from './register-row.ts';

const BASE = import.meta.env.BASE_URL;

/** The parts of the page the script reads and writes. */
interface Parts {
  readonly root: HTMLElement;
  readonly body: HTMLElement;
  readonly count: HTMLElement;
  readonly empty: HTMLElement;
  readonly controls: HTMLElement;
  readonly nav: HTMLElement | null;
  readonly headers: readonly HTMLElement[];
  readonly selects: readonly HTMLSelectElement[];
  readonly overdue: HTMLInputElement | null;
}

function partsOf(root: HTMLElement): Parts | null {
  const q = <E extends Element>(selector: string) => root.querySelector<E>(selector);
  const body = q<HTMLElement>('[data-register-body]');
  const count = q<HTMLElement>('[data-register-count]');
  const empty = q<HTMLElement>('[data-register-empty]');
  const controls = q<HTMLElement>('[data-register-controls]');
  if (!body || !count || !empty || !controls) return null;
  return {
    root,
    body,
    count,
    empty,
    controls,
    nav: q<HTMLElement>('[data-register-pages]'),
    headers: Array.from(root.querySelectorAll<HTMLElement>('th[data-sort-key]')),
    selects: Array.from(root.querySelectorAll<HTMLSelectElement>('select[data-filter]')),
    overdue: q<HTMLInputElement>('input[data-filter="overdue"]'),
  };
}

/** Turns a column header's text into a button that sorts by it. */
function sortButton(th: HTMLElement): HTMLButtonElement {
  const button = document.createElement('button');
  button.className = 'sort-button';
  button.type = 'button';
  const icon = document.createElement('span');
  icon.className = 'sort-icon';
  icon.setAttribute('aria-hidden', 'true');
  button.append(...Array.from(th.childNodes), icon);
  th.append(button);
  return button;
}

/** The view's address: a page's own path while nothing is filtered or re-sorted. */
function addressOf(first: string, state: RegisterState, page: number): string {
  const query = serialiseRegisterState(state, location.search);
  return query === '' ? pagePath(first, page) : `${first}${withPage(query, page)}`;
}

/** The page links for `pages` pages, the current one marked. */
function pageLinks(
  nav: HTMLElement,
  first: string,
  state: RegisterState,
  page: number,
  pages: number,
) {
  nav.hidden = pages === 1;
  const list = nav.querySelector('ul');
  if (!list) return;
  list.replaceChildren(
    ...Array.from({ length: pages }, (_, i) => {
      const n = i + 1;
      const a = document.createElement('a');
      a.href = addressOf(first, state, n);
      a.dataset['page'] = String(n);
      a.textContent = String(n);
      a.setAttribute('aria-label', `Page ${String(n)}${n === page ? ', this page' : ''}`);
      if (n === page) a.setAttribute('aria-current', 'page');
      const li = document.createElement('li');
      li.append(a);
      return li;
    }),
  );
}

/** Shows the page of rows a state selects, and sets the controls to match; returns the page. */
function render(
  parts: Parts,
  rows: readonly RowData[],
  state: RegisterState,
  page: number,
  first: string,
): number {
  const p = pageOf(rows, state, page);
  parts.body.replaceChildren(...p.rows.map((r) => renderRow(document, BASE, r)));
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
  const text = pageCountText(p, rows.length);
  if (parts.count.textContent.trim() !== text) parts.count.textContent = text;
  parts.empty.hidden = p.matching > 0;
  if (parts.nav) pageLinks(parts.nav, first, state, p.page, p.pages);
  return p.page;
}

/** The rows to show, and the note of what the re-check against today changed. */
function recheck(root: HTMLElement, loaded: Loaded): { rows: readonly RowData[]; moved: boolean } {
  const { file, today, judged } = loaded;
  const note = root.ownerDocument.querySelector<HTMLElement>('[data-register-recheck]');
  const asOf = formatDate(file.asOf);
  if (judged === null) {
    if (note) {
      note.textContent = `Your device’s date, ${formatDate(today)}, is before ${asOf}, so the standings are as of ${asOf}.`;
      note.hidden = false;
    }
    return { rows: file.rows, moved: false };
  }
  const changed = judged.filter((r, i) => r.standing !== file.rows[i]?.standing).length;
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
  // A status can move without the standing, when an update is dated after the build.
  const moved = changed > 0 || judged.some((r, i) => r.status !== file.rows[i]?.status);
  return { rows: judged, moved };
}

function enhance(parts: Parts, loaded: Loaded): void {
  const { root } = parts;
  const first = root.dataset['registerFirstPage'] ?? location.pathname;
  const served = Number(root.dataset['registerPage']) || 1;
  const valuesOf = (name: string): string[] =>
    Array.from(
      parts.selects.find((s) => s.dataset['filter'] === name)?.options ?? [],
      (o) => o.value,
    ).filter((v) => v !== '');
  const options = {
    forces: valuesOf('force'),
    statuses: valuesOf('status'),
    timescales: valuesOf('timescale'),
  };
  let state = parseRegisterState(location.search, options);
  let page = parsePage(location.search, served);
  const { rows, moved } = recheck(root, loaded);

  const update = (next: RegisterState, nextPage: number): void => {
    state = next;
    page = render(parts, rows, state, nextPage, first);
    history.replaceState(history.state, '', `${addressOf(first, state, page)}${location.hash}`);
  };
  for (const th of parts.headers) {
    sortButton(th).addEventListener('click', () => {
      const key = th.dataset['sortKey'] as SortKey;
      const again = state.sort === key;
      const direction =
        again && state.direction === 'ascending' ? 'descending' : ('ascending' as const);
      update({ ...state, sort: key, direction }, 1);
    });
  }
  for (const select of parts.selects) {
    select.addEventListener('change', () => {
      const name = select.dataset['filter'] ?? '';
      update({ ...state, [name]: select.value === '' ? null : select.value }, 1);
    });
  }
  parts.overdue?.addEventListener('change', () => {
    update({ ...state, overdue: parts.overdue?.checked ?? false }, 1);
  });
  root.querySelector('[data-register-reset]')?.addEventListener('click', () => {
    update({ ...state, force: null, status: null, timescale: null, overdue: false }, 1);
  });
  parts.nav?.addEventListener('click', (e) => {
    const a = e.target instanceof Element ? e.target.closest<HTMLElement>('a[data-page]') : null;
    if (!a) return;
    e.preventDefault();
    update(state, Number(a.dataset['page']));
    parts.count.scrollIntoView({ block: 'start' });
  });

  parts.controls.hidden = false;
  const asServed =
    !moved &&
    page === served &&
    // The default view leaves no trace in the address.
    serialiseRegisterState(state) === '';
  // The page's own rows are already drawn as they stand; anything else is drawn now.
  if (!asServed) page = render(parts, rows, state, page, first);
  else if (parts.nav) pageLinks(parts.nav, first, state, page, pageOf(rows, state, page).pages);
}

const root = document.querySelector<HTMLElement>('[data-register]');
const parts = root ? partsOf(root) : null;
const src = root?.dataset['registerSrc'];
if (parts && src) {
  performance.mark('register:start');
  load(src)
    .then(async (loaded) => {
      performance.mark('register:loaded');
      await pause();
      enhance(parts, loaded);
      performance.mark('register:ready');
    })
    // Without the rows the page stays as built: its own rows, complete, and links to the others.
    .catch(() => undefined);
}
