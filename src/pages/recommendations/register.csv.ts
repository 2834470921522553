// The register as spreadsheet-safe CSV, written at build time from the same rows as the page.
import type { APIRoute } from 'astro';
import { loadDataset } from '../../dataset/load.ts';
import { registerCsv } from '../../views/register/files.ts';

export const GET: APIRoute = () =>
  new Response(registerCsv(loadDataset()), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
