// Lighthouse for npm run bench:site: a Chromium with a DevTools port, the default mobile config,
// several runs per page and the median of each category's score.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median } from 'd3-array';
import { CHROME_FLAGS, chromeEnv, chromePath } from '../browser.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];
const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
] as const;
export type Metric = (typeof METRICS)[number];

export interface LighthouseReport {
  readonly path: string;
  /** The median of the runs' scores, 0–100. */
  readonly scores: Partial<Record<Category, number | null>>;
  /** Every run's score. */
  readonly runs?: Partial<Record<Category, number[]>>;
  /** The performance metrics of each run (ms, and CLS as a number), to say why a score is low. */
  readonly metrics?: readonly Partial<Record<Metric, number>>[];
  readonly error?: string;
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

/**
 * Lighthouse with its default (mobile, simulated throttling) config, `runs` times on each page,
 * each run in a fresh browser; the report per page is the median score of each category.
 */
export async function lighthouseRuns(
  origin: string,
  paths: readonly string[],
  runs: number,
): Promise<LighthouseReport[]> {
  let lighthouse: typeof import('lighthouse').default;
  try {
    lighthouse = (await import('lighthouse')).default;
  } catch (e) {
    console.log(`\nLighthouse is not installed, skipped: ${(e as Error).message}`);
    return [];
  }
  process.env['CHROME_PATH'] = await chromePath();
  const reports: LighthouseReport[] = [];
  for (const path of paths) {
    const each: Partial<Record<Category, number | null>>[] = [];
    const errors = new Set<string>();
    const metrics: Partial<Record<Metric, number>>[] = [];
    for (let run = 0; run < runs; run++) {
      // A fresh browser per run, so one run's cache cannot flatter the next.
      const chrome = await debuggableChrome();
      try {
        const result = await lighthouse(origin + path, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
        });
        const categories = result?.lhr.categories ?? {};
        const scores: Partial<Record<Category, number | null>> = {};
        for (const c of CATEGORIES) {
          const s = categories[c]?.score;
          scores[c] = s === undefined || s === null ? null : Math.round(s * 100);
        }
        each.push(scores);
        metrics.push(metricsOf(result?.lhr));
        const failed = failedAudits(result?.lhr).error;
        if (failed) errors.add(failed);
      } catch (e) {
        errors.add((e as Error).message);
      } finally {
        await chrome.stop();
      }
    }
    const scores: Partial<Record<Category, number | null>> = {};
    const all: Partial<Record<Category, number[]>> = {};
    for (const c of CATEGORIES) {
      const values = each.map((s) => s[c]).filter((s): s is number => typeof s === 'number');
      all[c] = values;
      scores[c] = values.length > 0 ? (median(values) ?? null) : null;
    }
    reports.push({
      path,
      scores,
      runs: all,
      metrics,
      ...(errors.size > 0 ? { error: [...errors].join('; ') } : {}),
    });
  }
  return reports;
}

/** A run's performance metrics, in milliseconds (CLS as a number). */
function metricsOf(lhr: Lhr | undefined): Partial<Record<Metric, number>> {
  const m: Partial<Record<Metric, number>> = {};
  for (const id of METRICS) {
    const v = lhr?.audits[id]?.numericValue;
    if (v !== undefined) m[id] = Math.round(v * 1000) / 1000;
  }
  return m;
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
