// Layouts that hold, checked as a reader meets them: on a phone wide tables become rows of
// labelled cells with nothing off-screen; the register fits a laptop; the briefing reads from 320
// to 1280 px; in forced colours the grades of a bar stay apart. Assertions compare what is drawn
// with the page's own markup, so they hold whatever the data.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserSite } from '../support/browser.ts';

const site = useBrowserSite();
const PHONE = { viewport: { width: 375, height: 667 } };

/** Every stacking table region shown on the page: its overflow and its cells' shown labels. */
const stackedTables = (page: Page) =>
  page.$$eval('.table-scroll.stacks', (regions) =>
    regions
      .filter((r) => (r as HTMLElement).offsetParent !== null)
      .map((r) => {
        const region = r as HTMLElement;
        const cells = Array.from(region.querySelectorAll<HTMLElement>('tbody td'));
        return {
          label: region.getAttribute('aria-label') ?? '',
          overflow: region.scrollWidth - region.clientWidth,
          cells: cells.length,
          unlabelled: cells.filter((c) => !c.dataset['label']).length,
          shown: cells.filter((c) =>
            getComputedStyle(c, '::before').content.includes(c.dataset['label'] ?? '\u0000'),
          ).length,
        };
      }),
  );

describe('wide tables on a phone', () => {
  test.each([
    '/recommendations/',
    '/national/?view=table',
    '/inspections/dorset-2022-review/?view=table',
    '/inspections/gwent-2019/?view=table',
    '/forces/gwent/briefing/',
  ])('%s: each row a block of labelled cells, nothing off-screen', async (path) => {
    const { context, page } = await site.open(path, PHONE);
    try {
      const tables = await stackedTables(page);
      expect(tables.length).toBeGreaterThan(0);
      for (const t of tables) {
        expect(t.overflow, t.label).toBeLessThanOrEqual(1);
        expect(t.unlabelled, t.label).toBe(0);
        expect(t.shown, t.label).toBe(t.cells);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        375,
      );
    } finally {
      await context.close();
    }
  });

  test('a stacked table is still a table to assistive technology', async () => {
    const { context, page } = await site.open('/inspections/dorset-2022-review/?view=table', PHONE);
    try {
      const cdp = await context.newCDPSession(page);
      const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
        nodes: { role?: { value: string }; ignored?: boolean }[];
      };
      const roles = nodes.filter((n) => !n.ignored).map((n) => n.role?.value);
      expect(roles).toContain('table');
      expect(roles).toContain('columnheader');
      expect(roles).toContain('rowheader');
      expect(roles.filter((r) => r === 'cell').length).toBeGreaterThan(7);
    } finally {
      await context.close();
    }
  });
});

describe('the register at 1280 px', () => {
  test('fits with nothing clipped', async () => {
    const { context, page } = await site.open('/recommendations/', {
      viewport: { width: 1280, height: 800 },
    });
    try {
      const region = page.locator('.register .table-scroll');
      const { scroll, client } = await region.evaluate((r) => ({
        scroll: r.scrollWidth,
        client: r.clientWidth,
      }));
      expect(scroll).toBeLessThanOrEqual(client);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        1280,
      );
    } finally {
      await context.close();
    }
  });
});

describe('the briefing from 320 to 1280 px', () => {
  test.each([320, 700, 900, 1280])('at %i px no word is broken across lines', async (width) => {
    const { context, page } = await site.open('/forces/gwent/briefing/', {
      viewport: { width, height: 900 },
    });
    try {
      // A heading squeezed into a too-narrow column breaks inside its words: one line per letter.
      const tooNarrow = await page.$$eval('.briefing h2, .briefing p', (els) =>
        els
          .filter((e) => (e as HTMLElement).offsetParent !== null)
          .filter((e) => e.getBoundingClientRect().width < 80)
          .map((e) => e.textContent),
      );
      expect(tooNarrow).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        width,
      );
    } finally {
      await context.close();
    }
  });
});

describe('forced colours', () => {
  test('each grade of a bar is its own pattern, and the key shows the same', async () => {
    const { context, page } = await site.open('/inspections/gwent-2019/', {
      forcedColors: 'active',
    });
    try {
      const fills = await page.$$eval('#card-areas .chart-wide rect[data-tip]', (rects) =>
        rects.map((r) => ({
          grade: (r.getAttribute('data-tip') ?? '').split(': ')[1]?.split(',')[0] ?? '',
          fill: getComputedStyle(r).fill,
        })),
      );
      const byGrade = new Map(fills.map((f) => [f.grade, f.fill]));
      expect([...byGrade.keys()].sort()).toEqual(['Good', 'Inadequate', 'Requires improvement']);
      expect(new Set(byGrade.values()).size).toBe(3);
      expect(byGrade.get('Inadequate')).toMatch(/url\("#grade-pattern-cross"\)/);
      for (const f of fills) expect(f.fill).toBe(byGrade.get(f.grade));
      expect(await page.locator('#grade-pattern-cross').count()).toBe(1);
      const swatches = await page.$$eval('#card-areas .legend .swatch', (s) =>
        s.map((e) => getComputedStyle(e).backgroundImage),
      );
      expect(swatches.filter((b) => b.includes('repeating-linear-gradient'))).toHaveLength(2);
    } finally {
      await context.close();
    }
  });
});
