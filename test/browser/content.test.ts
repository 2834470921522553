// The pages show the reports' own numbers, in their tables, with and without JavaScript; what was
// not published is said, never shown as 0; and a page without JavaScript is complete.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useBrowserSite } from '../support/browser.ts';
import {
  cellNumber,
  describeTables,
  hasColumn,
  hasRow,
  readTables,
  type TableText,
} from './site.ts';

const GWENT = '/inspections/gwent-2019/';
const DORSET = '/inspections/dorset-2021/';

const site = useBrowserSite();

/** Text of main without the charts' own SVG text, i.e. what the HTML itself says. */
async function htmlText(page: Page): Promise<string> {
  return page.locator('main').evaluate((main) => {
    const copy = main.cloneNode(true) as Element;
    for (const svg of copy.querySelectorAll('svg')) svg.remove();
    return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
  });
}

/** Asserts the page says something, without dumping the whole page into the message. */
function expectSays(text: string, wording: RegExp): void {
  expect(
    wording.test(text),
    `the page's HTML text (outside charts) never says ${String(wording)}`,
  ).toBe(true);
}

const rowMsg = (what: string, tables: readonly TableText[]): string =>
  `${what} not found in any table:\n${describeTables(tables)}`;

describe.each([
  ['with JavaScript', true],
  ['without JavaScript', false],
] as const)('Gwent 2019 inspection page %s', (_label, javaScriptEnabled) => {
  let context: BrowserContext;
  let page: Page;
  let tables: TableText[];

  beforeAll(async () => {
    ({ context, page } = await site.open(GWENT, { javaScriptEnabled }));
    tables = await readTables(page, 'main');
  });

  afterAll(async () => {
    await context.close();
  });

  test('force-selected cases: the force graded 27 good, 6 requiring improvement, 0 inadequate of 33', () => {
    expect(hasColumn(tables, /force/i, [27, 6, 0, 33]), rowMsg('force 27/6/0 of 33', tables)).toBe(
      true,
    );
  });

  test('inspectors graded the same 33 cases 10/17/6', () => {
    const asRow = hasRow(tables, /force (chose|selected)/i, [10, 17, 6, 33]);
    const asColumn = hasColumn(tables, /inspector/i, [10, 17, 6, 33]);
    expect(asRow, rowMsg('force-selected row 10/17/6 of 33', tables)).toBe(true);
    expect(asColumn, rowMsg('inspectorate column 10/17/6 of 33', tables)).toBe(true);
  });

  test('inspectorate-selected cases 10/20/17 of 47; all 80 cases 20/37/23', () => {
    expect(hasRow(tables, /inspectorate (chose|selected)/i, [10, 20, 17, 47])).toBe(true);
    expect(
      hasRow(tables, /^all cases/i, [20, 37, 23, 80]),
      rowMsg('all 20/37/23 of 80', tables),
    ).toBe(true);
  });

  test.each([
    ['section 47', [4, 4, 2], /section 47/i],
    ['domestic abuse', [5, 4, 3], /domestic abuse/i],
    ['other incidents', [2, 6, 2], /other incidents/i],
    ['child sexual exploitation', [3, 4, 9], /sexual exploitation|\bCSE\b/i],
    ['missing children', [2, 5, 2], /missing/i],
    ['place of safety', [3, 3, 0], /place of safety|section 46/i],
    ['sex offender management', [1, 5, 3], /sex offender/i],
    ['children in custody', [0, 6, 2], /custody/i],
  ] as const)('practice area %s: %j', (name, run, label) => {
    const total = run[0] + run[1] + run[2];
    expect(hasRow(tables, label, [...run, total]), rowMsg(`area ${name}`, tables)).toBe(true);
  });

  test('the agreement range: same grade for between 4 and 16, force more favourable for at least 17', async () => {
    expect(hasRow(tables, /same/i, [4, 16]), rowMsg('same: 4 to 16', tables)).toBe(true);
    expect(
      hasRow(tables, /more favourabl/i, [17, 23]),
      rowMsg('more favourable: 17 to 23', tables),
    ).toBe(true);
    const text = await htmlText(page);
    expectSays(text, /between 4 and 16\b/);
    expectSays(text, /at least 17\b/);
  });

  test('eight recommendations: six due 27 September 2019, two immediately, due 27 June 2019', async () => {
    const items = await page.locator('main [id^="recommendation-"]').allTextContents();
    expect(items).toHaveLength(8);
    const due = items.map((t) => t.replace(/\s+/g, ' '));
    expect(due.filter((t) => t.includes('27 September 2019'))).toHaveLength(6);
    const immediate = due.filter((t) => t.includes('27 June 2019'));
    expect(immediate).toHaveLength(2);
    for (const t of immediate) expect(t).toMatch(/immediately/i);
  });

  test('milestones: PCC response 22 August 2019, update and action plan 8 August 2019, revisit 27 December 2019', () => {
    const milestone = (label: RegExp, date: string): boolean =>
      tables.some((t) => t.rows.some((r) => label.test(r[0] ?? '') && r.slice(1).includes(date)));
    const msg = rowMsg('milestone', tables);
    expect(milestone(/commissioner/i, '22 August 2019'), msg).toBe(true);
    expect(milestone(/updates? the inspectorate/i, '8 August 2019'), msg).toBe(true);
    expect(milestone(/action plan/i, '8 August 2019'), msg).toBe(true);
    expect(milestone(/revisit/i, '27 December 2019'), msg).toBe(true);
  });
});

