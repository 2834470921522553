// The image a link to an inspection shows where it is shared (1200 × 630, as sites ask for).
import type { APIRoute, GetStaticPaths } from 'astro';
import { svgToPng } from '../../../charts/png.ts';
import { loadDataset } from '../../../dataset/load.ts';
import { inspectionPreview } from '../../../views/images/images.ts';

export const getStaticPaths = (() =>
  loadDataset().inspections.map((i) => ({ params: { id: i.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(svgToPng(inspectionPreview(loadDataset(), params['id'] ?? '').svg), {
    headers: { 'Content-Type': 'image/png' },
  });
