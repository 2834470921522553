// The source of a chart in words, for where links cannot go: inside a downloaded chart image and
// a link preview. The page's own source note (SourceNote.astro) says the same with links.
import type { Provenance, Source } from '../dataset/types.ts';

/** A location's chapter: the part before its first comma ("4. Case file analysis, Breakdown …"). */
export const chapterOf = (location: string): string => location.split(', ')[0] ?? location;

/** More sources than this are counted rather than named: the page names each beside its figure. */
export const MAX_NAMED_SOURCES = 3;

/**
 * "Source: <title> (<publisher>), <chapters>." naming each source once, in the order first met,
 * with the chapters (not every place) its figures come from; a chart drawn from many sources (the
 * national picture) counts them and says where each is named.
 */
export function sourceLine(
  provenance: readonly Provenance[],
  sources: ReadonlyMap<string, Source>,
): string {
  const chapters = new Map<string, Set<string>>();
  for (const p of provenance) {
    const seen = chapters.get(p.source) ?? new Set<string>();
    seen.add(chapterOf(p.location));
    chapters.set(p.source, seen);
  }
  if (chapters.size > MAX_NAMED_SOURCES) {
    const publishers = new Set([...chapters.keys()].map((id) => sources.get(id)?.publisher));
    return `Sources: ${String(chapters.size)} publications by ${String(publishers.size)} publishers, each named beside its figures in the table with this chart on the site.`;
  }
  const parts = [...chapters].map(([id, set]) => {
    const source = sources.get(id);
    if (!source) throw new Error(`no source "${id}" in the dataset`);
    return `${source.title} (${source.publisher}), ${[...set].join('; ')}`;
  });
  return `Source${parts.length > 1 ? 's' : ''}: ${parts.join('; ')}.`;
}

/** The licence and the data version, which travel with every image of the site's figures. */
export function creditLine(version: string | null): string {
  const data = `Police child protection inspections${version ? `, data version ${version}` : ''}.`;
  return `Contains public sector information licensed under the Open Government Licence v3.0. ${data}`;
}
