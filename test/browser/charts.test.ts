// Every chart stands alone for a reader who cannot see it: the card that holds it is named, and
// carries a plain-English summary and the same figures as a proper table.
//
// Markup assumed (src/components/ChartCard.astro): a chart card is `section.card[data-card]`,
// named by `aria-labelledby` → its heading, with `p.card-summary`, the chart
// `svg[role=img][aria-label]` inside `[data-view-part=chart]`, and its table(s) in
// `[data-view-part=table]`. To stay useful if that markup moves, a card is found as the nearest
// `[data-card]`, `figure` or `.card` around each `svg[role=img]`.
import { describe, expect, test } from 'vitest';
import { useBrowserSite } from '../support/browser.ts';
import { builtPages } from './site.ts';

const pages = builtPages();

const site = useBrowserSite();

interface ChartCheck {
  chart: string;
  problems: string[];
}

/** Checks, in the page, each chart's card: name, summary, table with caption and scoped headers. */
async function checkCharts(path: string): Promise<ChartCheck[]> {
  // No JavaScript: what is checked is the built markup, the same for every reader.
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(site.server.origin + path);
    return await page.evaluate(() => {
      const text = (el: Element | null | undefined): string =>
        (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
      const nameOf = (el: Element): string => {
        const ids = el.getAttribute('aria-labelledby');
        if (ids) {
          return ids
            .split(/\s+/)
            .map((id) => text(document.getElementById(id)))
            .join(' ')
            .trim();
        }
        const label = el.getAttribute('aria-label')?.trim();
        if (label) return label;
        if (el.tagName.toLowerCase() === 'figure') return text(el.querySelector('figcaption'));
        if (el.tagName.toLowerCase() === 'svg') return text(el.querySelector(':scope > title'));
        return '';
      };
      return Array.from(document.querySelectorAll('svg[role="img"]')).map((svg, i) => {
        const problems: string[] = [];
        const svgName = nameOf(svg);
        const chart = svgName || `chart ${String(i + 1)}`;
        if (!svgName) problems.push('the svg has no accessible name');
        const card = svg.closest('[data-card], figure, .card');
        if (!card) return { chart, problems: [...problems, 'not inside a chart card'] };
        if (!nameOf(card)) problems.push('the card has no accessible name');
        const summary = text(card.querySelector('.card-summary, figcaption p, p'));
        // A placeholder such as "TEMP" is not a summary; a real one is a sentence.
        if (summary.length < 20) problems.push(`no summary paragraph (found "${summary}")`);
        const tables = Array.from(card.querySelectorAll('table'));
        if (tables.length === 0) problems.push('no table with the same figures');
        for (const t of tables) {
          const caption = text(t.caption);
          if (!caption) problems.push('a table has no caption');
          const ths = Array.from(t.querySelectorAll('th'));
          if (ths.length === 0) problems.push(`table "${caption}" has no header cells`);
          const unscoped = ths.filter((th) => !th.hasAttribute('scope'));
          if (unscoped.length > 0) {
            problems.push(
              `table "${caption}" has header cells without scope: ${unscoped.map(text).join(', ')}`,
            );
          }
        }
        return { chart, problems };
      });
    });
  } finally {
    await context.close();
  }
}

describe.each(pages)('%s', (path) => {
  test('every chart has a named card, a summary and a table with caption and scoped headers', async () => {
    const charts = await checkCharts(path);
    const failing = charts
      .filter((c) => c.problems.length > 0)
      .map((c) => `  "${c.chart}":\n${c.problems.map((p) => `    - ${p}`).join('\n')}`);
    expect(
      failing,
      `charts missing what a non-sighted reader needs:\n${failing.join('\n')}`,
    ).toEqual([]);
  });
});

test('the inspection pages with case figures have charts', async () => {
  // Guards the test above against passing vacuously if charts stop being rendered as svg[role=img].
  const charts = await checkCharts('/inspections/gwent-2019/');
  expect(charts.length).toBeGreaterThanOrEqual(3);
});
