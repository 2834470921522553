// The image a link to a force's page shows where it is shared (1200 × 630, as sites ask for).
import type { APIRoute, GetStaticPaths } from 'astro';
import { svgToPng } from '../../../charts/png.ts';
import { loadDataset } from '../../../dataset/load.ts';
import { forcePreview } from '../../../views/images/images.ts';

export const getStaticPaths = (() =>
  loadDataset().forces.map((f) => ({ params: { id: f.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(svgToPng(forcePreview(loadDataset(), params['id'] ?? '').svg), {
    headers: { 'Content-Type': 'image/png' },
  });
