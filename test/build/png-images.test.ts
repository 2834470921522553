import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { cacheKey, pngJobs, pruneCache, writePngImages } from '../../scripts/site/png-images.ts';
import { pngSize } from '../support/png.ts';

const svg = (w: number, h: number, text: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${String(w)}" height="${String(h)}"><rect width="${String(w)}" height="${String(h)}" fill="#fff"/><text x="10" y="20">${text}</text></svg>`;

/** A built site in miniature: two charts, a preview, and SVGs that have no PNG twin. */
function site(): string {
  const dir = mkdtempSync(join(tmpdir(), 'png-images-'));
  mkdirSync(join(dir, 'inspections', 'x', 'charts'), { recursive: true });
  mkdirSync(join(dir, 'national', 'charts'), { recursive: true });
  writeFileSync(join(dir, 'inspections', 'x', 'charts', 'grades.svg'), svg(300, 100, 'Grades'));
  writeFileSync(join(dir, 'national', 'charts', 'national.svg'), svg(200, 80, 'National'));
  writeFileSync(join(dir, 'inspections', 'x', 'preview.svg'), svg(1200, 630, 'Preview'));
  writeFileSync(join(dir, 'favicon.svg'), svg(16, 16, ''));
  writeFileSync(join(dir, 'inspections', 'x', 'logo.svg'), svg(16, 16, ''));
  return dir;
}

describe('PNG images of the built SVGs', () => {
  test('charts are drawn at twice their size, previews at theirs; other SVGs have no PNG', () => {
    const dir = site();
    const jobs = pngJobs(dir).map((j) => ({
      svg: j.svg.slice(dir.length),
      scale: j.scale,
      removeSvg: j.removeSvg,
    }));
    expect(jobs).toEqual([
      { svg: '/inspections/x/charts/grades.svg', scale: 2, removeSvg: false },
      { svg: '/inspections/x/preview.svg', scale: 1, removeSvg: true },
      { svg: '/national/charts/national.svg', scale: 2, removeSvg: false },
    ]);
  });

  test('writes each PNG of its size, removes the preview SVG, and a rebuild takes them from the cache', async () => {
    const dir = site();
    const cache = join(dir, '..', `${dir.split('/').at(-1) ?? ''}-cache`);
    expect(await writePngImages(dir, cache, 2)).toEqual({ drawn: 3, cached: 0 });
    const grades = readFileSync(join(dir, 'inspections', 'x', 'charts', 'grades.png'));
    expect(pngSize(grades)).toEqual({ width: 600, height: 200 });
    expect(pngSize(readFileSync(join(dir, 'inspections', 'x', 'preview.png')))).toEqual({
      width: 1200,
      height: 630,
    });
    expect(existsSync(join(dir, 'inspections', 'x', 'preview.svg'))).toBe(false);
    expect(existsSync(join(dir, 'inspections', 'x', 'charts', 'grades.svg'))).toBe(true);
    expect(readdirSync(cache).filter((f) => f.endsWith('.part'))).toEqual([]);

    // The same site again: nothing drawn, the same bytes.
    const again = site();
    expect(await writePngImages(again, cache, 1)).toEqual({ drawn: 0, cached: 3 });
    expect(readFileSync(join(again, 'inspections', 'x', 'charts', 'grades.png'))).toEqual(grades);
  });

  test('a changed chart, or the same chart at another scale, is drawn again', () => {
    const a = svg(300, 100, 'Grades');
    expect(cacheKey(a, 2)).toBe(cacheKey(a, 2));
    expect(cacheKey(a, 2)).not.toBe(cacheKey(svg(300, 100, 'Grades!'), 2));
    expect(cacheKey(a, 2)).not.toBe(cacheKey(a, 1));
  });
});

describe('the PNG cache', () => {
  test('keeps what was used in the last week and removes the rest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'png-cache-'));
    const day = 86_400_000;
    const now = Date.now();
    writeFileSync(join(dir, 'old.png'), 'x');
    writeFileSync(join(dir, 'recent.png'), 'x');
    utimesSync(join(dir, 'old.png'), new Date(now - 8 * day), new Date(now - 8 * day));
    utimesSync(join(dir, 'recent.png'), new Date(now - 6 * day), new Date(now - 6 * day));
    expect(pruneCache(dir, 7, now)).toBe(1);
    expect(readdirSync(dir)).toEqual(['recent.png']);
  });
});
