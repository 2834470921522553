// The site's Atom feed: reports and reviews published, status updates, deadlines passing.
import type { APIRoute } from 'astro';
import { loadDataset } from '../dataset/load.ts';
import { siteRoot } from '../text/xml.ts';
import { atomXml, siteFeed } from '../views/feed/feed.ts';

export const GET: APIRoute = ({ site }) => {
  const d = loadDataset();
  const root = site ? siteRoot(site.href) : import.meta.env.BASE_URL;
  return new Response(
    atomXml({
      id: 'urn:x-police-child-protection:feed',
      title: 'Police child protection inspections: what changed',
      root,
      self: 'feed.xml',
      page: '',
      asOf: d.asOf,
      entries: siteFeed(d),
    }),
    { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } },
  );
};
