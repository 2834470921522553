// npm run bench:site [-- --no-build]
// Builds the site and reports what each page costs a reader: JavaScript shipped and total bytes
// transferred (gzip), plus Lighthouse scores for the home and Gwent pages, against the budgets.
// A report, not a test: it always exits 0, and says plainly which targets were met.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Response } from 'playwright-core';
import { builtPages, DIST } from '../test/browser/site.ts';
import { startServer, type StaticServer } from '../test/browser/server.ts';
import { CHROME_FLAGS, chromeEnv, chromePath, launchBrowser } from './browser.ts';

const JS_BUDGET_KB = 15;
const GWENT_PAGE = '/inspections/gwent-2019/';
const GWENT_TOTAL_BUDGET_KB = 150;
const LIGHTHOUSE_PAGES = ['/', GWENT_PAGE] as const;
const LIGHTHOUSE_TARGETS = {
  performance: 98,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
} as const;
type Category = keyof typeof LIGHTHOUSE_TARGETS;
const OUT_DIR = resolve(import.meta.dirname, '../bench-output');

interface BuildReport {
  ok: boolean;
  totalMs: number;
  astroMs: number | null;
  pages: number;
  astroMsPerPage: number | null;
  astroTimingLines: string[];
}

interface PageReport {
  path: string;
  jsGzipBytes: number;
  jsFiles: string[];
  inlineScriptGzipBytes: number;
  transferGzipBytes: number;
  requests: number;
}

interface LighthouseReport {
  path: string;
  scores: Partial<Record<Category, number | null>>;
  error?: string;
}

const kb = (bytes: number): string => (bytes / 1024).toFixed(1);

/** Runs a command, echoing and capturing its output with the time each line arrived. */
function run(
  cmd: string,
  args: string[],
): Promise<{ code: number; lines: { at: number; text: string }[]; ms: number }> {
  const started = performance.now();
  const lines: { at: number; text: string }[] = [];
  return new Promise((ok) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const collect = (chunk: Buffer): void => {
      process.stdout.write(chunk);
      const at = performance.now() - started;
      for (const text of chunk.toString('utf8').split('\n'))
        if (text.trim()) lines.push({ at, text });
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('close', (code) => {
      ok({ code: code ?? 1, lines, ms: performance.now() - started });
    });
  });
}

