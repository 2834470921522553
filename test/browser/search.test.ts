// Search as a reader uses it: from the box in any page's header, by a place a parent knows, by a
// word of a recommendation, by a term of a report's glossary; the result opens its page. The
// index is fetched only by the search page, and without JavaScript the page lists every force.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserSite } from '../support/browser.ts';
import { axeViolations, describeViolations } from './site.ts';

const site = useBrowserSite();

/** Searches from the header of the Gwent force page and waits for the results. */
async function searchFromHeader(page: Page, words: string): Promise<string[]> {
  await page.getByLabel('Search the site').fill(words);
  await page.getByLabel('Search the site').press('Enter');
  await page.waitForURL(/\/search\/\?q=/);
  await page.waitForFunction(
    () => !/^Searching|^$/.test(document.querySelector('[data-search-status]')?.textContent ?? ''),
  );
  return page.locator('.search-results li > a').allInnerTexts();
}

describe('search', () => {
  test('a town finds its force: “Newport” finds Gwent, and the result opens', async () => {
    const { context, page } = await site.open('/forces/dorset/');
    try {
      const titles = await searchFromHeader(page, 'Newport');
      expect(titles.some((t) => t.startsWith('Gwent Police'))).toBe(true);
      await page
        .locator('.search-results li > a', { hasText: /^Gwent Police/ })
        .first()
        .click();
      // The force page names Newport among its places, and the report pages in their text.
      expect(new URL(page.url()).pathname).toMatch(/^\/(forces\/gwent\/|inspections\/gwent-)/);
    } finally {
      await context.close();
    }
  });

  test('a place only the police areas name finds its force: “Warrington” finds Cheshire', async () => {
    const { context, page } = await site.open('/');
    try {
      const titles = await searchFromHeader(page, 'Warrington');
      expect(titles.some((t) => t.startsWith('Cheshire Constabulary'))).toBe(true);
      await page
        .locator('.search-results li > a', { hasText: /^Cheshire Constabulary/ })
        .first()
        .click();
      expect(new URL(page.url()).pathname).toBe('/forces/cheshire/');
      // The force page says where the place comes from: the law that defines police areas.
      const area = page.locator('p', { hasText: 'police area includes' });
      expect(await area.textContent()).toContain('Warrington');
      expect(await page.locator('a', { hasText: /^Police Act 1996, Schedule 1/ }).count()).toBe(1);
    } finally {
      await context.close();
    }
  });

  test('a word of a recommendation finds the recommendation’s page, which opens', async () => {
    const { context, page } = await site.open('/');
    try {
      const titles = await searchFromHeader(page, 'custody');
      const recommendation = /^(Recommendation \d+|Unnumbered recommendation):/;
      expect(titles.some((t) => recommendation.test(t))).toBe(true);
      await page.locator('.search-results li > a', { hasText: recommendation }).first().click();
      expect(new URL(page.url()).pathname).toMatch(/^\/recommendations\/[^/]+\/[^/]+\/$/);
      expect((await page.locator('main').innerText()).toLowerCase()).toContain('custody');
    } finally {
      await context.close();
    }
  });

  test('a glossary term finds the glossary that defines it, the page passes axe, and it opens', async () => {
    const { context, page } = await site.open('/', { bypassCSP: true });
    try {
      const titles = await searchFromHeader(page, 'MASH');
      expect(titles).toContain('Glossary: Gwent Police, national child protection inspection 2019');
      expect(await page.locator('.search-results mark').first().innerText()).toMatch(/mash/i);
      const violations = await axeViolations(page);
      expect(violations, describeViolations(violations)).toEqual([]);
      await page
        .locator('.search-results li > a', { hasText: /^Glossary: Gwent Police/ })
        .first()
        .click();
      expect(new URL(page.url()).pathname).toBe('/inspections/gwent-2019/glossary/');
      expect(await page.locator('main').innerText()).toContain('MASH');
    } finally {
      await context.close();
    }
  });

  test('no other page fetches the index, and without JavaScript the page lists every force', async () => {
    const { context, page } = await site.open('/forces/gwent/');
    try {
      const fetched: string[] = [];
      page.on('request', (r) => fetched.push(r.url()));
      await page.reload();
      expect(fetched.some((u) => u.includes('/pagefind/'))).toBe(false);
    } finally {
      await context.close();
    }
    const plain = await site.open('/search/?q=Newport', { javaScriptEnabled: false });
    try {
      const forces = plain.page.locator('#every-force + ul > li > a');
      expect(await forces.allInnerTexts()).toContain('Gwent Police');
      expect(
        await plain.page.locator('#every-force + ul a[href="/inspections/gwent-2019/"]').count(),
      ).toBe(1);
    } finally {
      await plain.context.close();
    }
  });
});
