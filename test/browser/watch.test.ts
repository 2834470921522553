// The page watch itself: a request the browser gave up on because the test moved on is not a
// failure of the site, but a missing file, a refused connection or a request off the site is,
// however the browser reports it. Runs on a tiny site of its own, not on dist/.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/browser.ts';
import { startServer, type StaticServer } from './server.ts';
import { problemsOf, watch, type PageWatch } from './site.ts';

// The icon is also an <img>: headless Chromium asks for a page's favicon only now and then, and
// an image request is one it always makes, with the same failure events.
const page = (icon: string): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title><link rel="icon" href="${icon}"></head><body><img src="${icon}" alt=""></body></html>`;

let dir: string;
let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'watch-'));
  writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(dir, 'present.html'), page('/favicon.svg'));
  writeFileSync(join(dir, 'missing.html'), page('/no-such-icon.svg'));
  [browser, server] = await Promise.all([launchBrowser(), startServer(dir)]);
});

/** A loopback port that was free a moment ago and has nothing listening on it now. */
async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((ok) => s.listen(0, '127.0.0.1', ok));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((ok) => s.close(() => ok()));
  return port;
}

afterAll(async () => {
  await Promise.all([browser.close(), server.close()]);
  rmSync(dir, { recursive: true, force: true });
});

/** Loads a page with its icon request aborted by the browser, as on a close mid-load. */
async function loadWithIconAborted(path: string): Promise<PageWatch> {
  const context: BrowserContext = await browser.newContext();
  const p: Page = await context.newPage();
  const w = watch(context, p, server.host);
  // 'aborted' is the error Chromium gives a request cut off by navigation or close.
  await p.route(/icon\.svg$/, (route) => route.abort('aborted'));
  const iconFailed = p.waitForEvent('requestfailed');
  await p.goto(`${server.origin}${path}`);
  await iconFailed;
  await context.close();
  return w;
}

describe('watch and problemsOf', () => {
  test('an aborted request for a file the site serves is not a problem', async () => {
    const w = await loadWithIconAborted('/present.html');
    expect([...new Set(w.aborted)]).toEqual([`${server.origin}/favicon.svg`]);
    expect(await problemsOf(w)).toEqual([]);
  });

  test('an aborted request for a missing file is still a problem', async () => {
    const w = await loadWithIconAborted('/missing.html');
    expect(await problemsOf(w)).toEqual([
      `request failed: ${server.origin}/no-such-icon.svg (aborted, and the server answers HTTP 404)`,
    ]);
  });

  test('a missing icon that the browser asks for is a problem', async () => {
    const context = await browser.newContext();
    const p = await context.newPage();
    const w = watch(context, p, server.host);
    const icon = p.waitForResponse(/no-such-icon\.svg$/);
    await p.goto(`${server.origin}/missing.html`);
    await icon;
    await context.close();
    expect(await problemsOf(w)).toContain(`HTTP 404: ${server.origin}/no-such-icon.svg`);
  });

  test('a refused connection and a request off the site are problems', async () => {
    const context = await browser.newContext();
    const p = await context.newPage();
    const w = watch(context, p, server.host);
    await p.goto(`${server.origin}/present.html`);
    const closed = await closedPort();
    const url = `http://127.0.0.1:${String(closed)}/x`;
    await p.evaluate((u) => fetch(u).catch(() => undefined), url);
    await context.close();
    const problems = await problemsOf(w);
    expect(problems).toContain(`request left the site: ${url}`);
    expect(problems).toContain(`request failed: ${url} (net::ERR_CONNECTION_REFUSED)`);
  });
});