// Astro colours its log lines; strip the escapes so they can be matched and stored.
const plain = (s: string): string => s.replace(/\x1b\[[0-9;]*m/g, '');

/** Astro's own "N page(s) built in Xs" / "Completed in" lines, its total in ms and page count. */
function astroTiming(lines: readonly string[]): {
  lines: string[];
  ms: number | null;
  pages: number | null;
} {
  const timing = lines.map(plain).filter((l) => /built in|Completed in|Complete!/i.test(l));
  let ms: number | null = null;
  let pages: number | null = null;
  for (const l of timing) {
    const m = /(\d+) page\(s\) built in ([\d.]+)\s*(ms|s)\b/i.exec(l);
    if (m?.[1] !== undefined && m[2] !== undefined) {
      pages = Number(m[1]);
      ms = Number(m[2]) * (m[3] === 's' ? 1000 : 1);
    }
  }
  return { lines: timing.map((l) => l.trim()), ms, pages };
}

async function build(): Promise<BuildReport> {
  console.log('# Building the site (npm run build)\n');
  const result = await run('npm', ['run', 'build']);
  const text = result.lines.map((l) => l.text);
  const timing = astroTiming(text);
  // If astro's summary line is missing, fall back to the time from its first log line to the end.
  const firstAstro = result.lines.find((l) => /\[(build|vite|types|content)\]/.test(plain(l.text)));
  const astroMs = timing.ms ?? (firstAstro ? result.ms - firstAstro.at : null);
  // Astro's count includes pages such as 404.html that are not index.html, and it built them all.
  const pages = timing.pages ?? builtPages().length;
  return {
    ok: result.code === 0,
    totalMs: result.ms,
    astroMs,
    pages,
    astroMsPerPage: astroMs !== null && pages > 0 ? astroMs / pages : null,
    astroTimingLines: timing.lines,
  };
}

/** Scripts in the HTML: external `src`s (and module preloads) and the text of inline scripts. */
function scriptsIn(html: string): { srcs: string[]; inline: string[] } {
  const srcs: string[] = [];
  const inline: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1] ?? '';
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1]?.toLowerCase();
    // JSON data islands and the like are not JavaScript the browser runs.
    if (type !== undefined && type !== 'module' && !type.includes('javascript')) continue;
    const src = /\bsrc\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1];
    if (src !== undefined) srcs.push(src);
    else if ((m[2] ?? '').trim()) inline.push(m[2] ?? '');
  }
  for (const m of html.matchAll(/<link\b[^>]*\brel\s*=\s*["']?modulepreload[^>]*>/gi)) {
    const href = /\bhref\s*=\s*["']?([^"'\s>]+)/i.exec(m[0])?.[1];
    if (href !== undefined) srcs.push(href);
  }
  return { srcs, inline };
}

function gzipSize(body: Buffer | string): number {
  return gzipSync(body).length;
}

/** Already-compressed formats would not be gzipped by a host, so count them as they are. */
function wireSize(body: Buffer, type: string): number {
  return /^text\/|json|xml|svg|javascript|manifest|csv/.test(type) ? gzipSize(body) : body.length;
}

async function jsBytes(url: string, server: StaticServer): Promise<number> {
  const res = await fetch(url.startsWith('http') ? url : new URL(url, server.origin));
  return res.ok ? gzipSize(Buffer.from(await res.arrayBuffer())) : 0;
}

/** Loads one page in Chromium and measures its JavaScript and total transfer. */
async function measurePage(
  browser: Awaited<ReturnType<typeof launchBrowser>>,
  server: StaticServer,
  path: string,
): Promise<PageReport> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const responses: Response[] = [];
  page.on('response', (r) => responses.push(r));
  await page.goto(server.origin + path, { waitUntil: 'networkidle' });
  let transfer = 0;
  const loadedJs = new Set<string>();
  for (const r of responses) {
    if (new URL(r.url()).host !== server.host || r.status() !== 200) continue;
    const type = r.headers()['content-type'] ?? '';
    transfer += wireSize(await r.body(), type);
    if (/javascript/.test(type)) loadedJs.add(new URL(r.url()).pathname);
  }
  await context.close();

  const html = await readFile(join(DIST, ...path.split('/').filter(Boolean), 'index.html'), 'utf8');
  const { srcs, inline } = scriptsIn(html);
  const base = new URL(path, server.origin);
  for (const s of srcs) loadedJs.add(new URL(s, base).pathname);
  const jsFiles = [...loadedJs].sort();
  let external = 0;
  for (const f of jsFiles) external += await jsBytes(f, server);
  const inlineBytes = inline.length > 0 ? gzipSize(inline.join('\n')) : 0;
  return {
    path,
    jsGzipBytes: external + inlineBytes,
    jsFiles,
    inlineScriptGzipBytes: inlineBytes,
    transferGzipBytes: transfer,
    requests: responses.length,
  };
}

/** Starts a Chromium with a DevTools port for Lighthouse, which drives it over CDP. */
async function debuggableChrome(): Promise<{ port: number; stop: () => Promise<void> }> {
  const profile = await mkdtemp(join(tmpdir(), 'bench-site-chrome-'));
  const child = spawn(
    await chromePath(),
    [...CHROME_FLAGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'], env: chromeEnv() },
  );
  const port = await new Promise<number>((ok, fail) => {
    let seen = '';
    const timer = setTimeout(() => {
      fail(new Error(`Chromium did not report a DevTools port:\n${seen}`));
    }, 30_000);
    child.stderr.on('data', (chunk: Buffer) => {
      seen += chunk.toString('utf8');
      const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(seen);
      if (m?.[1] !== undefined) {
        clearTimeout(timer);
        ok(Number(m[1]));
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`Chromium exited (${String(code)}):\n${seen}`));
    });
  });
  const stop = async (): Promise<void> => {
    const exited = new Promise((ok) => child.once('exit', ok));
    child.kill();
    await exited;
    await rm(profile, { recursive: true, force: true });
  };
  return { port, stop };
}

/** Lighthouse with its default (mobile, simulated throttling) config. */
async function lighthouseRuns(server: StaticServer): Promise<LighthouseReport[]> {
  let lighthouse: typeof import('lighthouse').default;
  try {
    lighthouse = (await import('lighthouse')).default;
  } catch (e) {
    console.log(`\nLighthouse is not installed, skipped: ${(e as Error).message}`);
    return [];
  }
  process.env['CHROME_PATH'] = await chromePath();
  const reports: LighthouseReport[] = [];
  for (const path of LIGHTHOUSE_PAGES) {
    // A fresh browser per run, so one run's cache cannot flatter the next.
    const chrome = await debuggableChrome();
    try {
      const result = await lighthouse(server.origin + path, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
      });
      const categories = result?.lhr.categories ?? {};
      const scores: Partial<Record<Category, number | null>> = {};
      for (const c of Object.keys(LIGHTHOUSE_TARGETS) as Category[]) {
        const s = categories[c]?.score;
        scores[c] = s === undefined || s === null ? null : Math.round(s * 100);
      }
      reports.push({ path, scores, ...failedAudits(result?.lhr) });
    } catch (e) {
      reports.push({ path, scores: {}, error: (e as Error).message });
    } finally {
      await chrome.stop();
    }
  }
  return reports;
}

type Lhr = NonNullable<Awaited<ReturnType<typeof import('lighthouse').default>>>['lhr'];

