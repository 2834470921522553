// Chart interaction as readers reach it: the pointer over the count drawn on a segment, a tap on a
// phone, the words of a dimmed practice area still readable while another is focused, and the
// slider that steps through the pairings of force and inspectors' grades the totals allow.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserSite } from '../support/browser.ts';
import { contrastRatio } from '../../src/charts/contrast.ts';

const site = useBrowserSite();
const PAGE = '/inspections/gwent-2019/';

/** The centre of the first segment whose count is drawn on it, and its tip. */
async function labelledSegment(page: Page): Promise<{ x: number; y: number; tip: string }> {
  return page.evaluate(() => {
    for (const label of document.querySelectorAll<SVGTextElement>(
      '.chart-view svg text[data-key]',
    )) {
      if (label.getBoundingClientRect().width === 0) continue;
      label.scrollIntoView({ block: 'center', behavior: 'instant' });
      const box = label.getBoundingClientRect();
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      const under = Array.from(
        label.ownerSVGElement?.querySelectorAll('rect[data-tip]') ?? [],
      ).find((r) => {
        const b = r.getBoundingClientRect();
        return b.left <= x && x <= b.right && b.top <= y && y <= b.bottom;
      });
      if (under) return { x, y, tip: under.getAttribute('data-tip') ?? '' };
    }
    throw new Error('no count drawn on a segment');
  });
}

const shownTip = (page: Page) =>
  page.evaluate(
    () =>
      Array.from(document.querySelectorAll<HTMLElement>('.chart-tooltip')).find((t) => !t.hidden)
        ?.textContent ?? null,
  );

describe('chart tooltips on the Gwent 2019 page', () => {
  test('the pointer over the count on a segment shows the segment’s count, share and interval', async () => {
    const { context, page } = await site.open(PAGE);
    try {
      const { x, y, tip } = await labelledSegment(page);
      expect(tip).toMatch(
        /\d+ of \d+ cases( \(small sample\)| \(\d+%; 95% interval \d+% to \d+%\))$/,
      );
      await page.mouse.move(x, y);
      expect(await shownTip(page)).toBe(tip);
    } finally {
      await context.close();
    }
  });

  test('a tap shows the tooltip and leaves it up until a tap elsewhere', async () => {
    const { context, page } = await site.open(PAGE, {
      viewport: { width: 375, height: 667 },
      hasTouch: true,
      isMobile: true,
    });
    try {
      const { x, y, tip } = await labelledSegment(page);
      await page.touchscreen.tap(x, y);
      expect(await shownTip(page)).toBe(tip);
      await page.touchscreen.tap(5, 5);
      expect(await shownTip(page)).toBeNull();
    } finally {
      await context.close();
    }
  });

  test('with one practice area focused, every other area’s words keep AA contrast on what is behind them', async () => {
    const { context, page } = await site.open(`${PAGE}?area=custody`);
    try {
      // Each dimmed label's colour, and the colour behind it: the dimmed segment it sits on
      // (its fill blended with the page at the segment's opacity), or the page.
      const pairs = await page.evaluate(() => {
        const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
        // The page's colour is on <html> or <body>; a transparent one shows the other.
        const solid = [document.body, document.documentElement]
          .map((e) => getComputedStyle(e).backgroundColor)
          .find((c) => !/^rgba\(.*, 0\)$|transparent/.test(c));
        const page = rgb(solid ?? 'rgb(255, 255, 255)');
        const hex = (c: number[]) =>
          `#${c.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;
        return Array.from(
          document.querySelectorAll<SVGTextElement>(
            '[data-focus-scope].has-focus svg text[data-area]:not(.is-focused)',
          ),
        )
          .filter((t) => t.getBoundingClientRect().width > 0)
          .map((t) => {
            const b = t.getBoundingClientRect();
            const under = document
              .elementsFromPoint(b.left + b.width / 2, b.top + b.height / 2)
              .find((e) => e.tagName === 'rect');
            let behind = page;
            if (under) {
              const a = Number(getComputedStyle(under).opacity);
              const fill = rgb(getComputedStyle(under).fill);
              behind = fill.map((v, i) => a * v + (1 - a) * (page[i] ?? 0));
            }
            return {
              text: t.textContent,
              opacity: getComputedStyle(t).opacity,
              fill: hex(rgb(getComputedStyle(t).fill)),
              behind: hex(behind),
            };
          });
      });
      expect(pairs.length).toBeGreaterThan(0);
      for (const p of pairs) {
        expect(p.opacity, p.text ?? '').toBe('1');
        expect(
          contrastRatio(p.fill, p.behind),
          `${p.text ?? ''}: ${p.fill} on ${p.behind}`,
        ).toBeGreaterThanOrEqual(4.5);
      }
    } finally {
      await context.close();
    }
  });
});

describe('stepping through the pairings the totals allow', () => {
  test('the slider, by keyboard, shows one table at a time and says what it means', async () => {
    const { context, page } = await site.open(PAGE);
    try {
      await page.locator('.agreement-steps summary').click();
      const range = page.getByLabel('Cases graded the same by both');
      const shown = () =>
        page.$$eval('[data-step]:not([hidden])', (els) =>
          els.map((e) => e.querySelector('caption')?.textContent?.trim() ?? ''),
        );
      expect(await shown()).toHaveLength(1);
      await range.focus();
      await page.keyboard.press('Home');
      const [first] = await shown();
      expect(first).toMatch(/^If 4 of the 33 cases were graded the same by both/);
      expect(await range.getAttribute('aria-valuetext')).toBe('4 of 33 cases graded the same');
      await page.keyboard.press('ArrowRight');
      const [next] = await shown();
      expect(next).toMatch(/^If 5 of the 33 cases were graded the same by both/);
      expect(await page.locator('[data-steps-status]').textContent()).toBe(
        next?.replace(/ One such pairing.*$/, ''),
      );
    } finally {
      await context.close();
    }
  });

  test('without JavaScript every pairing is listed', async () => {
    const { context, page } = await site.open(PAGE, { javaScriptEnabled: false });
    try {
      await page.locator('.agreement-steps summary').click();
      const captions = await page.$$eval('[data-step] caption', (cs) =>
        cs.map((c) => Number(/^If (\d+) of/.exec(c.textContent?.trim() ?? '')?.[1])),
      );
      expect(captions[0]).toBe(4);
      expect(captions).toEqual(captions.map((_, i) => 4 + i));
      expect(await page.locator('[data-step]:visible').count()).toBe(captions.length);
    } finally {
      await context.close();
    }
  });
});
