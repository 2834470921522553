// Every row of the register as JSON lines, which the register's script fetches to filter, sort and
// turn pages in the browser; the pages themselves hold only the rows they show.
import type { APIRoute } from 'astro';
import { loadDataset } from '../../dataset/load.ts';
import { registerFile } from '../../views/register/pages.ts';

export const GET: APIRoute = () =>
  new Response(registerFile(loadDataset()), {
    headers: { 'Content-Type': 'application/x-ndjson; charset=utf-8' },
  });
