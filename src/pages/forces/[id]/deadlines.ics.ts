// Each force's deadlines as an iCalendar file, so an office can load them into its calendar.
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadDataset } from '../../../dataset/load.ts';
import { forceCalendar } from '../../../views/register/files.ts';

export const getStaticPaths = (() =>
  loadDataset().forces.map((f) => ({ params: { id: f.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(forceCalendar(loadDataset(), params['id'] ?? ''), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
