// The build half of npm run bench:site: a copy of the project in bench-output/ for each size of
// synthetic data (so the checkout's own public/data and dist/ are never touched), the data build
// and the site build timed end to end as the analyst runs them, and what the build wrote.
import { cpSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { sum } from 'd3-array';
import { runNode } from './run-node.ts';
import { writeNationalData } from './synthetic-data.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const COPIED = [
  'src',
  'public',
  'scripts',
  'data',
  'astro.config.mjs',
  'package.json',
  'tsconfig.json',
];

/** What one end-to-end build of a size took and wrote. */
export interface SiteBuild {
  readonly forces: number;
  readonly ms: number;
  /** The largest peak resident memory of any process of the build (data, site, Astro). */
  readonly peakRssKb: number;
  readonly pages: number;
  readonly distBytes: number;
  readonly largest: { readonly path: string; readonly bytes: number; readonly gzipBytes: number };
  /** Pages whose HTML is over the size limit, gzipped. */
  readonly overLimit: number;
  readonly dist: string;
}

/** A copy of the project for one size, its data synthetic; returns its folder. */
export async function workspace(out: string, forces: number): Promise<string> {
  const dir = join(out, `site-${String(forces)}`);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  for (const name of COPIED)
    cpSync(join(ROOT, name), join(dir, name), {
      recursive: true,
      filter: (from) => !from.startsWith(join(ROOT, 'public', 'data')),
    });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  await writeNationalData(join(dir, 'synthetic'), forces);
  return dir;
}

/** Runs node scripts in `cwd`, returning the peak memory of the largest of their processes. */
const node = async (cwd: string, args: readonly string[]): Promise<number> =>
  (await runNode(cwd, args)).maxRssKb;

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

/** `npm run build` on the workspace's synthetic data, timed from start to finish, from cold. */
export async function buildSize(
  dir: string,
  forces: number,
  limitBytes: number,
): Promise<SiteBuild> {
  // A cold build, as on a fresh machine: the PNG images are otherwise kept between builds, and
  // each size's synthetic forces include the smaller size's.
  await rm(join(dir, 'node_modules', '.cache', 'png-images'), { recursive: true, force: true });
  const started = performance.now();
  const data = await node(dir, [
    'scripts/build-data.js',
    '--data',
    'synthetic',
    '--as-of',
    '2026-11-28',
  ]);
  const site = await node(dir, ['scripts/build-site.ts']);
  const ms = performance.now() - started;
  const dist = join(dir, 'dist');
  const all = files(dist);
  const html = all.filter((f) => f.endsWith('.html'));
  const sized = html.map((f) => {
    const body = readFileSync(f);
    return {
      path: `/${relative(dist, f).split(sep).join('/')}`,
      bytes: body.length,
      gzip: gzipSync(body).length,
    };
  });
  const largest = sized.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  return {
    forces,
    ms,
    peakRssKb: Math.max(data, site),
    pages: html.length,
    distBytes: sum(all, (f) => statSync(f).size),
    largest: {
      path: largest.path.replace(/index\.html$/, ''),
      bytes: largest.bytes,
      gzipBytes: largest.gzip,
    },
    overLimit: sized.filter((s) => s.gzip > limitBytes).length,
    dist,
  };
}
