// The national picture as a reader uses it: choose a nation, a kind of visit or a year, reorder,
// highlight a force, and find the chart and its table agreeing, the choice kept in the address.
// The assertions hold for any number of audits: they compare what is shown with each row's facts.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserSite } from '../support/browser.ts';
import { axeViolations, describeViolations } from './site.ts';

const site = useBrowserSite();

interface ShownRow {
  readonly key: string;
  readonly nation: string;
  readonly kind: string;
  readonly force: string;
  readonly share: number;
  readonly outlined: boolean;
}

/** The table rows shown on the page, in order, with their facts. */
const shownRows = (page: Page): Promise<ShownRow[]> =>
  page.$$eval('[data-national-scale]:not([hidden]) tr[data-key]:not([hidden])', (trs) =>
    trs.map((tr) => {
      const d = (tr as HTMLElement).dataset;
      return {
        key: d['key'] ?? '',
        nation: d['nation'] ?? '',
        kind: d['kind'] ?? '',
        force: d['force'] ?? '',
        share: Number(d['share']),
        outlined: getComputedStyle(tr).outlineStyle === 'solid',
      };
    }),
  );

/** The keys of a scale's chart rows as drawn, top to bottom, and the keys drawn hidden. */
const chartOrder = (page: Page, scale: string) =>
  page.$eval(`[data-national-scale="${scale}"] svg`, (svg) => {
    const seen = new Map<string, number>();
    const hidden: string[] = [];
    for (const el of svg.querySelectorAll<SVGGraphicsElement>('[data-key]')) {
      const key = el.getAttribute('data-key') ?? '';
      if (getComputedStyle(el).display === 'none') hidden.push(key);
      else if (!seen.has(key)) seen.set(key, el.getBoundingClientRect().top);
    }
    return {
      shown: [...seen].sort((a, b) => a[1] - b[1]).map(([k]) => k),
      hidden: [...new Set(hidden)],
    };
  });

describe('the national picture’s choices', () => {
  test('without JavaScript every audit shows and the choices stay hidden', async () => {
    const { context, page } = await site.open('/national/', { javaScriptEnabled: false });
    try {
      expect(await page.locator('[data-national-filters]').isHidden()).toBe(true);
      const all = await page.locator('tr[data-key]').count();
      expect(await page.locator('tr[data-key]:visible').count()).toBe(all);
    } finally {
      await context.close();
    }
  });

  test('choosing Wales shows only Welsh forces’ audits, in chart and table, and says so', async () => {
    const { context, page } = await site.open('/national/?view=table');
    try {
      const total = await page.locator('tr[data-key]').count();
      await page.getByLabel('Nation').selectOption({ label: 'Wales' });
      const rows = await shownRows(page);
      expect(rows.map((r) => r.key)).toContain('gwent-2019');
      expect(rows.every((r) => r.nation === 'wales')).toBe(true);
      expect(await page.locator('[data-national-status]').innerText()).toBe(
        `Showing ${String(rows.length)} of ${String(total)} audits (Wales), oldest first.`,
      );
      expect(new URL(page.url()).searchParams.get('nation')).toBe('wales');
      expect(new URL(page.url()).searchParams.get('view')).toBe('table');
      const chart = await chartOrder(page, 'three-point');
      expect(chart.hidden).toContain('dorset-2021');
      expect(chart.shown).toEqual(
        rows.filter((r) => chart.shown.includes(r.key)).map((r) => r.key),
      );
      expect(chart.shown).toContain('gwent-2019');
    } finally {
      await context.close();
    }
  });

  test('ordering by the share inadequate reorders the chart and the table alike', async () => {
    const { context, page } = await site.open('/national/?sort=inadequate&kind=inspection');
    try {
      expect(await page.getByLabel('Order').inputValue()).toBe('inadequate');
      const rows = await shownRows(page);
      expect(rows.every((r) => r.kind === 'inspection')).toBe(true);
      const three = await chartOrder(page, 'three-point');
      const threeRows = rows.filter((r) => three.shown.includes(r.key));
      expect(three.shown).toEqual(threeRows.map((r) => r.key));
      const shares = threeRows.map((r) => r.share);
      expect(shares).toEqual([...shares].sort((a, b) => b - a));
      expect(await page.locator('[data-national-status]').innerText()).toMatch(
        /highest first \(where intervals overlap, the order may be chance\)\.$/,
      );
    } finally {
      await context.close();
    }
  });

  test('a highlighted force is outlined in the table and drawn thicker in the chart, not by colour', async () => {
    const { context, page } = await site.open('/national/?force=gwent');
    try {
      const rows = await shownRows(page);
      const gwent = rows.filter((r) => r.force === 'gwent');
      expect(gwent.length).toBeGreaterThan(0);
      expect(gwent.every((r) => r.outlined)).toBe(true);
      expect(rows.filter((r) => r.force !== 'gwent').some((r) => r.outlined)).toBe(false);
      const line = page.locator(
        '[data-national-scale="three-point"] svg path[data-key="gwent-2019"]',
      );
      expect(await line.first().evaluate((p) => getComputedStyle(p).strokeWidth)).toBe('4px');
      expect(await page.locator('[data-national-status]').innerText()).toContain(
        `Gwent Police is highlighted: ${String(gwent.length)} audit`,
      );
    } finally {
      await context.close();
    }
  });

  test('works from the keyboard, clears back to every audit, and stays clean under axe', async () => {
    // bypassCSP: axe is injected as an inline script, which the site's policy rightly refuses.
    const { context, page } = await site.open('/national/?nation=wales&kind=inspection', {
      bypassCSP: true,
    });
    try {
      const total = await page.locator('tr[data-key]').count();
      await page.getByRole('button', { name: 'Clear choices' }).focus();
      await page.keyboard.press('Enter');
      expect((await shownRows(page)).length).toBe(total);
      expect(new URL(page.url()).search).toBe('');
      await page.getByLabel('Kind of visit').focus();
      await page.keyboard.press('ArrowDown');
      await page.waitForFunction(() => location.search.includes('kind='));
      const violations = await axeViolations(page);
      expect(violations, describeViolations(violations)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
