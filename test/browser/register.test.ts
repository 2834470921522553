// The register of recommendations and deadlines: its Gwent rows and due dates, the wording of
// standings, filters and sorting by keyboard kept in the address, the re-check against today, a
// recommendation's own page, the CSV and iCalendar downloads, and axe on the new pages.
//
// Markup assumed (src/components/RegisterTable.astro, src/client/register.ts): rows are
// `tbody tr[data-key]` with cells named by `data-label` (`Latest status`, `Standing`); filters are
// `select[data-filter=force|status|timescale]` and `input[data-filter=overdue]`; sortable headers
// are `th[data-sort-key]` given a button by the script; the count is `[data-register-count]`.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useBrowserSite } from '../support/browser.ts';
import {
  axeViolations,
  builtHtml,
  describeViolations,
  pageText,
  tabTo,
  problemsOf,
  watch,
  type PageWatch,
} from './site.ts';

const REGISTER = '/recommendations/';
const PERMALINK = '/recommendations/gwent-2019/3/';
// The reader's today, one day after the build's as-of date (28 November 2026).
const NOW = new Date('2026-11-29T12:00:00Z');

const site = useBrowserSite();
let context: BrowserContext;
let page: Page;
let w: PageWatch;

beforeEach(async () => {
  context = await site.browser.newContext({ bypassCSP: true });
  page = await context.newPage();
  await page.clock.setFixedTime(NOW);
  w = watch(context, page, site.server.host);
});

afterEach(async () => {
  // Closed first, so a request the close aborts is judged too.
  await context.close();
  const problems = await problemsOf(w);
  expect(problems, problems.join('\n')).toEqual([]);
});

interface Row {
  readonly key: string;
  readonly hidden: boolean;
  readonly cells: readonly string[];
}

/** The register's rows in document order: key, whether hidden, and each cell's text. */
async function rows(p: Page = page): Promise<Row[]> {
  return p.locator('tbody[data-register-body] tr').evaluateAll((trs) =>
    trs.map((tr) => ({
      key: tr.getAttribute('data-key') ?? '',
      hidden: tr.hasAttribute('hidden'),
      cells: Array.from((tr as HTMLTableRowElement).cells, (c) =>
        (c.textContent ?? '').replace(/\s+/g, ' ').trim(),
      ),
    })),
  );
}

const visible = (rs: readonly Row[]): Row[] => rs.filter((r) => !r.hidden);

// Columns: force, inspection, item, timescale as written, due, latest status, standing.
const DUE = 4;
const STATUS = 5;
const STANDING = 6;

function rowOf(rs: readonly Row[], force: RegExp, item: RegExp): Row {
  const found = rs.filter((r) => force.test(r.cells[0] ?? '') && item.test(r.cells[2] ?? ''));
  expect(found, `expected one row for ${String(force)} ${String(item)}`).toHaveLength(1);
  return found[0] as Row;
}

// Read from the page, not page.url(): Playwright learns of replaceState a moment later.
const search = (): Promise<string> => page.evaluate(() => location.search);
const param = async (name: string): Promise<string | null> =>
  new URLSearchParams(await search()).get(name);
const count = async (): Promise<string> =>
  ((await page.locator('[data-register-count]').textContent()) ?? '').trim();
/** The count line for `shown` of `total` items, as the page words it. */
const showing = (shown: number, total: number): string =>
  shown === total
    ? `Showing all ${String(total)} items`
    : `Showing ${String(shown)} of ${String(total)} items`;
/** Rows of one force, so expectations hold whatever other forces the data holds. */
const ofForce = (rs: readonly Row[], name: string): Row[] => rs.filter((r) => r.cells[0] === name);
const ariaSort = (key: string): Promise<string | null> =>
  page.locator(`th[data-sort-key="${key}"]`).getAttribute('aria-sort');

