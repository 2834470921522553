// The files that tell search engines what the site holds, written once the pages are built:
// sitemap.xml lists every page found in the build (so every address in it resolves), and
// robots.txt points to it. Both need the site's address (SITE_URL): a sitemap's addresses must be
// absolute, so without one robots.txt is written alone. Pure, apart from `writeIndexFiles`.
import { readdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { escapeXml, siteRoot } from '../../src/text/xml.ts';

/** Every page of a built site, as its path ("/", "/forces/gwent/"), from its index.html files. */
export function builtPaths(dir: string): string[] {
  const found: string[] = [];
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === 'index.html') {
        const rel = relative(dir, d).split(sep).join('/');
        found.push(rel === '' ? '/' : `/${rel}/`);
      }
    }
  };
  walk(dir);
  return found.sort();
}

/** A sitemap of the given paths under `site`, with the day the data was built as their date. */
export function sitemapXml(site: string, paths: readonly string[], lastmod: string): string {
  const root = siteRoot(site);
  const urls = paths.map(
    (p) =>
      `  <url><loc>${escapeXml(new URL(p.replace(/^\//, ''), root).href)}</loc><lastmod>${lastmod}</lastmod></url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

/** robots.txt: everything may be indexed; the sitemap, where the site's address is known. */
export function robotsTxt(site: string | null): string {
  const sitemap = site === null ? '' : `Sitemap: ${new URL('sitemap.xml', siteRoot(site)).href}\n`;
  return `User-agent: *\nAllow: /\n${sitemap}`;
}

/** Pages that are parts of others (a chart to embed), left out of the sitemap; each says noindex. */
export const UNLISTED = ['/embed/'];

/** The pages a sitemap lists: every built page but those under UNLISTED. */
export const listedPaths = (paths: readonly string[]): string[] =>
  paths.filter((p) => !UNLISTED.some((u) => p.startsWith(u)));

/** Writes robots.txt, and sitemap.xml where the site's address is known, into a built site. */
export async function writeIndexFiles(
  dir: string,
  site: string | null,
  lastmod: string,
): Promise<void> {
  await writeFile(join(dir, 'robots.txt'), robotsTxt(site));
  if (site !== null)
    await writeFile(
      join(dir, 'sitemap.xml'),
      sitemapXml(site, listedPaths(builtPaths(dir)), lastmod),
    );
}
