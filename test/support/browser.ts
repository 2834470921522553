// The browser tests' shared setup: one browser and one static server over the built site for a
// test file, started before its tests and closed after them.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/browser.ts';
import { startServer, type StaticServer } from '../browser/server.ts';
import { DIST } from '../browser/site.ts';

export interface BrowserSite {
  /** The browser, once the file's `beforeAll` has started it. */
  readonly browser: Browser;
  /** The server over dist/, once the file's `beforeAll` has started it. */
  readonly server: StaticServer;
  /** Opens a page in its own context, throwing on an HTTP error; the caller closes the context. */
  open(
    path: string,
    options?: BrowserContextOptions,
  ): Promise<{ context: BrowserContext; page: Page }>;
}

/** The as-of date `npm run test:build` builds with; the browser tests' expectations assume it. */
const TEST_AS_OF = '2026-11-28';

/**
 * Fails at once, saying what to do, when dist/ is not the tests' own build: one left by `npm start`
 * (as of today) would otherwise fail here and there by date, depending on the day it was built.
 */
function assertTestBuild(): void {
  const manifest = join(DIST, 'data', 'manifest.json');
  const asOf = existsSync(manifest)
    ? (JSON.parse(readFileSync(manifest, 'utf8')) as { asOf?: unknown }).asOf
    : undefined;
  if (asOf !== TEST_AS_OF) {
    throw new Error(
      `${DIST} was built as of ${typeof asOf === 'string' ? asOf : 'an unknown date'}, not ${TEST_AS_OF}: run \`npm run test:build\` before the browser tests (npm test does).`,
    );
  }
}

/** Starts a browser and a server for the calling test file, and closes them after it. */
export function useBrowserSite(): BrowserSite {
  let started: { browser: Browser; server: StaticServer } | undefined;
  const get = (): { browser: Browser; server: StaticServer } => {
    if (!started) throw new Error('the browser and server start in beforeAll: use them in a test');
    return started;
  };

  beforeAll(async () => {
    assertTestBuild();
    const [browser, server] = await Promise.all([launchBrowser(), startServer(DIST)]);
    started = { browser, server };
  });

  afterAll(async () => {
    const { browser, server } = get();
    await Promise.all([browser.close(), server.close()]);
  });

  return {
    get browser() {
      return get().browser;
    },
    get server() {
      return get().server;
    },
    async open(path, options) {
      const context = await get().browser.newContext(options);
      const page = await context.newPage();
      const response = await page.goto(get().server.origin + path);
      if (!response?.ok()) throw new Error(`${path}: HTTP ${String(response?.status())}`);
      return { context, page };
    },
  };
}
