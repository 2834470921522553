// The static routes of chart images: one SVG per chart of every page with charts, each beside its
// page ("/inspections/gwent-2019/charts/grades.svg"). Astro endpoints call these; the build draws
// each SVG's PNG twin after Astro, on every core (scripts/site/png-images.ts).
import type { APIRoute } from 'astro';
import { loadDataset } from '../../dataset/load.ts';
import type { Dataset } from '../../dataset/types.ts';
import type { ChartSpec } from '../chart-spec.ts';
import { chartImage, chartOf } from './images.ts';

type Charts = (d: Dataset, id: string) => readonly ChartSpec[];

/** A route per chart of each id's page: `ids` lists the pages, `charts` a page's charts. */
export function chartRoutes(ids: (d: Dataset) => readonly string[], charts: Charts) {
  const image = (params: Record<string, string | undefined>) => {
    const d = loadDataset();
    return chartImage(d, chartOf(charts(d, params['id'] ?? ''), params['chart'] ?? ''));
  };
  return {
    getStaticPaths: () => {
      const d = loadDataset();
      return ids(d).flatMap((id) =>
        // The national picture is one page, with no id in its address.
        charts(d, id).map((c) => ({ params: id === '' ? { chart: c.id } : { id, chart: c.id } })),
      );
    },
    svg: (({ params }) =>
      new Response(image(params).svg, {
        headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
      })) satisfies APIRoute,
  };
}
