// The register as a reader uses it, for npm run bench:site: long tasks while the page loads, and
// how long each filter and sort takes to show its result (from the input to the next frame), on
// this machine's CPU and slowed four times as on a mid-range phone.
import { median } from 'd3-array';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../browser.ts';

/** One action on the register, done in the page; the timer runs from it to the next frame. */
const ACTIONS = {
  'sort by force': `document.querySelector('th[data-sort-key="force"] button').click()`,
  'sort by due date': `document.querySelector('th[data-sort-key="due"] button').click()`,
  'filter by a force': `(() => { const s = document.querySelector('select[data-filter="force"]'); s.selectedIndex = 1; s.dispatchEvent(new Event('change')); })()`,
  'only overdue': `document.querySelector('input[data-filter="overdue"]').click()`,
  'clear filters': `document.querySelector('[data-register-reset]').click()`,
} as const;
export type Action = keyof typeof ACTIONS;

export interface RegisterTimings {
  readonly cpuSlowdown: number;
  readonly rows: number;
  readonly domElements: number;
  /** Long tasks (over 50 ms) from navigation to two seconds after load. */
  readonly longTasks: readonly number[];
  /** When each began (ms from navigation), with its length. */
  readonly longTaskStarts: readonly (readonly [number, number])[];
  /** When the script fetched, parsed and was ready (ms from navigation). */
  readonly marks: Readonly<Record<string, number>>;
  /** Median milliseconds of each action, over the repeats. */
  readonly actions: Readonly<Record<Action, number>>;
}

async function timeAction(page: Page, action: Action): Promise<number> {
  return page.evaluate(
    `(async () => {
      const t0 = performance.now();
      ${ACTIONS[action]};
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      return performance.now() - t0;
    })()`,
  );
}

/** Loads the register at `url` and times each action `repeats` times. */
export async function registerTimings(
  url: string,
  cpuSlowdown: number,
  repeats: number,
): Promise<RegisterTimings> {
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    await page.addInitScript(`
      window.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__longTasks.push([Math.round(e.startTime), Math.round(e.duration)]);
      }).observe({ type: 'longtask', buffered: true });
    `);
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(2000);
    const starts = await page.evaluate<[number, number][]>('window.__longTasks');
    const longTasks = starts.map(([, duration]) => duration);
    const rows = await page.locator('tr[data-key]').count();
    const domElements = await page.evaluate<number>('document.getElementsByTagName("*").length');
    const marks = await page.evaluate<Record<string, number>>(
      `Object.fromEntries(performance.getEntriesByType('mark').filter((m) => m.name.startsWith('register:')).map((m) => [m.name, Math.round(m.startTime)]))`,
    );
    const actions = {} as Record<Action, number>;
    for (const action of Object.keys(ACTIONS) as Action[]) {
      const times: number[] = [];
      for (let k = 0; k < repeats; k++) times.push(await timeAction(page, action));
      actions[action] = median(times) ?? NaN;
    }
    return { cpuSlowdown, rows, domElements, longTasks, longTaskStarts: starts, marks, actions };
  } finally {
    await browser.close();
  }
}
