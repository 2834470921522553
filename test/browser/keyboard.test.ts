// The view switches work from the keyboard alone, keep the chosen view in the address so that a
// reload or a shared link reopens it, and chart tooltips open on focus.
//
// Markup assumed (src/components/ChartCard.astro, src/client/enhance.ts, src/client/url-state.ts):
// chart cards are `[data-card=<id>]`; in each, `button[data-set-view=chart|table]` and
// `button[data-set-units=count|percent]` with aria-pressed, shown parts `[data-view-part]`;
// counts that can be percentages are `[data-percent]`; the practice-area focus is radios
// `input[data-focus-area]` inside a `[data-focus-scope]` card that marks `[data-area].is-focused`;
// chart segments with `[data-tip]` become focusable and show `.chart-tooltip`. Query parameters:
// `view` (`table` or `card:view,…`), `units=percent`, `area=<id>`.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useBrowserSite } from '../support/browser.ts';
import { problemsOf, tabTo, watch, type PageWatch } from './site.ts';

const GWENT = '/inspections/gwent-2019/';
const CARD = '[data-card="grades"]';

const site = useBrowserSite();
let context: BrowserContext;
let page: Page;
let w: PageWatch;

beforeEach(async () => {
  context = await site.browser.newContext();
  page = await context.newPage();
  w = watch(context, page, site.server.host);
  await page.goto(site.server.origin + GWENT);
});

afterEach(async () => {
  // Closed first, so a request the close aborts is judged too.
  await context.close();
  const problems = await problemsOf(w);
  expect(problems, problems.join('\n')).toEqual([]);
});

const param = (name: string): string | null => new URL(page.url()).searchParams.get(name);

async function reach(selector: string): Promise<void> {
  expect(await tabTo(page, selector), `Tab never reached ${selector}`).toBe(true);
}

async function pressed(selector: string): Promise<string | null> {
  return page.locator(selector).first().getAttribute('aria-pressed');
}

describe('Gwent 2019 inspection page', () => {
  test('counts or percentages: Tab, Enter, kept in the address, restored on reload', async () => {
    const percent = `${CARD} [data-set-units="percent"]`;
    const firstCount = page.locator(`${CARD} [data-percent]`).first();
    const countText = await firstCount.textContent();
    expect(countText).not.toMatch(/%/);

    await reach(percent);
    await page.keyboard.press('Enter');
    expect(await pressed(percent)).toBe('true');
    expect(param('units')).toBe('percent');
    expect(await firstCount.textContent()).toMatch(/%/);

    await page.reload();
    expect(param('units')).toBe('percent');
    expect(await pressed(percent)).toBe('true');
    expect(await pressed(`${CARD} [data-set-units="count"]`)).toBe('false');
    expect(await firstCount.textContent()).toMatch(/%/);
  });

  test('chart or table: Tab, Space, kept in the address, restored on reload, and back', async () => {
    const table = page.locator(`${CARD} [data-view-part="table"]`);
    const chart = page.locator(`${CARD} [data-view-part="chart"]`);
    expect(await chart.isVisible()).toBe(true);
    expect(await table.isVisible()).toBe(false);

    await reach(`${CARD} [data-set-view="table"]`);
    await page.keyboard.press('Space');
    expect(await table.isVisible()).toBe(true);
    expect(await chart.isVisible()).toBe(false);
    expect(param('view')).toMatch(/table/);

    await page.reload();
    expect(param('view')).toMatch(/table/);
    expect(await table.isVisible()).toBe(true);
    expect(await chart.isVisible()).toBe(false);
    expect(await pressed(`${CARD} [data-set-view="table"]`)).toBe('true');

    await reach(`${CARD} [data-set-view="chart"]`);
    await page.keyboard.press('Enter');
    expect(await chart.isVisible()).toBe(true);
    // The default view leaves the address plain.
    expect(param('view')).toBeNull();
  });

  test('practice-area focus: Tab to the radios, arrow to an area, kept in the address, restored on reload', async () => {
    await reach('input[data-focus-area]');
    await page.keyboard.press('ArrowDown');
    const chosen = await page.evaluate(() => {
      const el = document.activeElement;
      return el instanceof HTMLInputElement && el.checked ? el.value : null;
    });
    expect(chosen, 'arrowing to an area did not select it').toBeTruthy();
    // Space on the focused radio keeps it selected, as a native radio does.
    await page.keyboard.press('Space');
    expect(param('area')).toBe(chosen);

    await page.reload();
    expect(param('area')).toBe(chosen);
    expect(await page.locator(`input[data-focus-area][value="${chosen ?? ''}"]`).isChecked()).toBe(
      true,
    );
    const scope = page.locator('[data-focus-scope]').first();
    expect(await scope.getAttribute('class')).toMatch(/\bhas-focus\b/);
    expect(await scope.locator(`[data-area="${chosen ?? ''}"].is-focused`).count()).toBeGreaterThan(
      0,
    );
    expect(await scope.locator(`.is-focused:not([data-area="${chosen ?? ''}"])`).count()).toBe(0);
  });

  test('a chart tooltip opens on keyboard focus and closes with Escape', async () => {
    const segments = await page.locator('[data-tip]').count();
    expect(
      segments,
      'no chart segment is marked with data-tip, so none can show a tooltip',
    ).toBeGreaterThan(0);
    await reach('[data-tip]');
    const tip = await page.evaluate(() => {
      const segment = document.activeElement;
      const box = segment?.closest('.chart-view')?.querySelector<HTMLElement>('.chart-tooltip');
      return {
        expected: segment?.getAttribute('data-tip') ?? '',
        shown: box !== null && box !== undefined && !box.hidden ? (box.textContent ?? '') : null,
        name: segment?.getAttribute('aria-label') ?? '',
      };
    });
    expect(tip.expected).not.toBe('');
    expect(tip.shown).toBe(tip.expected);
    // The segment names itself, so a screen reader hears what the tooltip shows.
    expect(tip.name).toBe(tip.expected);

    await page.keyboard.press('Escape');
    expect(await page.locator('.chart-tooltip:not([hidden])').count()).toBe(0);
  });
});
