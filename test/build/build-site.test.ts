// The site is published whole or not at all: dist/ is replaced only after every page has built.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildSite } from '../../scripts/build-site.ts';

const work = mkdtempSync(join(tmpdir(), 'build-site-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A dist/ holding one page with the given text. */
function distWith(name: string, text: string): string {
  const dist = join(work, name, 'dist');
  mkdirSync(dist, { recursive: true });
  writeFileSync(join(dist, 'index.html'), text);
  return dist;
}

/** A build that writes some pages and then fails, as astro build did on a bad value. */
async function failingBuild(outDir: string): Promise<number> {
  mkdirSync(join(outDir, 'inspections'), { recursive: true });
  writeFileSync(join(outDir, 'index.html'), 'half a site');
  return Promise.resolve(1);
}

async function goodBuild(outDir: string): Promise<number> {
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'index.html'), 'new site');
  return Promise.resolve(0);
}

describe('buildSite', () => {
  test('a failed build leaves the previous dist/ as it was, and no half-built folder', async () => {
    const dist = distWith('failed', 'last good site');
    expect(await buildSite(dist, failingBuild)).toBe(false);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('last good site');
    expect(existsSync(join(dist, 'inspections'))).toBe(false);
    expect(existsSync(`${dist}.next`)).toBe(false);
  });

  test('a build that succeeds replaces dist/ whole', async () => {
    const dist = distWith('good', 'last good site');
    writeFileSync(join(dist, 'stale.html'), 'a page the new build no longer has');
    expect(await buildSite(dist, goodBuild)).toBe(true);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('new site');
    expect(existsSync(join(dist, 'stale.html'))).toBe(false);
    expect(existsSync(`${dist}.old`)).toBe(false);
  });

  test('a build that exits 0 but wrote no home page is a failure too', async () => {
    const dist = distWith('empty', 'last good site');
    expect(await buildSite(dist, () => Promise.resolve(0))).toBe(false);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('last good site');
  });
});
