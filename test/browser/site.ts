// Shared helpers for the browser tests: finding the built pages, watching a page for errors and
// outside requests, and running axe-core.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { AxeResults, Result, RunOptions } from 'axe-core';
import type { BrowserContext, Page } from 'playwright-core';
import { builtPaths } from '../../scripts/site/index-files.ts';

/** The built site; SITE_DIST points the tests at a copy, e.g. while dist/ is being rebuilt. */
export const DIST = resolve(process.env['SITE_DIST'] ?? join(import.meta.dirname, '../../dist'));

/** Pages that must exist whatever else the data adds. */
export const EXPECTED_PAGES: readonly string[] = [
  '/',
  '/inspections/gwent-2019/',
  '/inspections/gwent-2020-review/',
  '/inspections/dorset-2021/',
  '/inspections/dorset-2022-review/',
  '/forces/gwent/',
  '/forces/dorset/',
  '/methodology/',
  '/data/',
  '/accessibility/',
];

/**
 * Every built page as a URL path, found by walking dist/ for index.html, so pages for new
 * forces and inspections are covered without editing the tests. Synchronous because test
 * names are generated at collection time.
 */
export function builtPages(dir = DIST): string[] {
  // The sitemap's own walk, so the tests and the sitemap list the same pages.
  return existsSync(dir) ? builtPaths(dir) : [];
}

/** The "not found" page, which hosts serve for any missing address; not an index.html. */
export const NOT_FOUND_PAGE = '/404.html';

/** The built HTML of a page (a directory path, or a file such as /404.html), for assertions that should not depend on a browser. */
export function builtHtml(path: string): string {
  const parts = path.split('/').filter(Boolean);
  const file = path.endsWith('.html') ? join(DIST, ...parts) : join(DIST, ...parts, 'index.html');
  return readFileSync(file, 'utf8');
}

export interface PageWatch {
  /** Every URL the page requested, in order. */
  readonly requests: string[];
  /**
   * Console errors, page errors, failed requests, HTTP errors and outside requests, as seen so
   * far. Requests the browser gave up on (`net::ERR_ABORTED`) are not here yet: read
   * `problemsOf(watch)` to have them judged.
   */
  readonly problems: string[];
  /** Same-site URLs whose request the browser aborted, to be judged by `problemsOf`. */
  readonly aborted: string[];
}

/** `data:`, `blob:` and `about:` URLs never leave the machine, so they count as same-site. */
function isLocal(url: string, host: string): boolean {
  const u = new URL(url);
  if (u.protocol === 'data:' || u.protocol === 'blob:' || u.protocol === 'about:') return true;
  return u.protocol === 'http:' && u.host === host;
}

/**
 * Records everything that would make a page broken or leaky. Listens on the context so that
 * requests from workers or a reload are seen too.
 *
 * Chromium aborts requests still in flight when a page navigates or closes (the favicon, most
 * often, on a busy machine), and reports them as `net::ERR_ABORTED` with no response. Such an
 * abort says nothing about the site, so it is set aside and judged later by `problemsOf`, which
 * asks the server for the same URL: an aborted request for a file that exists is the test moving
 * on, one for a file that is missing is still a failure. Every other failure (a refused
 * connection, a reset, a blocked request) and every HTTP error is a problem at once.
 */
export function watch(context: BrowserContext, page: Page, host: string): PageWatch {
  const w: PageWatch = { requests: [], problems: [], aborted: [] };
  context.on('request', (r) => {
    w.requests.push(r.url());
    if (!isLocal(r.url(), host)) w.problems.push(`request left the site: ${r.url()}`);
  });
  context.on('requestfailed', (r) => {
    const error = r.failure()?.errorText ?? 'unknown';
    if (error === 'net::ERR_ABORTED' && isLocal(r.url(), host)) w.aborted.push(r.url());
    else w.problems.push(`request failed: ${r.url()} (${error})`);
  });
  context.on('response', (r) => {
    if (r.status() >= 400) w.problems.push(`HTTP ${String(r.status())}: ${r.url()}`);
  });
  page.on('console', (m) => {
    if (m.type() === 'error') w.problems.push(`console error: ${m.text()} @ ${m.location().url}`);
  });
  page.on('pageerror', (e) => {
    w.problems.push(`page error: ${e.message}`);
  });
  return w;
}

/**
 * Every problem the page had, with each aborted request judged by asking the server for the
 * same URL: one that the server cannot serve (a missing favicon, say) is a problem; one that it
 * serves was only given up on by the browser. `data:`, `blob:` and `about:` aborts are dropped.
 */
