// npm run build's second half: `astro build` into a fresh folder beside dist/, swapped in only
// when every page has built. Astro empties its output folder first, so building straight into
// dist/ left 7 of 23 pages when a page failed; now a failed build leaves the last good dist/.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { writeIndexFiles } from './site/index-files.ts';
import { cacheFolder, writePngImages } from './site/png-images.ts';
import { writeSearchIndex } from './site/search-index.ts';

const ROOT = resolve(import.meta.dirname, '..');

/** Runs `astro build` into `outDir`, resolving with its exit code. */
function astroBuild(outDir: string, extra: readonly string[]): Promise<number> {
  const astro = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, [astro, 'build', '--outDir', outDir, ...extra], {
      cwd: ROOT,
      stdio: 'inherit',
    });
    child.on('error', fail);
    child.on('exit', (code, signal) => ok(code ?? (signal ? 1 : 0)));
  });
}

/**
 * Builds the site into a sibling folder and swaps it for `dist` only when the build succeeded.
 * `build` writes a site into the folder it is given and resolves with its exit code; `finish`
 * adds what needs the finished pages (PNG images, the sitemap, the search index) before the swap.
 */
export async function buildSite(
  dist: string,
  build: (outDir: string) => Promise<number>,
  finish: (outDir: string) => Promise<void> = () => Promise.resolve(),
): Promise<boolean> {
  const next = `${dist}.next`;
  const old = `${dist}.old`;
  await rm(next, { recursive: true, force: true });
  await rm(old, { recursive: true, force: true });
  const code = await build(next);
  if (code !== 0 || !existsSync(join(next, 'index.html'))) {
    await rm(next, { recursive: true, force: true });
    return false;
  }
  await finish(next);
  const had = existsSync(dist);
  if (had) await rename(dist, old);
  await rename(next, dist);
  if (had) await rm(old, { recursive: true, force: true });
  return true;
}

if (import.meta.main) {
  const dist = join(ROOT, 'dist');
  // The day the data was built dates every page in the sitemap.
  const manifest = JSON.parse(
    readFileSync(join(ROOT, 'public', 'data', 'manifest.json'), 'utf8'),
  ) as { asOf: string };
  const ok = await buildSite(
    dist,
    (outDir) => astroBuild(outDir, process.argv.slice(2)),
    async (outDir) => {
      const started = performance.now();
      const png = await writePngImages(outDir, cacheFolder(ROOT));
      console.log(
        `images: ${String(png.drawn)} PNGs drawn, ${String(png.cached)} from the cache, in ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
      await writeIndexFiles(outDir, process.env['SITE_URL'] || null, manifest.asOf);
      console.log(`search: indexed ${String(await writeSearchIndex(outDir))} pages`);
    },
  );
  if (!ok) {
    console.error(
      `\nThe site did not build; ${existsSync(dist) ? 'dist/ is the last good build, unchanged' : 'there is no dist/ yet'}.`,
    );
    process.exit(1);
  }
}
