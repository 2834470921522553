// The "On this page" list of an inspection page: a link to each section the page shows.

/** The prefix of the comparison's ids; Comparison.astro gives its heading `${id}-heading`. */
export const COMPARISON_ID = 'compare';

/** The id of each section of an inspection page; its component sets it, the contents link to it. */
export const SECTION_ID = {
  findings: 'findings',
  caseFiles: 'case-files',
  comparison: `${COMPARISON_ID}-heading`,
  areas: 'areas',
  agreement: 'agreement',
  deadlines: 'recommendations',
  keyFigures: 'key-figures',
  discrepancies: 'discrepancies',
  related: 'related',
};

const to = (key: keyof typeof SECTION_ID): string => `#${SECTION_ID[key]}`;

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
    s.findings ? { href: to('findings'), label: 'Main findings' } : null,
    { href: to('caseFiles'), label: 'Case file analysis' },
    s.comparison ? { href: to('comparison'), label: 'Baseline versus revisit' } : null,
    s.areas ? { href: to('areas'), label: 'Grades by practice area' } : null,
    s.agreement ? { href: to('agreement'), label: 'Force versus inspectorate' } : null,
    s.deadlines ? { href: to('deadlines'), label: 'Recommendations and deadlines' } : null,
    s.keyFigures ? { href: to('keyFigures'), label: 'Key figures' } : null,
    s.discrepancies ? { href: to('discrepancies'), label: 'Known discrepancies' } : null,
    s.related
      ? { href: to('related'), label: s.isReview ? 'The inspection reviewed' : 'Later reviews' }
      : null,
  ].filter((x) => x !== null);
}
