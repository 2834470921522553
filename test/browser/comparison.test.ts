// Baseline versus revisit on the force pages and the review's page: Dorset's 2021 and 2022 grades
// side by side with intervals and the size warning; Gwent's review said plainly to have no figures.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useBrowserSite } from '../support/browser.ts';
import { describeTables, hasRow, pageText, readTables, type TableText } from './site.ts';

const site = useBrowserSite();

/** The tables and text of the baseline-versus-revisit section. */
async function comparison(page: Page): Promise<{ tables: TableText[]; text: string }> {
  const scope = 'main section.comparison';
  expect(await page.locator(scope).count(), 'no baseline-versus-revisit section').toBe(1);
  return { tables: await readTables(page, scope), text: await pageText(page, scope) };
}

describe.each(['/forces/dorset/', '/inspections/dorset-2022-review/'])('Dorset on %s', (path) => {
  let context: BrowserContext;
  let page: Page;
  let tables: TableText[];
  let text: string;

  beforeAll(async () => {
    ({ context, page } = await site.open(path));
    ({ tables, text } = await comparison(page));
  });

  afterAll(async () => {
    await context.close();
  });

  test('shows 20/35/28 of 83 and 10/10/11 of 31 side by side, in one table', () => {
    const both = tables.filter(
      (t) =>
        hasRow([t], /inspection, fieldwork april 2021/i, [20, 35, 28, 83]) &&
        hasRow([t], /review, fieldwork april 2022/i, [10, 10, 11, 31]),
    );
    expect(both, `no table with both audits:\n${describeTables(tables)}`).toHaveLength(1);
  });

  test('gives counts as "20 of 83" beside shares with their 95% intervals, and the change', () => {
    const change = tables.find((t) => /change from 2021 to 2022/i.test(t.caption));
    expect(change, describeTables(tables)).toBeDefined();
    const row = (grade: RegExp) => change?.rows.find((r) => grade.test(r[0] ?? '')) ?? [];
    expect(row(/^good/i)).toEqual([
      'Good',
      '20 of 83',
      '24% (16% to 34%)',
      '10 of 31',
      '32% (19% to 50%)',
      '+8 points',
      '−9 to +27 points',
      'No: the interval includes no change',
    ]);
    expect(row(/^inadequate/i).slice(1, 5)).toEqual([
      '28 of 83',
      '34% (24% to 44%)',
      '11 of 31',
      '35% (21% to 53%)',
    ]);
    // No share is ever shown without its count beside it.
    for (const r of change?.rows ?? []) {
      for (const cell of r) if (/%/.test(cell)) expect(cell).toMatch(/^\d+% \(\d+% to \d+%\)$/);
    }
  });

  test('warns that the samples differ in size and that no change is clear of chance', () => {
    expect(text).toMatch(/differ in size: 83 cases in 2021, 31 in 2022/);
    expect(text).toMatch(/interval of a change includes no change/);
  });

  test('gives each change in share its own 95% interval, and no change in counts', () => {
    const change = tables.find((t) => /change from 2021 to 2022/i.test(t.caption));
    expect(describeTables(tables)).not.toMatch(/Change in cases/);
    const row = (grade: RegExp) => change?.rows.find((r) => grade.test(r[0] ?? '')) ?? [];
    expect(row(/^inadequate/i).slice(5)).toEqual([
      '+2 points',
      '−16 to +22 points',
      'No: the interval includes no change',
    ]);
  });

  test('flags the source that gives 23, not 28, inadequate in 2021', () => {
    expect(text).toMatch(/this site uses 28; another source gives 23/);
  });

  test('draws shares on one axis, each grade’s inspection then review, with counts beside', async () => {
    const svg = page.locator('main section.comparison svg[role="img"]').first();
    const words = await svg.locator('text').allTextContents();
    const values = ['20 of 83 (24%)', '10 of 31 (32%)', '35 of 83 (42%)', '10 of 31 (32%)'];
    expect(words.filter((w) => / of \d+ \(/.test(w))).toEqual([
      ...values,
      '28 of 83 (34%)',
      '11 of 31 (35%)',
    ]);
    // Bars scaled by count made the 31-case review look a third of the 83-case inspection; the
    // dots of the same share sit at the same place, whatever the number of cases.
    const dotX = (key: string) =>
      svg
        .locator(`path[data-key="${key}"]`)
        .last()
        .evaluate((p) => p.getBoundingClientRect().x);
    const good2022 = await dotX('all-good-revisit');
    const ri2022 = await dotX('all-requires-improvement-revisit');
    expect(Math.abs(good2022 - ri2022)).toBeLessThan(1);
    expect(await svg.locator('path[data-tip]').first().getAttribute('data-tip')).toMatch(
      /^Good, inspection, fieldwork April 2021: 20 of 83 \(24%; 95% interval 16% to 34%\)$/,
    );
  });
});

describe('Gwent force page', () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ({ context, page } = await site.open('/forces/gwent/'));
  });

  afterAll(async () => {
    await context.close();
  });

  test('says this site holds no re-audit figures from the review, so there is nothing to compare', async () => {
    // The review's report is not held here, so the page must not say it published none.
    const { text, tables } = await comparison(page);
    expect(text).toMatch(
      /does not yet hold re-audit figures \(case grades\) from the post-inspection review of July 2020, so there is nothing to compare/,
    );
    expect(text).not.toMatch(/published no re-audit/);
    expect(tables).toEqual([]);
  });

  test('shows what the review did publish: its quotes', async () => {
    const quotes = await page.locator('main section.comparison blockquote').allTextContents();
    expect(quotes.map((q) => q.trim())).toEqual([
      'While improvements are still needed in some areas, there have been important steps towards addressing our recommendations.',
      'The force now needs to become more consistent in its practice and continue the assurance work it began with its audits.',
    ]);
  });
});

describe('Gwent 2019 inspection page', () => {
  test('says the revisit milestone was met late, after its due date, from the data', async () => {
    const { context, page } = await site.open('/inspections/gwent-2019/');
    try {
      const revisit = await pageText(page, '#milestone-revisit');
      expect(revisit).toContain(
        'Due 27 December 2019; met late: the post-inspection review’s fieldwork in January 2020 came after it.',
      );
      const first = await pageText(page, '#recommendation-1');
      expect(first).toMatch(
        /Overdue.*past its due date \(27 September 2019\) with no published evidence it was met/i,
      );
      expect(first).toMatch(
        /Latest update: July 2020, from the inspectorate’s post-inspection review: progress not assessed/,
      );
      expect(
        await page.locator('#recommendation-1 a[href="/recommendations/gwent-2019/1/"]').count(),
      ).toBe(1);
      const action = await pageText(page, '#milestone-action-plan');
      expect(action).toMatch(/No update published/);
      // The timeline draws the updates, and its table repeats them.
      const timeline = await readTables(page, '#card-timeline');
      const updates = timeline.flatMap((t) => t.rows.filter((r) => r[1] === 'Status update'));
      expect(updates.map((r) => r[0])).toEqual(['28 June 2019', 'January 2020', 'July 2020']);
    } finally {
      await context.close();
    }
  });
});
