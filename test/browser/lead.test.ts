// The answer first: an inspection page opens with its finding in plain shares and counts, then what
// the force must do by when, within the first screens of a phone; the force page lists each
// recommendation and links its calendar; the printed briefing gives whole addresses.
import { describe, expect, test } from 'vitest';
import { useBrowserSite } from '../support/browser.ts';

const site = useBrowserSite();
const PHONE = { viewport: { width: 375, height: 667 } };

describe('the Gwent 2019 inspection page on a phone', () => {
  test('leads with "3 in 4 audited cases were not graded good: 60 of 80"', async () => {
    const { context, page } = await site.open('/inspections/gwent-2019/', PHONE);
    try {
      const lead = await page.locator('main .lead').first().innerText();
      expect(lead).toMatch(/^3 in 4 audited cases were not graded good: 60 of 80\./);
    } finally {
      await context.close();
    }
  });

  test('lists what the force must do, each with its subject, due date and standing, within three screens', async () => {
    const { context, page } = await site.open('/inspections/gwent-2019/', PHONE);
    try {
      const items = page.locator('#must-do + ul li');
      expect(await items.count()).toBe(8);
      expect(await items.first().innerText()).toBe(
        'Recommendation 2: Review child protection duties with partners: due 27 June 2019; Overdue',
      );
      const top = await page.locator('#must-do').evaluate((h) => h.getBoundingClientRect().top);
      expect(top).toBeLessThan(3 * 667);
      // Its link leads to the full section on the same page.
      await page.getByRole('link', { name: /Every recommendation in full/ }).click();
      expect(new URL(page.url()).hash).toBe('#recommendations');
    } finally {
      await context.close();
    }
  });
});

describe('the Gwent force page', () => {
  test('lists the 8 recommendations of the 2019 inspection and links its calendar file', async () => {
    const { context, page } = await site.open('/forces/gwent/');
    try {
      expect(await page.locator('.force-recommendations li').count()).toBe(8);
      const calendar = page.locator('a[href="/forces/gwent/deadlines.ics"]');
      expect(await calendar.getAttribute('download')).toBe('gwent-deadlines.ics');
      const response = await page.request.get(
        `${site.server.origin}${(await calendar.getAttribute('href')) ?? ''}`,
      );
      expect(response.ok()).toBe(true);
      expect(await response.text()).toContain(
        'SUMMARY:Due: Recommendation 8: Children detained in custody',
      );
    } finally {
      await context.close();
    }
  });
});

describe('the Gwent briefing, printed', () => {
  test('gives the whole address of the force page and of its calendar', async () => {
    const { context, page } = await site.open('/forces/gwent/briefing/');
    try {
      const foot = await page.locator('.briefing-foot').innerText();
      expect(foot).toContain('https://findings.test/forces/gwent/');
      expect(foot).toContain('https://findings.test/forces/gwent/deadlines.ics');
    } finally {
      await context.close();
    }
  });
});

describe('the national picture', () => {
  test('shows Gwent 2019 among the three-point audits, with counts, share and interval', async () => {
    // Without JavaScript the table shows beside the chart; with it, behind a switch.
    const { context, page } = await site.open('/national/', { javaScriptEnabled: false });
    try {
      const row = page.locator('#audit-gwent-2019');
      expect(await row.locator('td').nth(3).innerText()).toBe(
        '23 of 80 (29%; 95% interval 20% to 39%)',
      );
      await row.getByRole('link').click();
      expect(new URL(page.url()).pathname).toBe('/inspections/gwent-2019/');
    } finally {
      await context.close();
    }
  });

  test('a force page’s link opens the national picture with its audit’s row shown and outlined', async () => {
    const { context, page } = await site.open('/forces/gwent/');
    try {
      await page
        .getByRole('link', { name: 'See it highlighted in the national picture' })
        .first()
        .click();
      await page.waitForURL(/\/national\/\?view=table&force=gwent#audit-gwent-2019$/);
      const row = page.locator('#audit-gwent-2019');
      expect(await row.isVisible()).toBe(true);
      expect(await row.evaluate((r) => getComputedStyle(r).outlineStyle)).toBe('solid');
    } finally {
      await context.close();
    }
  });

  test('the Gwent force page says where its audit sits and links the national picture', async () => {
    const { context, page } = await site.open('/forces/gwent/');
    try {
      const section = page.locator('section[aria-labelledby="national"]');
      expect(await section.locator('li').first().innerText()).toMatch(
        /^Inspection, June 2019: 29% of 80 cases/,
      );
      expect(await section.locator('a[href="/national/"]').count()).toBe(1);
    } finally {
      await context.close();
    }
  });
});

describe('abbreviations explained where they appear', () => {
  test('each abbreviation on the Gwent 2019 page is explained once, at its first use', async () => {
    const { context, page } = await site.open('/inspections/gwent-2019/', {
      javaScriptEnabled: false,
    });
    try {
      const found = await page.evaluate(() => {
        const main = document.querySelector('main');
        const abbrs = Array.from(main?.querySelectorAll('abbr') ?? []);
        return abbrs.map((abbr) => {
          const word = (abbr.textContent ?? '').replace(/s$/, '');
          // Every text node before this abbr, in document order, that uses the word.
          const walker = document.createTreeWalker(main ?? document.body, NodeFilter.SHOW_TEXT);
          const pattern = new RegExp(`\\b${word}s?\\b`);
          let earlier = 0;
          for (let n = walker.nextNode(); n && !abbr.contains(n); n = walker.nextNode())
            if (pattern.test(n.textContent ?? '') && !n.parentElement?.closest('abbr, title, svg'))
              earlier++;
          return { word, earlier };
        });
      });
      expect(found.length).toBeGreaterThan(0);
      const words = found.map((f) => f.word);
      expect(new Set(words).size).toBe(words.length);
      for (const f of found) expect(f.earlier, f.word).toBe(0);
    } finally {
      await context.close();
    }
  });

  test('Gwent recommendation 7 explains RSOs at their first use, linked to the glossary entry', async () => {
    const { context, page } = await site.open('/inspections/gwent-2019/', {
      javaScriptEnabled: false,
    });
    try {
      const rec = page.locator('#recommendation-7');
      const abbr = rec.locator('abbr').first();
      expect(await abbr.innerText()).toBe('RSOs');
      expect(await abbr.getAttribute('title')).toBe('registered sex offender');
      const link = rec.locator('a[href="/inspections/gwent-2019/glossary/#term-rso"]');
      expect(await link.innerText()).toBe('registered sex offender');
      await link.click();
      expect(await page.locator('#term-rso').innerText()).toMatch(/^registered sex offender/);
    } finally {
      await context.close();
    }
  });
});
