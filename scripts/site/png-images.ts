// The PNG twin of every image the site builds as SVG: each chart (…/charts/<chart>.svg, drawn at
// twice its size for print and sharp screens) and each link preview (…/preview.svg, at the
// 1200 × 630 that link previews ask for, the SVG then removed). Drawing a PNG costs about 50 to
// 100 ms, most of a build's time at national size, so it happens after `astro build`, on every
// core at once, and each PNG is kept in a cache by its SVG's hash: a rebuild draws only what
// changed.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { sum } from 'd3-array';
import { createRequire } from 'node:module';

/** One image to draw: its SVG, the PNG to write beside it, and the scale to draw it at. */
export interface PngJob {
  readonly svg: string;
  readonly png: string;
  readonly scale: number;
  /** Whether the SVG is only the PNG's source, removed once the PNG is drawn. */
  readonly removeSvg: boolean;
}

/** Every SVG under `dir` that has a PNG twin, by the site's naming: charts/*.svg and preview.svg. */
export function pngJobs(dir: string): PngJob[] {
  const jobs: PngJob[] = [];
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.svg')) continue;
    const svg = join(entry.parentPath, entry.name);
    const png = svg.replace(/\.svg$/, '.png');
    if (entry.name === 'preview.svg') jobs.push({ svg, png, scale: 1, removeSvg: true });
    else if (basename(entry.parentPath) === 'charts')
      jobs.push({ svg, png, scale: 2, removeSvg: false });
  }
  return jobs.sort((a, b) => a.svg.localeCompare(b.svg));
}

const require = createRequire(import.meta.url);
const versionOf = (name: string): string =>
  (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string })
    .version;

/**
 * What a cached PNG depends on besides its SVG: the scale and the renderer and typeface, so that
 * upgrading either draws every image again.
 */
export const RENDERER = `resvg-js ${versionOf('@resvg/resvg-js')}, inter ${versionOf('@expo-google-fonts/inter')}`;

/** The cache file of an SVG drawn at a scale. */
export function cacheKey(svg: string, scale: number): string {
  return createHash('sha256')
    .update(`${RENDERER}\n${String(scale)}\n${svg}`)
    .digest('hex');
}

/** What writing the PNGs did. */
export interface PngResult {
  readonly drawn: number;
  readonly cached: number;
}

/**
 * Draws every PNG the site's SVGs call for in `dir`, with `workers` threads, taking each from
 * `cacheDir` where it was drawn before.
 */
export async function writePngImages(
  dir: string,
  cacheDir: string,
  workers = availableParallelism(),
): Promise<PngResult> {
  const jobs = pngJobs(dir);
  mkdirSync(cacheDir, { recursive: true });
  const count = Math.max(1, Math.min(workers, jobs.length));
  // Every n-th job to each thread: neighbouring files are alike in size, so the shares are even.
  const shares = Array.from({ length: count }, (_, i) => jobs.filter((_, j) => j % count === i));
  const results = await Promise.all(
    shares.map(
      (share) =>
        new Promise<PngResult>((ok, fail) => {
          const worker = new Worker(join(import.meta.dirname, 'png-worker.ts'), {
            workerData: { jobs: share, cacheDir },
          });
          worker.once('message', ok);
          worker.once('error', fail);
          worker.once('exit', (code) => {
            if (code !== 0)
              fail(new Error(`PNG images: a worker stopped with code ${String(code)}`));
          });
        }),
    ),
  );
  pruneCache(cacheDir);
  return { drawn: sum(results, (r) => r.drawn), cached: sum(results, (r) => r.cached) };
}

/**
 * Removes every cached PNG no build has used for `days` days. Each release of the data puts its
 * version inside every image, so without pruning the cache would keep a copy of every image of
 * every release; a week keeps what a day's alternating builds (tests, a preview) share.
 */
export function pruneCache(cacheDir: string, days = 7, now = Date.now()): number {
  let removed = 0;
  for (const name of readdirSync(cacheDir)) {
    const file = join(cacheDir, name);
    if (now - statSync(file).mtimeMs > days * 86_400_000) {
      rmSync(file, { force: true });
      removed += 1;
    }
  }
  return removed;
}

/** The folder of the PNG cache, beside Astro's own in node_modules/.cache. */
export const cacheFolder = (root: string): string =>
  join(root, 'node_modules', '.cache', 'png-images');
