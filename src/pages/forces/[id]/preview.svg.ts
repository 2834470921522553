// The image a link to a force's page shows where it is shared (1200 × 630, as sites ask for).
// Drawn as SVG here; the build turns it into preview.png and removes it (scripts/site/png-images.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadDataset } from '../../../dataset/load.ts';
import { forcePreview } from '../../../views/images/images.ts';

export const getStaticPaths = (() =>
  loadDataset().forces.map((f) => ({ params: { id: f.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(forcePreview(loadDataset(), params['id'] ?? '').svg, {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
