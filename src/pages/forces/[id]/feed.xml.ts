// Each force's Atom feed: its reports and reviews, the updates on them, its deadlines passing.
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadDataset } from '../../../dataset/load.ts';
import { forceOf } from '../../../dataset/queries.ts';
import { siteRoot } from '../../../text/xml.ts';
import { atomXml, forceFeed } from '../../../views/feed/feed.ts';

export const getStaticPaths = (() =>
  loadDataset().forces.map((f) => ({ params: { id: f.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => {
  const d = loadDataset();
  const id = params['id'] ?? '';
  const root = site ? siteRoot(site.href) : import.meta.env.BASE_URL;
  return new Response(
    atomXml({
      id: `urn:x-police-child-protection:feed:${id}`,
      title: `${forceOf(d, id).name}: child protection inspections, what changed`,
      root,
      self: `forces/${id}/feed.xml`,
      page: `forces/${id}/`,
      asOf: d.asOf,
      entries: forceFeed(d, id),
    }),
    { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } },
  );
};