export async function problemsOf(w: PageWatch): Promise<string[]> {
  const judged = await Promise.all(
    [...new Set(w.aborted)].map(async (url) => {
      if (!url.startsWith('http:')) return null;
      const response = await fetch(url, { method: 'HEAD' }).catch((e: unknown) => e as Error);
      if (response instanceof Error) return `request failed: ${url} (${response.message})`;
      return response.ok
        ? null
        : `request failed: ${url} (aborted, and the server answers HTTP ${String(response.status)})`;
    }),
  );
  return [...w.problems, ...judged.filter((p) => p !== null)];
}

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

const AXE_OPTIONS: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  resultTypes: ['violations'],
};

/** The window of a page into which axe.min.js has been injected. */
interface AxeWindow {
  readonly axe: { run(context: Document, options: RunOptions): Promise<AxeResults> };
}

/** Runs axe-core in the page and returns its violations. */
export async function axeViolations(page: Page): Promise<Result[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const results = await page.evaluate(
    // The function runs in the page, where axe.min.js has just defined window.axe.
    (options) => (window as unknown as AxeWindow).axe.run(document, options),
    AXE_OPTIONS,
  );
  return results.violations;
}

/** A violation list a person can act on: rule, what to do, and where. */
export function describeViolations(violations: readonly Result[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 8)
        .map(
          (n) =>
            `    at ${n.target.join(' ')}${n.failureSummary ? `: ${oneLine(n.failureSummary)}` : ''}`,
        )
        .join('\n');
      const more = v.nodes.length > 8 ? `\n    … and ${String(v.nodes.length - 8)} more` : '';
      return `  ${v.id} [${v.impact ?? 'n/a'}] ${v.help} (${v.helpUrl})\n${nodes}${more}`;
    })
    .join('\n');
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Visible text with white space collapsed, so wording checks ignore line wrapping. */
export async function pageText(page: Page, selector = 'body'): Promise<string> {
  return oneLine(await page.locator(selector).first().innerText());
}

/** A table as text: its caption, column headers and rows of cell texts (header cell first). */
export interface TableText {
  readonly caption: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/**
 * Every table on the page as text. Uses textContent, not innerText, so tables hidden by the
 * chart/table switch are read too; works with JavaScript disabled in the page.
 */
export async function readTables(page: Page, scope = 'body'): Promise<TableText[]> {
  return page
    .locator(scope)
    .first()
    .evaluate((root) => {
      const text = (el: Element | null): string =>
        (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
      return Array.from(root.querySelectorAll('table')).map((t) => {
        const head = t.tHead?.rows[0];
        const bodyRows = Array.from(t.tBodies).flatMap((b) => Array.from(b.rows));
        return {
          caption: text(t.caption),
          columns: head ? Array.from(head.cells).map(text) : [],
          rows: bodyRows.map((r) => Array.from(r.cells).map(text)),
        };
      });
    });
}

/** The whole number a cell starts with ("28", "27 (82%)", "28 Sources disagree…"), else null. */
export function cellNumber(cell: string): number | null {
  const m = /^\s*(\d[\d,]*)(?!\.\d)/.exec(cell);
  return m?.[1] === undefined ? null : Number(m[1].replace(/,/g, ''));
}

function containsRun(values: readonly (number | null)[], run: readonly number[]): boolean {
  for (let i = 0; i + run.length <= values.length; i++) {
    if (run.every((v, j) => values[i + j] === v)) return true;
  }
  return false;
}

/** Whether some table has a row whose header cell matches `label` and whose cells read `run` in order. */
export function hasRow(
  tables: readonly TableText[],
  label: RegExp,
  run: readonly number[],
): boolean {
  return tables.some((t) =>
    t.rows.some((r) => label.test(r[0] ?? '') && containsRun(r.slice(1).map(cellNumber), run)),
  );
}

/** Whether some table has a column whose header matches `label` and whose cells read `run` downwards. */
export function hasColumn(
  tables: readonly TableText[],
  label: RegExp,
  run: readonly number[],
): boolean {
  return tables.some((t) =>
    t.columns.some(
      (c, j) =>
        label.test(c) &&
        containsRun(
          t.rows.map((r) => cellNumber(r[j] ?? '')),
          run,
        ),
    ),
  );
}

/** Tables as readable text, for assertion messages. */
export function describeTables(tables: readonly TableText[]): string {
  return tables
    .map(
      (t) =>
        `  [${t.caption}]\n    ${t.columns.join(' | ')}\n${t.rows.map((r) => `    ${r.join(' | ')}`).join('\n')}`,
    )
    .join('\n');
}

/** Presses Tab until the focused element matches `selector`; false if it never does. */
export async function tabTo(page: Page, selector: string, maxPresses = 400): Promise<boolean> {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) {
      return true;
    }
  }
  return false;
}
