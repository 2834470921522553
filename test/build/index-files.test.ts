import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtPaths, listedPaths, robotsTxt, sitemapXml } from '../../scripts/site/index-files.ts';

describe('the sitemap and robots.txt', () => {
  test('lists every built page as an absolute address, dated by the data build', () => {
    const xml = sitemapXml('https://findings.test', ['/', '/forces/gwent/'], '2026-11-28');
    expect(xml).toContain(
      '<url><loc>https://findings.test/forces/gwent/</loc><lastmod>2026-11-28</lastmod></url>',
    );
    expect(xml).toContain('<loc>https://findings.test/</loc>');
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
  });

  test('keeps a site served from a folder in its addresses, and escapes what XML must', () => {
    const xml = sitemapXml('https://example.org/police/', ['/a&b/'], '2026-01-01');
    expect(xml).toContain('<loc>https://example.org/police/a&amp;b/</loc>');
  });

  test('leaves the embed pages of charts out, since each is part of an inspection page', () => {
    expect(
      listedPaths(['/', '/embed/gwent-2019/grades/', '/inspections/gwent-2019/', '/embedded/']),
    ).toEqual(['/', '/inspections/gwent-2019/', '/embedded/']);
  });

  test('robots.txt allows everything and names the sitemap only where the address is known', () => {
    expect(robotsTxt('https://findings.test/')).toBe(
      'User-agent: *\nAllow: /\nSitemap: https://findings.test/sitemap.xml\n',
    );
    expect(robotsTxt(null)).toBe('User-agent: *\nAllow: /\n');
  });

  test('finds the pages of a built folder by their index.html, and nothing else', () => {
    const dir = mkdtempSync(join(tmpdir(), 'built-'));
    mkdirSync(join(dir, 'forces', 'gwent'), { recursive: true });
    writeFileSync(join(dir, 'index.html'), '');
    writeFileSync(join(dir, 'forces', 'gwent', 'index.html'), '');
    writeFileSync(join(dir, '404.html'), '');
    writeFileSync(join(dir, 'forces', 'gwent', 'deadlines.ics'), '');
    expect(builtPaths(dir)).toEqual(['/', '/forces/gwent/']);
  });
});
