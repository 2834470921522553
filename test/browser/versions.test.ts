// Which data a page shows: every page's footer names the data version and links to what changed
// in each release; the manifest and the way to cite the data carry the same version.
import { describe, expect, test } from 'vitest';
import { useBrowserSite } from '../support/browser.ts';

const site = useBrowserSite();

describe('the data version', () => {
  test('the footer names it, links to the changes page, and the manifest and citation agree', async () => {
    const { context, page } = await site.open('/forces/gwent/');
    try {
      const link = page.locator('footer a', { hasText: /^data version / });
      const version = ((await link.innerText()) || '').replace('data version ', '');
      expect(version).toMatch(/^\d{4}-\d\d-\d\d-[0-9a-f]{12}$/);
      const manifest = (await (
        await page.request.get(`${site.server.origin}/data/manifest.json`)
      ).json()) as { version: string };
      expect(manifest.version).toBe(version);
      await link.click();
      await page.waitForURL(/\/changes\/$/);
      expect(await page.locator('main h2').first().innerText()).toContain(`version ${version}`);
      await page.goto(`${site.server.origin}/data/`);
      expect(await page.locator('#cite + p + blockquote').innerText()).toContain(
        `data version ${version}`,
      );
    } finally {
      await context.close();
    }
  });
});