/** How many items the whole register holds, as its script fetches them. */
async function registerTotal(): Promise<number> {
  const res = await context.request.get(`${site.server.origin}/recommendations/register.ndjson`);
  expect(res.status()).toBe(200);
  // A line with the as-of date, then a line per item.
  return (await res.text()).trimEnd().split('\n').length - 1;
}

async function reach(selector: string): Promise<void> {
  expect(await tabTo(page, selector), `Tab never reached ${selector}`).toBe(true);
}

async function goRegister(query = ''): Promise<void> {
  await page.goto(`${site.server.origin}${REGISTER}${query}`);
  await page.locator('[data-register-controls]:not([hidden])').waitFor();
}

describe('the register', () => {
  test('Gwent’s due dates are counted from 27 June 2019', async () => {
    await goRegister();
    const rs = await rows();
    expect(ofForce(rs, 'Gwent Police')).toHaveLength(12);
    const gwent = /^Gwent Police$/;
    expect(rowOf(rs, gwent, /commissioner publishes comments/).cells[DUE]).toBe('22 August 2019');
    expect(rowOf(rs, gwent, /updates the inspectorate/).cells[DUE]).toBe('8 August 2019');
    expect(rowOf(rs, gwent, /action plan/).cells[DUE]).toBe('8 August 2019');
    for (const n of [1, 3, 4, 5, 6, 7]) {
      // The item cell names it, then says what it is about.
      const r = rowOf(rs, gwent, new RegExp(`^Recommendation\\s${String(n)}\\s\\S`));
      expect(r.cells[DUE]).toBe('27 September 2019');
      expect(r.cells[3]).toBe('within three months');
    }
    expect(rowOf(rs, gwent, /^Recommendation\s8\s/).cells[2]).toMatch(
      /Children detained in custody$/,
    );
    const revisit = rowOf(rs, gwent, /inspectorate revisits/);
    expect(revisit.cells[DUE]).toBe('27 December 2019');
    expect(revisit.cells[STATUS]).toMatch(/^Completed January 2020, reported by the inspectorate/);
    expect(revisit.cells[STANDING]).toMatch(/^Met late /);
    expect(revisit.cells[STANDING]).toContain(
      'The review’s fieldwork in January 2020 came after the due date of 27 December 2019.',
    );
  });

  test('says what its words mean, its as-of date, and that it re-checked against today', async () => {
    await goRegister();
    const text = await pageText(page, 'main');
    expect(text).toContain('Standings are as of 28 November 2026');
    expect(text).toContain(
      'The due date has passed and no published source says it was met. It does not mean nothing was done',
    );
    expect(text).toContain(
      'Progress not assessed A source reported on it without saying where it stands.',
    );
    expect(text).toContain(
      'Re-checked against today, 29 November 2026, in your browser: no standing has changed since the page was built.',
    );
    const rs = await rows();
    const none = rowOf(rs, /^Dorset Police$/, /commissioner publishes comments/);
    expect(none.cells[STATUS]).toBe('No update published');
    expect(none.cells[STANDING]).toBe('Overdue');
    expect(await count()).toBe(showing(rs.length, rs.length));
    expect(await page.locator('[data-register-count]').getAttribute('role')).toBe('status');
  });

  test('a device dated before the build does not move standings backwards', async () => {
    await page.clock.setFixedTime(new Date('2019-07-01T12:00:00Z'));
    await goRegister();
    expect(await pageText(page, 'main')).toContain(
      'Your device’s date, 1 July 2019, is before 28 November 2026, so the standings are as of 28 November 2026.',
    );
    const revisit = rowOf(await rows(), /^Gwent Police$/, /inspectorate revisits/);
    expect(revisit.cells[STANDING]).toMatch(/^Met late /);
  });

  test('without JavaScript the whole table shows, sorted by due date', async () => {
    const noJs = await site.browser.newContext({ javaScriptEnabled: false });
    try {
      const p = await noJs.newPage();
      await p.goto(`${site.server.origin}${REGISTER}?force=dorset&sort=force`);
      const rs = await rows(p);
      expect(visible(rs)).toHaveLength(rs.length);
      expect(ofForce(rs, 'Dorset Police').length).toBeGreaterThan(0);
      expect(await p.locator('[data-register-controls]').isHidden()).toBe(true);
      expect(await p.locator('th[data-sort-key="due"]').getAttribute('aria-sort')).toBe(
        'ascending',
      );
      expect(await p.locator('th button').count()).toBe(0);
      const order = rs.map((r) => Date.parse(r.cells[DUE] ?? ''));
      expect(order).toEqual([...order].sort((a, b) => a - b));
    } finally {
      await noJs.close();
    }
  });

  test('filters work by keyboard, are announced, and survive a reload', async () => {
    await goRegister();
    const all = await rows();
    const total = all.length;
    const gwent = ofForce(all, 'Gwent Police');
    const gwentOverdue = gwent.filter((r) => r.cells[STANDING] === 'Overdue');
    // 8 recommendations and the commissioner's comments; the update and action plan, whose
    // outcome is never published, stand as "No public record".
    expect(gwentOverdue).toHaveLength(9);
    expect(gwent.filter((r) => r.cells[STANDING] === 'No public record')).toHaveLength(2);
    await reach('select[data-filter="force"]');
    // Typing a force's name picks it, as a keyboard user would, whichever forces come before it.
    await page.keyboard.type('Gwent');
    expect(await page.locator('select[data-filter="force"]').inputValue()).toBe('gwent');
    expect(await param('force')).toBe('gwent');
    expect(await count()).toBe(showing(gwent.length, total));

    await reach('input[data-filter="overdue"]');
    await page.keyboard.press('Space');
    expect(await param('overdue')).toBe('yes');
    expect(await count()).toBe(showing(gwentOverdue.length, total));
    const shown = visible(await rows());
    expect(
      shown.every((r) => r.cells[0] === 'Gwent Police' && r.cells[STANDING] === 'Overdue'),
    ).toBe(true);

    await page.reload();
    await page.locator('[data-register-controls]:not([hidden])').waitFor();
    expect(await page.locator('select[data-filter="force"]').inputValue()).toBe('gwent');
    expect(await page.locator('input[data-filter="overdue"]').isChecked()).toBe(true);
    expect(await count()).toBe(showing(gwentOverdue.length, total));
    expect(visible(await rows())).toHaveLength(gwentOverdue.length);

    await reach('select[data-filter="timescale"]');
    await page.keyboard.press('ArrowDown');
    expect(await param('timescale')).toBe('immediately');
    expect(await count()).toBe(
      showing(gwentOverdue.filter((r) => r.cells[3] === 'immediately').length, total),
    );

    await reach('[data-register-reset]');
    await page.keyboard.press('Enter');
    expect(await count()).toBe(showing(total, total));
    expect(await search()).toBe('');
  });

  test('the address in the brief opens the view it describes', async () => {
    await goRegister('?force=gwent&overdue=yes&sort=due');
    const rs = await rows();
    expect(rs).toHaveLength(9);
    expect(await count()).toBe(showing(9, await registerTotal()));
    expect(visible(rs).every((r) => r.cells[0] === 'Gwent Police')).toBe(true);
    expect(await ariaSort('due')).toBe('ascending');
  });

  test('columns sort by keyboard with aria-sort, visible focus, and survive a reload', async () => {
    await goRegister();
    expect(await ariaSort('due')).toBe('ascending');
    const names = [...new Set((await rows()).map((r) => r.cells[0] ?? ''))].sort((a, b) =>
      a.localeCompare(b, 'en-GB'),
    );
    await reach('th[data-sort-key="force"] button');
    const focus = await page.evaluate(() => {
      const s = getComputedStyle(document.activeElement as Element);
      return { outline: s.outlineStyle, shadow: s.boxShadow, background: s.backgroundColor };
    });
    expect(focus.shadow, 'the focused sort button shows no focus indicator').not.toBe('none');

    await page.keyboard.press('Enter');
    expect(await ariaSort('force')).toBe('ascending');
    expect(await ariaSort('due')).toBeNull();
    expect(await param('sort')).toBe('force');
    expect((await rows())[0]?.cells[0]).toBe(names[0]);

    await page.keyboard.press('Space');
    expect(await ariaSort('force')).toBe('descending');
    expect(await param('dir')).toBe('desc');
    const descending = await rows();
    expect(descending[0]?.cells[0]).toBe(names.at(-1));
    // Ties keep due-date order: within each force, due dates ascend.
    const gwentDue = ofForce(descending, 'Gwent Police').map((r) => r.cells[DUE]);
    expect(gwentDue[0]).toBe('27 June 2019');

    await page.reload();
    await page.locator('[data-register-controls]:not([hidden])').waitFor();
    expect(await ariaSort('force')).toBe('descending');
    expect((await rows()).map((r) => r.key)).toEqual(descending.map((r) => r.key));

    await reach('th[data-sort-key="standing"] button');
    await page.keyboard.press('Enter');
    expect(await ariaSort('standing')).toBe('ascending');
    const byStanding = await rows();
    expect(byStanding[0]?.cells[STANDING]).toBe('Overdue');
    expect(byStanding.at(-1)?.cells[STANDING]).toMatch(/^Met late/);
  });

  test('the script draws rows exactly as the build drew them, and shows no page links for one page', async () => {
    await goRegister();
    const built = /<tbody data-register-body>(.*?)<\/tbody>/s.exec(builtHtml(REGISTER))?.[1];
    expect(built).toBeTruthy();
    // Sorted by force and back by due date, every row is drawn anew by the script.
    await page.locator('th[data-sort-key="force"] button').click();
    await page.locator('th[data-sort-key="due"] button').click();
    expect(await ariaSort('due')).toBe('ascending');
    const same = await page.locator('tbody[data-register-body]').evaluate((body, html) => {
      const t = document.createElement('tbody');
      t.innerHTML = html ?? '';
      return t.innerHTML === body.innerHTML;
    }, built);
    expect(same).toBe(true);
    expect(await page.locator('[data-register-pages]').isHidden()).toBe(true);
  });

  test('a force’s own register lists its items only, and filters them', async () => {
    await page.goto(`${site.server.origin}/forces/gwent/recommendations/`);
    await page.locator('[data-register-controls]:not([hidden])').waitFor();
    const rs = await rows();
    expect(rs).toHaveLength(12);
    expect(rs.every((r) => r.cells[0] === 'Gwent Police')).toBe(true);
    const forces = await page
      .locator('select[data-filter="force"] option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(forces).toEqual(['', 'gwent']);
    await page.locator('input[data-filter="overdue"]').check();
    expect(await count()).toBe(showing(9, 12));
    expect(await search()).toBe('?overdue=yes');
  });

  test('links each recommendation to its own page, which shows its history', async () => {
    await goRegister();
    const link = page.locator('tr[data-key="gwent-2019-recommendation-3"] th a');
    expect(await link.getAttribute('href')).toBe(PERMALINK);
    await link.click();
    await page.waitForURL(`**${PERMALINK}`);
    expect(await page.locator('h1').textContent()).toBe('Recommendation 3');
    const text = await pageText(page, 'main');
    expect(text).toContain(
      'Gwent Police: national child protection inspection published 27 June 2019',
    );
    expect(text).toContain('improves practice in cases of children who go missing from home');
    // The report's "• " lines are a list.
    expect(await page.locator('main blockquote li').count()).toBe(3);
    expect(text).toContain('Due 27 September 2019');
    expect(text).toContain('Timescale as written within three months');
    expect(text).toContain('Standing as of 28 November 2026 Overdue');
    const history = page.locator('table', { hasText: 'Published updates on recommendation 3' });
    const cells = await history.locator('tbody tr').first().locator('th, td').allTextContents();
    expect(cells.map((c) => c.replace(/\s+/g, ' ').trim())).toEqual([
      'July 2020',
      'Progress not assessed',
      'The inspectorate’s post-inspection review',
      expect.stringContaining('gives no judgement on each recommendation') as unknown as string,
      expect.stringMatching(/, Release$/) as unknown as string,
    ]);
    expect(await history.locator('tbody tr td a').getAttribute('href')).toMatch(/^https:\/\//);
  });
});

describe('downloads', () => {
  async function links(path: string): Promise<{ href: string; text: string }[]> {
    await page.goto(site.server.origin + path);
    return page.locator('a[href$="register.csv"], a[href$="deadlines.ics"]').evaluateAll((as) =>
      as.map((a) => ({
        href: a.getAttribute('href') ?? '',
        text: (a.textContent ?? '').replace(/\s+/g, ' ').trim(),
      })),
    );
  }

  test('the register and the data page link the CSV and each force’s calendar, with type and size', async () => {
    for (const path of [REGISTER, '/data/']) {
      const found = await links(path);
      const csv = found.filter((l) => l.href === '/recommendations/register.csv');
      expect(csv, path).toHaveLength(1);
      expect(csv[0]?.text).toMatch(/\(CSV, \d+(\.\d)? KB\)$/);
      const gwent = found.filter((l) => l.href === '/forces/gwent/deadlines.ics');
      expect(gwent, path).toHaveLength(1);
      expect(gwent[0]?.text).toMatch(/^Gwent Police’s deadlines .*\(iCalendar, \d+(\.\d)? KB\)$/);
    }
  });

  test('the CSV is served with a header row and a data row per register row', async () => {
    const res = await context.request.get(`${site.server.origin}/recommendations/register.csv`);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toMatch(/^text\/csv/);
    const lines = (await res.text()).trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^force,force_name,inspection,item,label,subject,text,timescale,due,/);
    const registerRows = await registerTotal();
    expect(registerRows).toBeGreaterThan(0);
    expect(lines).toHaveLength(registerRows + 1);
    expect(lines.filter((l) => l.startsWith('gwent,'))).toHaveLength(12);
  });

  test('the Gwent calendar has a VEVENT for each of its deadlines in the register', async () => {
    await goRegister('?force=gwent');
    const gwentRows = visible(await rows());
    expect(gwentRows).toHaveLength(12);
    const res = await context.request.get(`${site.server.origin}/forces/gwent/deadlines.ics`);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toMatch(/^text\/calendar/);
    const ics = await res.text();
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.match(/^BEGIN:VEVENT\r$/gm)).toHaveLength(gwentRows.length);
    for (const r of gwentRows) {
      expect(ics).toContain(`UID:${r.key}@child-protection-findings\r\n`);
    }
    for (const day of ['20190627', '20190808', '20190822', '20190927', '20191227']) {
      expect(ics).toContain(`DTSTART;VALUE=DATE:${day}`);
    }
    expect(ics).toContain('DTSTAMP:20261128T000000Z');
  });
});

describe('accessibility of the new pages in the states a reader can put them in', () => {
  const cases = [
    ['the register, filtered and sorted', `${REGISTER}?force=dorset&sort=standing&dir=desc`],
    ['the register, with nothing matching', `${REGISTER}?force=dorset&timescale=within-3-months`],
    ['a recommendation page', PERMALINK],
  ] as const;
  for (const scheme of ['light', 'dark'] as const) {
    for (const [name, path] of cases) {
      test(`axe finds no violations: ${name} (${scheme})`, async () => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(site.server.origin + path);
        const violations = await axeViolations(page);
        expect(
          violations.map((v) => v.id),
          `axe violations:\n${describeViolations(violations)}`,
        ).toEqual([]);
      });
    }
  }

  test('the empty register says so', async () => {
    await goRegister('?force=dorset&timescale=within-3-months');
    expect(await rows()).toHaveLength(0);
    expect(await count()).toBe(showing(0, await registerTotal()));
    expect(await page.locator('[data-register-empty]').isVisible()).toBe(true);
  });
});
