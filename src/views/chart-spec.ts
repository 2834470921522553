// A chart as the site shares it: what draws it, and where its images and embed page are. A page
// shows the drawing; the same drawing is its downloadable image, so the two can never differ.
import type { Grade, Provenance } from '../dataset/types.ts';
import { escapeXml } from '../text/xml.ts';

/** One chart: its id on its page (card-<id>), its heading, sources, key and drawing. */
export interface ChartSpec {
  readonly id: string;
  readonly heading: string;
  readonly provenance: readonly Provenance[];
  /** The grades it is coloured by, for a key; null when it is not coloured by grade. */
  readonly grades: readonly Grade[] | null;
  readonly draw: (width: number) => string;
}

/**
 * Where a chart is as a standalone image (with its title, source and licence inside) and as a
 * page of its own to embed; null for the embed page itself, which offers no embed code.
 */
export interface ChartShare {
  readonly svg: string;
  readonly png: string;
  readonly embed: string | null;
}

/**
 * A chart's images and embed page, from the site's base path, the path of the page it is on
 * ("inspections/gwent-2019/", "national/") and its id: images beside the page, embeds under
 * /embed/ with the same path.
 */
export const chartShare = (base: string, page: string, chart: string): ChartShare => ({
  svg: `${base}${page}charts/${chart}.svg`,
  png: `${base}${page}charts/${chart}.png`,
  embed: `${base}embed/${page}${chart}/`,
});

/** The code another site pastes to show a chart: an <iframe> of its embed page, titled for screen readers. */
export const embedCode = (src: string, title: string): string =>
  `<iframe src="${escapeXml(src)}" title="${escapeXml(title)}" width="100%" height="700" loading="lazy" style="border: 0"></iframe>`;
