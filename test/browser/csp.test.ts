// Every page declares a strict Content-Security-Policy and nothing on it breaks that policy. Each
// built page is loaded with JavaScript on and the policy enforced (the other browser tests bypass
// it, to inject axe), and any violation the browser reports fails the test; the page's script
// must still do its work under the policy.
//
// Markup assumed: the policy is a `<meta http-equiv="content-security-policy">` (astro.config.mjs,
// security.csp); chart cards show their switches in `[data-controls]` and draw grade segments as
// `svg rect[data-tip]` in groups painted by the palette's classes (src/charts/palette.ts); the
// register's script gives each `th[data-sort-key]` a button.
import { createHash } from 'node:crypto';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { GRADE_PALETTES, PAGE_BACKGROUND } from '../../src/charts/palette.ts';
import { listedPaths } from '../../scripts/site/index-files.ts';
import { useBrowserSite } from '../support/browser.ts';
import {
  builtHtml,
  builtPages,
  NOT_FOUND_PAGE,
  problemsOf,
  watch,
  type PageWatch,
} from './site.ts';

const pages = [...builtPages(), NOT_FOUND_PAGE];

const site = useBrowserSite();

/** Sources that would make the policy no stronger than having none, for scripts or styles. */
const UNSAFE = ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "'wasm-unsafe-eval'"];
/** Sources that would let a page load from anywhere. */
const WIDE = ['*', 'http:', 'https:', 'data:', 'blob:'];

/** The page's policy as directive name → sources, and the <meta> it came from. */
function policyOf(document: Document): { meta: Element | null; directives: Map<string, string[]> } {
  const metas = Array.from(document.querySelectorAll('meta[http-equiv]')).filter(
    (m) => m.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy',
  );
  expect(metas, 'exactly one policy <meta>').toHaveLength(1);
  const meta = metas[0] ?? null;
  const directives = new Map<string, string[]>();
  for (const part of (meta?.getAttribute('content') ?? '').split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name !== undefined && name !== '') directives.set(name.toLowerCase(), sources);
  }
  return { meta, directives };
}

