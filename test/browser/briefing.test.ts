// Each force's commissioner's briefing prints on exactly one A4 page, with nothing cut off, no
// site chrome and no text under 9pt; on screen it links back to the force's full page.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useBrowserSite } from '../support/browser.ts';
import { DIST, pageText } from './site.ts';

/** Forces with a built briefing, found in dist/ so new forces are covered without editing. */
const forces = existsSync(join(DIST, 'forces'))
  ? readdirSync(join(DIST, 'forces')).filter((f) =>
      existsSync(join(DIST, 'forces', f, 'briefing', 'index.html')),
    )
  : [];

// A4 less the briefing's @page margins (10 mm each side, in site.css), in CSS pixels (96 per inch).
const MM = 96 / 25.4;
const MARGIN_MM = 10;
const PRINT_WIDTH = Math.floor((210 - 2 * MARGIN_MM) * MM);
const PRINT_HEIGHT = Math.floor((297 - 2 * MARGIN_MM) * MM);
/** 9pt in CSS pixels. */
const MIN_FONT_PX = 12;

const site = useBrowserSite();

test('every force has a briefing', () => {
  expect(forces, 'no briefing under dist/forces/: run `npm run build` first').toEqual(
    expect.arrayContaining(['gwent', 'dorset']),
  );
});

/** Page objects in a PDF: `/Type /Page` but not the `/Type /Pages` tree. */
function pdfPages(pdf: Buffer): { objects: number; count: number[] } {
  const text = pdf.toString('latin1');
  return {
    objects: (text.match(/\/Type\s*\/Page(?![A-Za-z])/g) ?? []).length,
    count: [
      ...text.matchAll(
        /\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g,
      ),
    ].map((m) => Number(m[1] ?? m[2])),
  };
}

describe.each(forces)('/forces/%s/briefing/', (force) => {
  const path = `/forces/${force}/briefing/`;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await site.browser.newContext({
      viewport: { width: PRINT_WIDTH, height: PRINT_HEIGHT },
    });
    page = await context.newPage();
    const response = await page.goto(site.server.origin + path);
    if (!response?.ok()) throw new Error(`${path}: HTTP ${String(response?.status())}`);
    await page.emulateMedia({ media: 'print' });
  });

  afterAll(async () => {
    await context.close();
  });

  test('prints to exactly one A4 page', async () => {
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const { objects, count } = pdfPages(pdf);
    expect(objects, 'page objects in the PDF').toBe(1);
    // A long document nests page trees; the root's /Count, the largest, is the whole document.
    expect(Math.max(...count), '/Count of the page tree').toBe(1);
  });

  test('fits the printable height at the printable width', async () => {
    const size = await page.evaluate(() => ({
      width: document.documentElement.scrollWidth,
      height: document.documentElement.scrollHeight,
    }));
    expect(size.width).toBeLessThanOrEqual(PRINT_WIDTH);
    expect(size.height, `the briefing is taller than one page`).toBeLessThanOrEqual(PRINT_HEIGHT);
  });

  test('cuts nothing off: every element lies within the printable width, none overflows', async () => {
    const problems = await page.evaluate((width) => {
      const found: string[] = [];
      const name = (el: Element): string =>
        `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).replace(/\s+/g, '.')}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
      for (const el of document.body.querySelectorAll('*')) {
        const r = el.getBoundingClientRect();
        // Hidden elements and visually hidden captions (1 px, clipped) take no room on paper.
        if (r.width <= 1 || r.height <= 1) continue;
        if (r.left < -0.5 || r.right > width + 0.5) {
          found.push(`${name(el)} spans ${r.left.toFixed(1)} to ${r.right.toFixed(1)}`);
        }
        if (el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1) {
          found.push(
            `${name(el)} overflows: ${String(el.scrollWidth)} > ${String(el.clientWidth)}`,
          );
        }
      }
      return found;
    }, PRINT_WIDTH);
    expect(problems).toEqual([]);
  });

  test('prints no site header, navigation or footer, and no text under 9pt', async () => {
    for (const chrome of ['.site-header', '.site-nav', '.site-footer']) {
      expect(await page.locator(chrome).isVisible(), `${chrome} is printed`).toBe(false);
    }
    const small = await page.evaluate((min) => {
      const found: string[] = [];
      for (const el of document.querySelectorAll('main *')) {
        const own = Array.from(el.childNodes).some(
          (n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '',
        );
        const r = el.getBoundingClientRect();
        if (!own || r.width <= 1 || r.height <= 1) continue;
        const size = parseFloat(getComputedStyle(el).fontSize);
        if (size < min - 0.01) found.push(`${el.tagName.toLowerCase()} at ${String(size)}px`);
      }
      return found;
    }, MIN_FONT_PX);
    expect(small).toEqual([]);
  });

  test('says its as-of date, its sources and where the full pages are', async () => {
    const text = await pageText(page, 'main');
    expect(text).toMatch(/as of \d{1,2} [A-Z][a-z]+ \d{4}/);
    expect(text).toMatch(/Sources/);
    expect(text).toMatch(/Next deadlines/);
    expect(text).toMatch(/Latest grades/);
    expect(await page.locator(`main a[href="/forces/${force}/"]`).count()).toBeGreaterThan(0);
  });
});

describe('the Gwent briefing', () => {
  test('counts 8 recommendations overdue, 2 milestones with no public record, 1 met late, and no deadline still to come', async () => {
    const context = await site.browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${site.server.origin}/forces/gwent/briefing/`);
      const text = await pageText(page, 'main');
      // Columns: overdue, no public record, open, met, closed, total.
      expect(text).toMatch(/Recommendations 8 0 0 0 0 8/);
      expect(text).toMatch(/Milestones 1 2 0 1 0 4/);
      expect(text).toMatch(/Met late \(January 2020\)/);
      expect(text).toMatch(/None: no recorded deadline falls after 28 November 2026/);
      expect(text).toMatch(/20 37 23 80/);
      // The force page links here.
      await page.goto(`${site.server.origin}/forces/gwent/`);
      expect(await page.locator('main a[href="/forces/gwent/briefing/"]').count()).toBe(1);
    } finally {
      await context.close();
    }
  });
});