/** The audits that cost points outside performance, so a missed target says why. */
function failedAudits(lhr: Lhr | undefined): { error?: string } {
  if (!lhr) return { error: 'no result' };
  const failing: string[] = [];
  for (const c of ['accessibility', 'best-practices', 'seo'] as const) {
    for (const ref of lhr.categories[c]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
        failing.push(`${c}: ${ref.id} (${audit.title})`);
      }
    }
  }
  if (lhr.runtimeError) failing.push(`runtime error: ${lhr.runtimeError.message}`);
  return failing.length > 0 ? { error: failing.join('; ') } : {};
}

function printBuild(b: BuildReport): void {
  console.log('\n# Build');
  console.log(`npm run build: ${b.ok ? 'ok' : 'FAILED'} in ${(b.totalMs / 1000).toFixed(1)} s`);
  for (const l of b.astroTimingLines) console.log(`astro: ${l}`);
  const per = b.astroMsPerPage === null ? 'n/a' : `${b.astroMsPerPage.toFixed(0)} ms`;
  console.log(`pages: ${String(b.pages)}, astro build time per page: ${per}`);
}

function printPages(pages: readonly PageReport[]): boolean {
  console.log(`\n# Pages (gzip; JS target ≤ ${String(JS_BUDGET_KB)} KB per page)`);
  console.log(
    `${'page'.padEnd(40)} ${'JS KB'.padStart(7)} ${'total KB'.padStart(9)} reqs  JS target`,
  );
  let allMet = true;
  for (const p of pages) {
    const met = p.jsGzipBytes <= JS_BUDGET_KB * 1024;
    allMet &&= met;
    console.log(
      `${p.path.padEnd(40)} ${kb(p.jsGzipBytes).padStart(7)} ${kb(p.transferGzipBytes).padStart(9)} ${String(p.requests).padStart(4)}  ${met ? 'met' : 'MISSED'}`,
    );
  }
  return allMet;
}

function printLighthouse(reports: readonly LighthouseReport[]): boolean {
  if (reports.length === 0) return false;
  console.log('\n# Lighthouse (mobile, default config)');
  const cats = Object.keys(LIGHTHOUSE_TARGETS) as Category[];
  console.log(
    `${'page'.padEnd(28)} ${cats.map((c) => `${c} (≥${String(LIGHTHOUSE_TARGETS[c])})`.padStart(22)).join('')}`,
  );
  let allMet = true;
  for (const r of reports) {
    const cells = cats.map((c) => {
      const s = r.scores[c];
      const met = s !== undefined && s !== null && s >= LIGHTHOUSE_TARGETS[c];
      allMet &&= met;
      return `${s === undefined || s === null ? 'n/a' : String(s)} ${met ? 'met' : 'MISSED'}`.padStart(
        22,
      );
    });
    console.log(`${r.path.padEnd(28)} ${cells.join('')}`);
    if (r.error) console.log(`  ${r.error}`);
  }
  return allMet;
}

async function main(): Promise<void> {
  // --no-build measures the dist/ already there (e.g. while another build must not be disturbed).
  const buildReport = process.argv.includes('--no-build') ? null : await build();
  const paths = builtPages();
  const server = await startServer(DIST);
  const browser = await launchBrowser();
  const pages: PageReport[] = [];
  try {
    for (const p of paths) pages.push(await measurePage(browser, server, p));
  } finally {
    await browser.close();
  }
  let lighthouse: LighthouseReport[] = [];
  try {
    lighthouse = await lighthouseRuns(server);
  } finally {
    await server.close();
  }

  if (buildReport) printBuild(buildReport);
  else console.log('\n# Build\nskipped (--no-build): measuring the existing dist/');
  const jsMet = printPages(pages);
  const gwent = pages.find((p) => p.path === GWENT_PAGE);
  const gwentMet = gwent !== undefined && gwent.transferGzipBytes <= GWENT_TOTAL_BUDGET_KB * 1024;
  const lhMet = printLighthouse(lighthouse);

  console.log('\n# Targets');
  console.log(`${jsMet ? 'met   ' : 'MISSED'} JS ≤ ${String(JS_BUDGET_KB)} KB gzip on every page`);
  console.log(
    `${gwentMet ? 'met   ' : 'MISSED'} ${GWENT_PAGE} total ≤ ${String(GWENT_TOTAL_BUDGET_KB)} KB gzip (${gwent ? kb(gwent.transferGzipBytes) : 'n/a'} KB)`,
  );
  console.log(
    `${lhMet ? 'met   ' : 'MISSED'} Lighthouse performance ≥ 98, accessibility, best practices and SEO 100`,
  );

  await mkdir(OUT_DIR, { recursive: true });
  const out = join(OUT_DIR, 'bench-site.json');
  const targets = { jsPerPage: jsMet, gwentTotal: gwentMet, lighthouse: lhMet };
  await writeFile(
    out,
    `${JSON.stringify({ when: new Date().toISOString(), build: buildReport, pages, lighthouse, targets }, null, 2)}\n`,
  );
  console.log(`\nwrote ${out}`);
}

// A report, not a gate: print what went wrong and still exit 0.
try {
  await main();
} catch (e) {
  console.error(`bench-site failed: ${(e as Error).stack ?? String(e)}`);
}
process.exit(0);
