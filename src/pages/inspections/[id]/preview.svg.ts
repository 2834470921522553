// The image a link to an inspection shows where it is shared (1200 × 630, as sites ask for).
// Drawn as SVG here; the build turns it into preview.png and removes it (scripts/site/png-images.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadDataset } from '../../../dataset/load.ts';
import { inspectionPreview } from '../../../views/images/images.ts';

export const getStaticPaths = (() =>
  loadDataset().inspections.map((i) => ({ params: { id: i.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(inspectionPreview(loadDataset(), params['id'] ?? '').svg, {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
