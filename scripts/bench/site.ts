// npm run bench:site [-- --sizes 1,22,43,86 --lighthouse-runs 3 --skip-lighthouse]
// What the site costs as it grows to every force in England and Wales, measured on synthetic,
// contract-valid data (scripts/bench/synthetic-data.ts) at 1, 22, 43 and 86 forces, each size
// built end to end in a copy of the project in bench-output/:
// - the build: time, the cost of each added page between sizes, peak memory, pages, dist size,
//   the largest page and how many pages are over 60 KB gzipped;
// - at 43 forces: JavaScript and HTML per page for the home page, an inspection, the national
//   register, the national picture and the largest page; Lighthouse (mobile) on the same, three
//   runs each, the median; and the register's filters and sorts timed in Chromium, as is and with
//   the CPU slowed 4×; and the search index's size and what a first search fetches.
// A report, not a test: it exits 0, and says plainly which targets were met.
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { max } from 'd3-array';
import { startServer } from '../../test/browser/server.ts';
import { CATEGORIES, lighthouseRuns, type LighthouseReport } from './lighthouse.ts';
import { registerTimings, type RegisterTimings } from './register.ts';
import { searchCost } from './search-cost.ts';
import { buildSize, workspace, type SiteBuild } from './site-build.ts';

const OUT = resolve(import.meta.dirname, '..', '..', 'bench-output');
const PAGE_LIMIT_KB = 60;
const JS_LIMIT_KB = 15;
const TARGETS = { performance: 95, interactionMs: 100, slowedInteractionMs: 200, longTaskMs: 50 };
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The gzipped HTML and JavaScript (inline and its own files) of one built page. */
function pageWeight(dist: string, path: string): { html: number; js: number } {
  const html = readFileSync(join(dist, ...path.split('/').filter(Boolean), 'index.html'), 'utf8');
  let js = 0;
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1] ?? '';
    if (/type="application\/json"/.test(attrs)) continue;
    const src = /\bsrc="([^"]+)"/.exec(attrs)?.[1];
    const body = src ? readFileSync(join(dist, ...src.split('/').filter(Boolean))) : (m[2] ?? '');
    js += gzipSync(body).length;
  }
  return { html: gzipSync(html).length, js };
}

function printBuilds(builds: readonly SiteBuild[]): void {
  console.log('\n# Build, end to end (npm run build on synthetic data)');
  console.log(
    'forces | pages | build | per added page | peak memory | dist | largest page (gzip) | pages over 60 KB',
  );
  builds.forEach((b, i) => {
    const before = builds[i - 1];
    const perPage = before ? (b.ms - before.ms) / (b.pages - before.pages) : null;
    console.log(
      [
        b.forces,
        b.pages,
        secs(b.ms),
        perPage === null ? '–' : `${perPage.toFixed(1)} ms`,
        `${(b.peakRssKb / 1024).toFixed(0)} MB`,
        `${(b.distBytes / 2 ** 20).toFixed(1)} MB`,
        `${b.largest.path} ${kb(b.largest.bytes)} (${kb(b.largest.gzipBytes)})`,
        b.overLimit,
      ].join(' | '),
    );
  });
  const at = (n: number) => builds.find((b) => b.forces === n);
  const [a, b] = [at(43), at(86)];
  if (a && b)
    console.log(
      `twice the forces (43 → 86): ${(b.ms / a.ms).toFixed(2)}× the build time (target ≤ 2.1×)`,
    );
}

function printRegister(t: RegisterTimings): void {
  const limit = t.cpuSlowdown > 1 ? TARGETS.slowedInteractionMs : TARGETS.interactionMs;
  const longest = max(t.longTasks) ?? 0;
  console.log(
    `\n# The register at 43 forces, CPU ${t.cpuSlowdown > 1 ? `slowed ${String(t.cpuSlowdown)}×` : 'as is'}: ${String(t.rows)} rows, ${String(t.domElements)} elements`,
  );
  console.log(
    `long tasks on load: ${String(t.longTasks.length)}, longest ${longest.toFixed(0)} ms (target: none over ${String(TARGETS.longTaskMs)} ms)`,
  );
  console.log(
    `script: ${Object.entries(t.marks)
      .map(([k, v]) => `${k.replace('register:', '')} at ${String(v)} ms`)
      .join(
        ', ',
      )}; long tasks ${t.longTaskStarts.map(([at, ms]) => `${String(ms)} ms at ${String(at)}`).join(', ')}`,
  );
  for (const [action, ms] of Object.entries(t.actions))
    console.log(
      `${action}: ${ms.toFixed(0)} ms ${ms <= limit ? 'met' : 'MISSED'} (≤ ${String(limit)} ms)`,
    );
}

