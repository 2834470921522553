// Shared Chromium launcher for the browser tests and the site bench.
// There is no system Chromium on this machine or on a fresh CI machine, and `playwright install`
// needs the internet, so the fallback is the Chromium binary shipped inside @sparticuz/chromium.
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

/**
 * Flags for a quiet, offline, headless Chromium. Not @sparticuz's own list: that one has
 * `--single-process` and similar switches meant for AWS Lambda, which make a desktop run flaky.
 */
export const CHROME_FLAGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

let cachedPath: Promise<string> | undefined;

/** The Chromium to run: $CHROME_PATH, else the system one, else the one @sparticuz extracts to /tmp. */
export function chromePath(): Promise<string> {
  cachedPath ??= findChrome();
  return cachedPath;
}

async function findChrome(): Promise<string> {
  const fromEnv = process.env['CHROME_PATH'];
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  if (existsSync(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
  // Imported lazily: the first call inflates a ~60 MB binary, which only this branch needs.
  const sparticuz = (await import('@sparticuz/chromium')).default;
  return sparticuz.executablePath();
}

/**
 * Environment for Chromium. A bare machine may have no fontconfig setup at all, in which case
 * text would not render (and contrast checks would be meaningless); @sparticuz extracts a font
 * and a fonts.conf next to its binary, so point fontconfig there only when the system has none.
 */
export function chromeEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  const bundledConf = join(tmpdir(), 'fonts');
  if (
    env['FONTCONFIG_PATH'] === undefined &&
    !existsSync('/etc/fonts/fonts.conf') &&
    existsSync(join(bundledConf, 'fonts.conf'))
  ) {
    env['FONTCONFIG_PATH'] = bundledConf;
  }
  return env;
}

/** Launches a headless Chromium through Playwright. The caller closes it. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: await chromePath(),
    args: [...CHROME_FLAGS],
    env: chromeEnv(),
    headless: true,
  });
}
