// Share and embed: every chart of every inspection and force page and of the national picture
// downloads as an SVG and a PNG of its
// size with its title inside; every force and inspection page names a 1200 × 630 preview image
// that exists; a chart's embed code shows the chart, its table and where it is from in another
// page. The build the tests use sets SITE_URL=https://findings.test/.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserSite } from '../support/browser.ts';
import { pngSize } from '../support/png.ts';
import { builtPages } from './site.ts';

const site = useBrowserSite();
const SITE = 'https://findings.test/';
const pages = builtPages();
const inspections = pages.filter((p) => /^\/inspections\/[^/]+\/$/.test(p));
const forces = pages.filter((p) => /^\/forces\/[^/]+\/$/.test(p));

async function fetchOk(page: Page, path: string, type: string): Promise<Buffer> {
  const res = await page.request.get(`${site.server.origin}${path}`);
  expect(res.status(), path).toBe(200);
  expect(res.headers()['content-type'], path).toContain(type);
  return res.body();
}

describe.each([...inspections, ...forces, '/national/'])('the charts of %s', (path) => {
  test('each downloads as SVG and PNG of its size, titled with its heading', async () => {
    const { context, page } = await site.open(path);
    try {
      const cards = await page.locator('[data-card]').evaluateAll((els) =>
        els.flatMap((el) => {
          const links = Array.from(el.querySelectorAll<HTMLAnchorElement>('.card-download a'));
          const svg = links.find((a) => a.textContent.trim() === 'SVG image');
          const png = links.find((a) => a.textContent.trim() === 'PNG image');
          if (!svg || !png) return [];
          const heading = el.querySelector('h1, h2, h3')?.textContent.trim() ?? '';
          return [
            { heading, svg: svg.getAttribute('href') ?? '', png: png.getAttribute('href') ?? '' },
          ];
        }),
      );
      // Every card drawn as a chart offers its images.
      expect(cards).toHaveLength(await page.locator('[data-card] .chart-wide svg').count());
      for (const card of cards) {
        const svg = (await fetchOk(page, card.svg, 'image/svg+xml')).toString('utf8');
        const parsed = await page.evaluate((text) => {
          const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
          const root = doc.documentElement;
          return {
            error: doc.querySelector('parsererror')?.textContent ?? null,
            title: root.querySelector(':scope > title')?.textContent ?? '',
            width: Number(root.getAttribute('width')),
            height: Number(root.getAttribute('height')),
            // Each line of the image's words is a tspan.
            words: Array.from(root.querySelectorAll('tspan'), (t) => t.textContent).join(' '),
          };
        }, svg);
        expect(parsed.error, card.svg).toBeNull();
        expect(parsed.title).toBe(card.heading);
        expect(parsed.words).toContain('Open Government Licence v3.0');
        expect(parsed.words).toMatch(/Sources?: /);
        const png = pngSize(await fetchOk(page, card.png, 'image/png'));
        expect(png, card.png).toEqual({ width: parsed.width * 2, height: parsed.height * 2 });
      }
    } finally {
      await context.close();
    }
  });
});

describe.each([...forces, ...inspections])('the link preview of %s', (path) => {
  test('names an image of 1200 × 630 that exists, with words for it', async () => {
    const { context, page } = await site.open(path);
    try {
      const meta = (property: string) =>
        page.locator(`meta[property="${property}"]`).getAttribute('content');
      const image = (await meta('og:image')) ?? '';
      expect(image.startsWith(SITE)).toBe(true);
      expect(await meta('og:image:alt')).toMatch(/\w/);
      expect(await page.locator('meta[name="twitter:card"]').getAttribute('content')).toBe(
        'summary_large_image',
      );
      const size = pngSize(await fetchOk(page, image.replace(SITE, '/'), 'image/png'));
      expect(size).toEqual({ width: 1200, height: 630 });
    } finally {
      await context.close();
    }
  });
});

describe('embedding a chart', () => {
  test('the embed code shows the chart, its table and its source in another page', async () => {
    const { context, page } = await site.open('/inspections/gwent-2019/');
    try {
      const card = page.locator('#card-areas');
      const heading = (await card.locator('h3').textContent())?.trim() ?? '';
      await card.locator('.card-embed summary').click();
      const code = (await card.locator('.card-embed code').textContent()) ?? '';
      const src = /src="([^"]+)"/.exec(code)?.[1] ?? '';
      expect(src).toBe(`${SITE}embed/inspections/gwent-2019/areas/`);
      expect(code).toContain(`title="${heading}"`);
      // Another site's page holding the code, with the address mapped to the test server.
      await page.setContent(code.replace(SITE, `${site.server.origin}/`));
      const frame = page.frameLocator('iframe');
      await expect.poll(() => frame.locator('h1').textContent()).toBe(heading);
      expect(await frame.locator('.chart-wide svg[role="img"]').count()).toBe(1);
      // The table twin is one click away, and a screen reader can reach it either way.
      await frame.getByRole('button', { name: 'Table' }).click();
      expect(await frame.getByRole('table').first().isVisible()).toBe(true);
      const from = frame.locator('.embed-footer a', { hasText: 'Gwent Police' });
      expect(await from.getAttribute('target')).toBe('_top');
      expect(await from.getAttribute('href')).toBe('/inspections/gwent-2019/#card-areas');
      // An embed is part of its inspection page: not in the site's search or in search engines.
      expect(await frame.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
      expect(await frame.locator('[data-pagefind-body]').count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  test('the copy button copies the code and says so', async () => {
    const { context, page } = await site.open('/inspections/gwent-2019/', {
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    try {
      const card = page.locator('#card-grades');
      await card.locator('.card-embed summary').click();
      const code = (await card.locator('.card-embed code').textContent()) ?? '';
      await card.getByRole('button', { name: 'Copy the code' }).click();
      await expect.poll(() => card.locator('.copy-status').textContent()).toBe('Copied.');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
    } finally {
      await context.close();
    }
  });
});