const sha256 = (text: string): string =>
  `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** Whether a <script> runs (rather than carrying data, such as the register's JSON). */
function executable(script: Element): boolean {
  const type = (script.getAttribute('type') ?? '').trim().toLowerCase();
  return type === '' || type === 'module' || type.endsWith('javascript');
}

describe.each(pages)('%s, built', (path) => {
  const { document } = parseHTML(builtHtml(path));

  test("declares a strict policy: default-src 'self', nothing unsafe, nothing from anywhere", () => {
    const { meta, directives } = policyOf(document);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    for (const [name, sources] of directives) {
      // The search page compiles Pagefind's WebAssembly from this site, and only it may.
      const allowed = path === '/search/' && name === 'script-src' ? ["'wasm-unsafe-eval'"] : [];
      for (const unsafe of UNSAFE.filter((u) => !allowed.includes(u)))
        expect(sources, `${name} allows ${unsafe}`).not.toContain(unsafe);
      for (const wide of WIDE) expect(sources, `${name} allows ${wide}`).not.toContain(wide);
    }
    // Scripts and styles fall back to default-src when their own directive is missing, which
    // would be just as strict; Astro writes both, with the hashes of what it inlines.
    expect(directives.get('script-src')?.[0]).toBe("'self'");
    expect(directives.get('style-src')?.[0]).toBe("'self'");
    // A <meta> policy governs only what follows it, so it must come before any style or script.
    const first = document.querySelector('head style, head script, head link[rel~="stylesheet"]');
    if (meta !== null && first !== null) {
      expect(
        meta.compareDocumentPosition(first) & 4, // DOCUMENT_POSITION_FOLLOWING
        `<${first.tagName.toLowerCase()}> comes before the policy`,
      ).toBe(4);
    }
  });

  test('allows each inline script and style by its hash', () => {
    const { directives } = policyOf(document);
    const scriptSources = directives.get('script-src') ?? [];
    const styleSources = directives.get('style-src') ?? [];
    for (const script of Array.from(document.querySelectorAll('script:not([src])'))) {
      if (!executable(script)) continue;
      const content = script.textContent ?? '';
      expect(scriptSources, `inline script "${content.slice(0, 60)}…"`).toContain(sha256(content));
    }
    for (const style of Array.from(document.querySelectorAll('style'))) {
      const content = style.textContent ?? '';
      expect(styleSources, `inline style "${content.slice(0, 60)}…"`).toContain(sha256(content));
    }
  });

  test('has no style attribute and no event-handler attribute, which the policy refuses', () => {
    const refused = Array.from(document.querySelectorAll('*')).flatMap((element) =>
      Array.from(element.attributes)
        .filter((a) => a.name === 'style' || a.name.startsWith('on'))
        .map((a) => `<${element.tagName.toLowerCase()} ${a.name}="${a.value}">`),
    );
    expect(refused, refused.slice(0, 10).join('\n')).toEqual([]);
  });

  // A chart-only embed says noindex too: its chart, summary and table are on the page it links to.
  const unindexed = path === NOT_FOUND_PAGE || listedPaths([path]).length === 0;
  test(
    unindexed
      ? 'asks search engines not to index it'
      : 'lets search engines index it (only the not-found page and embeds say noindex)',
    () => {
      const robots = document.querySelector('meta[name="robots"]')?.getAttribute('content');
      if (unindexed) expect(robots).toBe('noindex');
      else expect(robots ?? '').not.toMatch(/noindex/);
    },
  );
});

/** A violation as the page's `securitypolicyviolation` event reported it. */
interface Violation {
  readonly directive: string;
  readonly blocked: string;
  readonly sample: string;
  readonly where: string;
}

interface WatchedWindow {
  cspViolations?: Violation[];
}

/**
 * Opens a page with the policy enforced and JavaScript on, runs `body` on it, and returns every
 * violation the page reported, every console message about the policy and every other problem
 * `watch` saw. The violation listener is added through the DevTools protocol before any of the
 * page's own code, so the policy cannot block it.
 */
async function underPolicy(
  path: string,
  body: (page: Page) => Promise<void> = () => Promise.resolve(),
  colorScheme: 'light' | 'dark' = 'light',
): Promise<string[]> {
  const context = await site.browser.newContext({ bypassCSP: false, javaScriptEnabled: true });
  const policyMessages: string[] = [];
  let violations: Violation[];
  let w: PageWatch;
  try {
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme });
    w = watch(context, page, site.server.host);
    page.on('console', (m) => {
      if (/content.security.policy/i.test(m.text())) {
        policyMessages.push(`console ${m.type()}: ${m.text()}`);
      }
    });
    await page.addInitScript(() => {
      const seen: Violation[] = [];
      (window as WatchedWindow).cspViolations = seen;
      document.addEventListener(
        'securitypolicyviolation',
        (e) => {
          seen.push({
            directive: e.violatedDirective,
            blocked: e.blockedURI,
            sample: e.sample,
            where: `${e.sourceFile}:${String(e.lineNumber)}:${String(e.columnNumber)}`,
          });
        },
        true,
      );
    });
    const response = await page.goto(site.server.origin + path, { waitUntil: 'load' });
    if (!response?.ok()) throw new Error(`${path}: HTTP ${String(response?.status())}`);
    await body(page);
    // Violation events are queued as tasks: let any still pending arrive first.
    await page.evaluate(() => new Promise((done) => setTimeout(done, 50)));
    violations = await page.evaluate(() => (window as WatchedWindow).cspViolations ?? []);
  } finally {
    await context.close();
  }
  return [
    ...violations.map(
      (v) => `violation of ${v.directive}: ${v.blocked || '(inline)'} "${v.sample}" at ${v.where}`,
    ),
    ...policyMessages,
    // Judged after the close, so a request the close aborts is judged too.
    ...(await problemsOf(w)),
  ];
}

describe.each(pages)('%s, with the policy enforced', (path) => {
  test('loads with JavaScript and reports no policy violation or other problem', async () => {
    const problems = await underPolicy(path);
    expect(problems, problems.join('\n')).toEqual([]);
  });
});

const GWENT = '/inspections/gwent-2019/';

/** `#12436d` as the browser computes it, `rgb(18, 67, 109)`. */
function rgb(hex: string): string {
  const n = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${n.join(', ')})`;
}

describe('the enhancements under the policy', () => {
  test.each(['light', 'dark'] as const)(
    '%s: the chart and table switches appear and work, and grades keep their colours',
    async (mode) => {
      const problems = await underPolicy(
        GWENT,
        async (page) => {
          // The script ran: it shows the switches it is written to reveal, and they switch.
          // (Playwright's waits, not a 1-second poll: a busy machine can be slower than that.)
          const card = page.locator('[data-card]').first();
          await card.locator('[data-controls]').waitFor({ state: 'visible' });
          const chart = card.locator('[data-view-part="chart"]');
          await card.locator('button[data-set-view="table"]').click();
          await chart.waitFor({ state: 'hidden' });
          await card.locator('button[data-set-view="chart"]').click();
          await chart.waitFor({ state: 'visible' });

          // The palette's classes paint bars, their labels, the legend and the timeline's halos.
          const good = GRADE_PALETTES[2]?.[mode][0];
          const paints = await page.evaluate(() => {
            const style = (selector: string): CSSStyleDeclaration | null => {
              const el = document.querySelector(selector);
              return el === null ? null : getComputedStyle(el);
            };
            return {
              segment: style('.fill-grade-3-1 rect[data-tip]')?.fill,
              label: style('.fill-grade-3-1-text text')?.fill,
              swatch: style('.swatch-3-1')?.backgroundColor,
              halo: style('.stroke-chart-background text')?.stroke,
            };
          });
          expect(paints).toEqual({
            segment: rgb(good?.fill ?? ''),
            label: rgb(good?.label ?? ''),
            swatch: rgb(good?.fill ?? ''),
            halo: rgb(PAGE_BACKGROUND[mode]),
          });
        },
        mode,
      );
      expect(problems, problems.join('\n')).toEqual([]);
    },
  );

  test("the register's script, served from the site, adds its sort buttons", async () => {
    const problems = await underPolicy('/recommendations/', async (page) => {
      await page.locator('th[data-sort-key] button').first().waitFor({ state: 'visible' });
    });
    expect(problems, problems.join('\n')).toEqual([]);
  });
});

test('the check sees a violation when there is one', async () => {
  // A style attribute parsed into the page is refused, and reported: were the policy bypassed,
  // or the listener deaf, every test above would pass without checking anything.
  let colour = '';
  const problems = await underPolicy(GWENT, async (page) => {
    colour = await page.evaluate(() => {
      document.body.insertAdjacentHTML('beforeend', '<p style="color: red">refused</p>');
      return getComputedStyle(document.body.lastElementChild as Element).color;
    });
  });
  expect(problems.join('\n')).toMatch(/violation of style-src/);
  expect(colour).not.toBe('rgb(255, 0, 0)');
});
