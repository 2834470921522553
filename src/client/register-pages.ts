// The register in pages: which rows of the filtered, sorted register a page shows, how the count
// says so, and the page in the address. Pure, for the page's script and its tests.
import { format } from 'd3-format';
import { selectRows, type RegisterState, type ViewRow } from './register-filter.ts';

/** Rows a page of the national register holds: enough to scan, few enough to lay out at once. */
export const PAGE_SIZE = 50;

/** One page of the rows a state selects. */
export interface RegisterPage<R> {
  readonly rows: readonly R[];
  /** 1-based, within 1..pages. */
  readonly page: number;
  readonly pages: number;
  /** How many rows pass the filters, on every page. */
  readonly matching: number;
  /** 1-based position of the page's first row among the matching rows (0 when none match). */
  readonly first: number;
}

/** The rows a state selects, sorted, cut to page `page` (moved within range if it is not). */
export function pageOf<R extends ViewRow>(
  rows: readonly R[],
  state: RegisterState,
  page: number,
  size = PAGE_SIZE,
): RegisterPage<R> {
  const selected = selectRows(rows, state);
  const pages = Math.max(1, Math.ceil(selected.length / size));
  const at = Math.min(Math.max(1, Math.floor(page) || 1), pages);
  const start = (at - 1) * size;
  return {
    rows: selected.slice(start, start + size),
    page: at,
    pages,
    matching: selected.length,
    first: selected.length === 0 ? 0 : start + 1,
  };
}

// d3's formatter, not toLocaleString: the page's script need not load the browser's locale data.
const number = format(',');

/** "Showing 9 of 14 items", or "Showing all 14 items" when nothing is filtered out. */
export function countText(shown: number, total: number): string {
  const items = total === 1 ? 'item' : 'items';
  return shown === total
    ? `Showing all ${number(total)} ${items}`
    : `Showing ${number(shown)} of ${number(total)} ${items}`;
}

/**
 * "Showing all 14 items", "Showing 9 of 14 items", or with pages "Showing 101 to 200 of 1,548
 * items (page 2 of 16)"; "of 1,548 items" is every item, "matching" ones when filtered.
 */
export function pageCountText(p: RegisterPage<unknown>, total: number): string {
  if (p.pages === 1) return countText(p.matching, total);
  const items = total === 1 ? 'item' : 'items';
  const last = p.first + p.rows.length - 1;
  const of =
    p.matching === total
      ? `${number(total)} ${items}`
      : `${number(p.matching)} matching of ${number(total)} ${items}`;
  return `Showing ${number(p.first)} to ${number(last)} of ${of} (page ${String(p.page)} of ${String(p.pages)})`;
}

/** The page in a query string (`?page=3`), or `fallback` when it names none or nonsense. */
export function parsePage(search: string, fallback: number): number {
  const n = Number(new URLSearchParams(search).get('page'));
  return Number.isInteger(n) && n >= 1 ? n : fallback;
}

/** A query string with the page set (left out for page 1); other parameters kept. */
export function withPage(query: string, page: number): string {
  const params = new URLSearchParams(query);
  params.delete('page');
  if (page > 1) params.set('page', String(page));
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** The path of a static page of a register whose first page is at `base` (`/recommendations/`). */
export const pagePath = (base: string, page: number): string =>
  page <= 1 ? base : `${base}page/${String(page)}/`;
