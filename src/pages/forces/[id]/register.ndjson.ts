// One force's rows of the register as JSON lines, for the script of the force's register page.
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadDataset } from '../../../dataset/load.ts';
import { registerFile } from '../../../views/register/pages.ts';

export const getStaticPaths = (() =>
  loadDataset().forces.map((f) => ({ params: { id: f.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(registerFile(loadDataset(), params['id'] ?? ''), {
    headers: { 'Content-Type': 'application/x-ndjson; charset=utf-8' },
  });
