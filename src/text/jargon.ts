// Abbreviations explained where they appear: the first use of each of a report's glossary
// abbreviations in a passage becomes a marked-up term (its expansion, and a link to the report's
// glossary), the rest stays plain text. Pure, so the pages and the tests share it.

/** An abbreviation the report's glossary defines, with what it stands for. */
export interface Term {
  readonly abbreviation: string;
  readonly term: string;
}

/** A passage as plain runs and marked abbreviations, in order. */
export type Segment =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'term'; readonly text: string; readonly term: Term };

/** The id of a term's entry on the glossary page: "term-mash". */
export const termId = (abbreviation: string): string =>
  `term-${abbreviation.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Splits `text` at the first use of each abbreviation not already in `seen` (whole words only, a
 * plural "s" allowed: "RSOs"), adding each it marks to `seen`, so a page marks each once.
 */
export function markTerms(text: string, terms: readonly Term[], seen: Set<string>): Segment[] {
  const usable = terms.filter((t) => /^[A-Za-z][A-Za-z0-9]+$/.test(t.abbreviation));
  if (usable.length === 0) return [{ kind: 'text', text }];
  const byAbbreviation = new Map(usable.map((t) => [t.abbreviation, t]));
  // Longest first, so "MOSOVO" is not taken for a shorter abbreviation it starts with.
  const names = [...byAbbreviation.keys()].sort((a, b) => b.length - a.length).map(escape);
  const pattern = new RegExp(`\\b(${names.join('|')})(s?)\\b`, 'g');
  const out: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    const abbreviation = m[1] ?? '';
    const term = byAbbreviation.get(abbreviation);
    if (!term || seen.has(abbreviation)) continue;
    seen.add(abbreviation);
    if (m.index > last) out.push({ kind: 'text', text: text.slice(last, m.index) });
    out.push({ kind: 'term', text: m[0], term });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ kind: 'text', text: text.slice(last) });
  return out;
}