function printLighthouse(reports: readonly LighthouseReport[]): void {
  console.log('\n# Lighthouse at 43 forces (mobile; median of the runs)');
  for (const r of reports) {
    const cells = CATEGORIES.map((c) => `${c} ${String(r.scores[c] ?? 'n/a')}`).join(', ');
    const runs = (r.runs?.performance ?? []).join('/');
    console.log(`${r.path}: ${cells} (performance runs ${runs})`);
    for (const m of r.metrics ?? [])
      console.log(
        `  ${Object.entries(m)
          .map(([k, v]) => `${k} ${String(v)}`)
          .join(', ')}`,
      );
    if (r.error) console.log(`  ${r.error}`);
  }
}

/** The register's timings and Lighthouse's scores, on a server of the built site. */
async function inBrowser(
  dist: string,
  pages: readonly string[],
  options: { readonly 'lighthouse-runs': string; readonly 'skip-lighthouse': boolean },
): Promise<{ register: RegisterTimings[]; lighthouse: LighthouseReport[] }> {
  const server = await startServer(dist);
  try {
    const register = [];
    for (const slowdown of [1, 4]) {
      const t = await registerTimings(`${server.origin}/recommendations/`, slowdown, 3);
      printRegister(t);
      register.push(t);
    }
    if (options['skip-lighthouse']) return { register, lighthouse: [] };
    const lighthouse = await lighthouseRuns(
      server.origin,
      pages,
      Number(options['lighthouse-runs']),
    );
    printLighthouse(lighthouse);
    return { register, lighthouse };
  } finally {
    await server.close();
  }
}

/** The pages in order, each once (the largest page may be one already listed). */
const distinct = (paths: readonly string[]): string[] => [...new Set(paths)];

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '1,22,43,86' },
      'lighthouse-runs': { type: 'string', default: '3' },
      'skip-lighthouse': { type: 'boolean', default: false },
    },
  });
  const sizes = values.sizes.split(',').map(Number);
  await mkdir(OUT, { recursive: true });
  console.log(
    `${String(availableParallelism())} cores, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`,
  );
  const builds: SiteBuild[] = [];
  for (const forces of sizes) {
    const dir = await workspace(OUT, forces);
    builds.push(await buildSize(dir, forces, PAGE_LIMIT_KB * 1024));
    console.log(`built ${String(forces)} forces in ${secs(builds.at(-1)?.ms ?? 0)}`);
  }
  printBuilds(builds);
  const national = builds.find((b) => b.forces === 43);
  if (!national) return;
  const pages = distinct([
    '/',
    '/inspections/synthetic-01-2019/',
    '/recommendations/',
    '/national/',
    national.largest.path,
  ]);
  console.log(
    `\n# Pages at 43 forces (gzip; JavaScript ≤ ${String(JS_LIMIT_KB)} KB, page ≤ ${String(PAGE_LIMIT_KB)} KB)`,
  );
  const weights = pages.map((p) => ({ path: p, ...pageWeight(national.dist, p) }));
  for (const w of weights) console.log(`${w.path}: HTML ${kb(w.html)}, JavaScript ${kb(w.js)}`);
  const search = searchCost(national.dist);
  console.log(
    `search: index ${kb(search.indexBytes)} in ${String(search.files)} files; a first search fetches ${kb(search.scriptGzip)} of script and ${kb(search.wasmGzip)} of WebAssembly (gzip), then its index chunks`,
  );
  const report = {
    date: new Date().toISOString(),
    cores: availableParallelism(),
    builds,
    weights,
    search,
    ...(await inBrowser(national.dist, pages, values)),
  };
  writeFileSync(join(OUT, 'bench-site.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log('\nwrote bench-output/bench-site.json');
}

// A report, not a gate: print what went wrong and still exit 0.
try {
  await main();
} catch (e) {
  console.error(`bench:site failed: ${(e as Error).stack ?? String(e)}`);
}
process.exit(0);
