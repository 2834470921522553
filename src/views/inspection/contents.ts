// The "On this page" list of an inspection page: a link to each section the page shows.

/** A link to a section of the page. */
export interface ContentsLink {
  readonly href: string;
  readonly label: string;
}

/** Which sections an inspection page shows. */
export interface InspectionSections {
  readonly isReview: boolean;
  readonly findings: boolean;
  readonly comparison: boolean;
  readonly areas: boolean;
  readonly agreement: boolean;
  readonly deadlines: boolean;
  readonly keyFigures: boolean;
  readonly discrepancies: boolean;
  readonly related: boolean;
}

/** The sections shown, in page order; the case file analysis is always there. */
export function inspectionContents(s: InspectionSections): ContentsLink[] {
  return [
    s.findings ? { href: '#findings', label: 'Main findings' } : null,
    { href: '#case-files', label: 'Case file analysis' },
    s.comparison ? { href: '#compare-heading', label: 'Baseline versus revisit' } : null,
    s.areas ? { href: '#areas', label: 'Grades by practice area' } : null,
    s.agreement ? { href: '#agreement', label: 'Force versus inspectorate' } : null,
    s.deadlines ? { href: '#recommendations', label: 'Recommendations and deadlines' } : null,
    s.keyFigures ? { href: '#key-figures', label: 'Key figures' } : null,
    s.discrepancies ? { href: '#discrepancies', label: 'Known discrepancies' } : null,
    s.related
      ? { href: '#related', label: s.isReview ? 'The inspection reviewed' : 'Later reviews' }
      : null,
  ].filter((x) => x !== null);
}
