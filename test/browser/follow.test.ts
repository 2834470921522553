// Find, share and follow: every page has its canonical address and link-preview tags; the
// sitemap lists only pages that exist; the Atom feeds parse and link to real pages. The build the
// tests use sets SITE_URL=https://findings.test/, so addresses there are mapped to the test server.
import { describe, expect, test } from 'vitest';
import { useBrowserSite } from '../support/browser.ts';

const site = useBrowserSite();
const SITE = 'https://findings.test/';

describe('link previews', () => {
  test('a force page names its canonical address, title, description and feed', async () => {
    const { context, page } = await site.open('/forces/gwent/');
    try {
      const meta = (selector: string, attribute = 'content') =>
        page.locator(selector).getAttribute(attribute);
      expect(await meta('link[rel="canonical"]', 'href')).toBe(`${SITE}forces/gwent/`);
      expect(await meta('meta[property="og:url"]')).toBe(`${SITE}forces/gwent/`);
      expect(await meta('meta[property="og:title"]')).toBe('Gwent Police');
      expect(await meta('meta[property="og:description"]')).toBe(
        await meta('meta[name="description"]'),
      );
      expect(await meta('link[rel="alternate"][type="application/atom+xml"]', 'href')).toBe(
        '/forces/gwent/feed.xml',
      );
    } finally {
      await context.close();
    }
  });
});

describe('the sitemap and robots.txt', () => {
  test('every address in the sitemap is a page of the built site', async () => {
    const { context, page } = await site.open('/');
    try {
      const res = await page.request.get(`${site.server.origin}/sitemap.xml`);
      expect(res.ok()).toBe(true);
      const locs = [...(await res.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
      expect(locs).toContain(`${SITE}forces/gwent/`);
      expect(locs).toContain(`${SITE}inspections/gwent-2019/`);
      for (const loc of locs) {
        const path = loc.replace(SITE, '/');
        const r = await page.request.get(`${site.server.origin}${path}`);
        expect(r.status(), path).toBe(200);
      }
      const robots = await (await page.request.get(`${site.server.origin}/robots.txt`)).text();
      expect(robots).toContain(`Sitemap: ${SITE}sitemap.xml`);
    } finally {
      await context.close();
    }
  });
});

describe('the feeds', () => {
  test.each(['/feed.xml', '/forces/gwent/feed.xml'])(
    '%s parses as Atom and every entry links to a page that exists',
    async (path) => {
      const { context, page } = await site.open('/');
      try {
        const xml = await (await page.request.get(`${site.server.origin}${path}`)).text();
        const parsed = await page.evaluate((text) => {
          const doc = new DOMParser().parseFromString(text, 'application/xml');
          return {
            error: doc.querySelector('parsererror')?.textContent ?? null,
            namespace: doc.documentElement.namespaceURI,
            entries: Array.from(doc.getElementsByTagName('entry')).map((e) => ({
              id: e.getElementsByTagName('id')[0]?.textContent ?? '',
              title: e.getElementsByTagName('title')[0]?.textContent ?? '',
              updated: e.getElementsByTagName('updated')[0]?.textContent ?? '',
              href: e.getElementsByTagName('link')[0]?.getAttribute('href') ?? '',
            })),
          };
        }, xml);
        expect(parsed.error).toBeNull();
        expect(parsed.namespace).toBe('http://www.w3.org/2005/Atom');
        expect(parsed.entries.length).toBeGreaterThan(0);
        for (const e of parsed.entries) {
          expect(e.id).not.toBe('');
          expect(e.title).not.toBe('');
          expect(Number.isNaN(Date.parse(e.updated))).toBe(false);
          const pagePath = e.href.replace(SITE, '/').replace(/#.*$/, '');
          expect((await page.request.get(`${site.server.origin}${pagePath}`)).status()).toBe(200);
        }
      } finally {
        await context.close();
      }
    },
  );
});
