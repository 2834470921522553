// Every built page loads cleanly, stays on its own origin and passes axe-core in light and dark.
import { describe, expect, test } from 'vitest';
import { useBrowserSite } from '../support/browser.ts';
import {
  axeViolations,
  builtPages,
  describeViolations,
  EXPECTED_PAGES,
  problemsOf,
  watch,
  type PageWatch,
} from './site.ts';

const pages = builtPages();

const site = useBrowserSite();

test('the site is built and has every expected page', () => {
  expect(pages, 'no index.html under dist/: run `npm run build` first').not.toEqual([]);
  const missing = EXPECTED_PAGES.filter((p) => !pages.includes(p));
  expect(missing, `missing pages: ${missing.join(', ')}`).toEqual([]);
});

/** Loads a page in a fresh context and returns what went wrong, if anything. */
async function load(
  path: string,
  colorScheme: 'light' | 'dark',
): Promise<{ problems: string[]; violations: Awaited<ReturnType<typeof axeViolations>> }> {
  // bypassCSP: axe is injected as an inline script, which a strict CSP would rightly refuse.
  const context = await site.browser.newContext({ bypassCSP: true });
  let w: PageWatch;
  let violations: Awaited<ReturnType<typeof axeViolations>>;
  try {
    const page = await context.newPage();
    w = watch(context, page, site.server.host);
    await page.emulateMedia({ colorScheme });
    await page.goto(site.server.origin + path, { waitUntil: 'load' });
    violations = await axeViolations(page);
  } finally {
    await context.close();
  }
  // Judged after the close, so a request the close aborts is judged too.
  return { problems: await problemsOf(w), violations };
}

describe.each(pages)('%s', (path) => {
  test('loads with no errors, failed requests or requests off the site; no axe violations (light)', async () => {
    const { problems, violations } = await load(path, 'light');
    expect.soft(problems, problems.join('\n')).toEqual([]);
    expect(
      violations.map((v) => v.id),
      `axe violations (light):\n${describeViolations(violations)}`,
    ).toEqual([]);
  });

  test('no axe violations in dark mode', async () => {
    const { problems, violations } = await load(path, 'dark');
    expect.soft(problems, problems.join('\n')).toEqual([]);
    expect(
      violations.map((v) => v.id),
      `axe violations (dark):\n${describeViolations(violations)}`,
    ).toEqual([]);
  });
});
