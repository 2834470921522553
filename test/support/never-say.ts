// What generated text must never say, whatever shape the data takes, and the text of a page as a
// reader meets it. Shared by the check over the built pages and the property test over views.

/** What generated text must never contain, each with why. */
export const NEVER: readonly { readonly what: string; readonly pattern: RegExp }[] = [
  { what: 'a value never filled in', pattern: /\b(undefined|NaN|null|\[object Object\])\b/ },
  { what: 'a range from a number to itself', pattern: /\bbetween (\d+) and \1\b/ },
  {
    what: 'one of something in the plural',
    pattern: /(?<![\d.,])\b1 (cases|items|recommendations|inspections|terms|forces)\b/,
  },
  { what: 'cases with a singular verb', pattern: /\b\d+ of \d+ cases (requires|is|was|has)\b/ },
  // "37 requires improvement" reads as a verb; after a count the grade is "requiring improvement".
  { what: 'a count followed by a verb', pattern: /\b\d+ requires\b/ },
  { what: 'a year run into the next word', pattern: /\b(19|20)\d{2}(?=[A-Z][a-z])/ },
];

/** The text of a page as a reader meets it: without scripts, styles or tags. */
export function visibleText(html: string): string {
  return (
    html
      .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, ' ')
      // Inline elements run into their neighbours as a reader sees them; others break the text.
      .replace(/<\/?(a|abbr|b|cite|code|em|i|q|small|span|strong|sub|sup|time)\b[^>]*>/gi, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&nbsp;|&#160;/g, ' ')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/\s+/g, ' ')
  );
}

/** Each place a text says something it must never say, with a little context. */
export function badPhrases(text: string): string[] {
  return NEVER.flatMap(({ what, pattern }) => {
    const m = new RegExp(pattern.source, `${pattern.flags}g`);
    return [...text.matchAll(m)].map(
      (x) => `${what}: "…${text.slice(Math.max(0, x.index - 50), x.index + x[0].length + 30)}…"`,
    );
  });
}

/** A claim that a figure was not published: true only of a report this site holds whole. */
export const NOT_PUBLISHED =
  /\bnot published\b|\bpublished no\b|\bno [a-z -]+ (was|were) published/i;