describe('Gwent 2019 inspection page without JavaScript', () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ({ context, page } = await site.open(GWENT, { javaScriptEnabled: false }));
  });

  afterAll(async () => {
    await context.close();
  });

  test('every section, chart and table is shown', async () => {
    const sections = page.locator('main section');
    expect(await sections.count()).toBeGreaterThanOrEqual(5);
    for (const s of await sections.all()) await expect.poll(() => s.isVisible()).toBe(true);
    // A chart may be drawn twice (wide and narrow) with CSS showing one: each card needs one shown.
    const cards = page.locator('main [data-card]');
    expect(await cards.count()).toBeGreaterThanOrEqual(3);
    for (const card of await cards.all()) {
      const name = await card.getAttribute('data-card');
      const shown = card.locator('svg[role="img"]').filter({ visible: true });
      expect(await shown.count(), `chart card "${name ?? ''}" shows no chart`).toBeGreaterThan(0);
      for (const part of await card.locator('[data-view-part]').all()) {
        expect(await part.isVisible(), `a part of card "${name ?? ''}" is hidden`).toBe(true);
      }
    }
    // Tables inside a closed <details> (the pairings to step through) are one click away, by choice.
    const tables = page.locator('main table:not(details:not([open]) table)');
    expect(await tables.count()).toBeGreaterThanOrEqual(4);
    for (const t of await tables.all()) expect(await t.isVisible()).toBe(true);
    await page.locator('.agreement-steps summary').click();
    for (const t of await page.locator('.agreement-steps table').all())
      expect(await t.isVisible()).toBe(true);
  });

  test('the recommendations are shown in full', async () => {
    const items = page.locator('main [id^="recommendation-"]');
    expect(await items.count()).toBe(8);
    for (const item of await items.all()) {
      expect(await item.isVisible()).toBe(true);
      expect(await item.innerText()).toMatch(/We recommend/);
    }
  });

  test('switches that need JavaScript are not offered', async () => {
    for (const b of await page
      .locator('[data-set-view], [data-set-units], [data-focus-area]')
      .all()) {
      expect(await b.isVisible()).toBe(false);
    }
  });
});

describe('Dorset 2021 inspection page', () => {
  let context: BrowserContext;
  let page: Page;
  let tables: TableText[];

  beforeAll(async () => {
    ({ context, page } = await site.open(DORSET, { javaScriptEnabled: true }));
    tables = await readTables(page, 'main');
  });

  afterAll(async () => {
    await context.close();
  });

  test('all 83 cases: 20 good, 35 requiring improvement, 28 inadequate', () => {
    expect(hasRow(tables, /all cases/i, [20, 35, 28, 83]), rowMsg('20/35/28 of 83', tables)).toBe(
      true,
    );
  });

  test('says this site does not yet hold the practice-area breakdown, not that it was unpublished', async () => {
    // The 2021 report did grade cases by practice area; this site holds only the press totals.
    const text = await htmlText(page);
    expectSays(text, /does not yet hold a breakdown of the grades by practice area/i);
    expect(text).not.toMatch(/not published/i);
    expect(text).not.toMatch(/no breakdown[^.]*(was|were) published/i);
  });

  test('never shows 0 for a figure that was not published', () => {
    // Dorset 2021 published no zero counts, so any 0 in its tables stands for a missing figure.
    const zeros = tables.flatMap((t) =>
      t.rows.flatMap((r) =>
        r
          .slice(1)
          .filter((c) => cellNumber(c) === 0)
          .map((c) => `[${t.caption}] ${r[0] ?? ''}: ${c}`),
      ),
    );
    expect(zeros).toEqual([]);
  });

  test('shows the note the data keeps on its case counts', async () => {
    expectSays(
      await htmlText(page),
      /About these figures: All cases examined in the April 2021 inspection, as reported after the 2022 review\./,
    );
  });

  test('shows that another source gives 23, not 28, inadequate', async () => {
    expectSays(await htmlText(page), /\b23\b/);
    const note = page.locator('main [id^="discrepancy-"]', { hasText: '23' });
    expect(await note.count()).toBeGreaterThanOrEqual(1);
    expect(await note.first().innerText()).toMatch(/\b28\b/);
    // The 28 in the table points the reader to that note.
    const flagged = await page
      .locator('main td', { hasText: /^\s*28/ })
      .locator('a[href^="#discrepancy-"]')
      .count();
    expect(flagged).toBeGreaterThanOrEqual(1);
  });
});

describe('a report’s glossary', () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ({ context, page } = await site.open(GWENT, { javaScriptEnabled: false }));
  });

  afterAll(async () => {
    await context.close();
  });

  test('the Gwent 2019 page links to its 50 terms, and the link opens them', async () => {
    const link = page.locator('main a', { hasText: /Glossary: 50 terms/ });
    expect(await link.count()).toBe(1);
    await link.click();
    await page.waitForURL(/\/inspections\/gwent-2019\/glossary\/$/);
    expect(await page.locator('h1').innerText()).toMatch(
      /Gwent Police, national child protection inspection 2019/,
    );
    expect(await page.locator('main dl.glossary dt').count()).toBe(50);
    const mash = page.locator('main dl.glossary dt', { hasText: 'multi-agency safeguarding hub' });
    expect(await mash.innerText()).toMatch(/\(MASH\)/);
  });

  test('the methodology lists each report’s glossary by link, not every term', async () => {
    await page.goto(new URL('/methodology/', page.url()).href);
    const link = page.locator('#glossary ~ ul a[href$="/inspections/gwent-2019/glossary/"]');
    expect(await link.count()).toBe(1);
    expect(await page.locator('main dl.glossary').count()).toBe(0);
  });
});
