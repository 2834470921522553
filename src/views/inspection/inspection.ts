// Everything an inspection page shows, gathered from the dataset in one pass: the inspection and
// its force, each section's figures and words, what was not published and the page's contents.
import {
  agreementView,
  forceGradesView,
  type AgreementView,
  type ForceGradesView,
} from './agreement.ts';
import { areaGradesView, type AreaGradesView } from './area-grades.ts';
import { baselineVersusRevisit, type BaselineVersusRevisit } from '../comparison/baseline.ts';
import { caseFileView, type CaseFileView } from './case-file.ts';
import {
  discrepanciesOf,
  distributionOf,
  findingsOf,
  forceOf,
  glossaryOf,
  gradesOf,
  inspectionOf,
  keyFiguresOf,
  relatedInspections,
  sourceOf,
} from '../../dataset/queries.ts';
import {
  describeDiscrepancy,
  fieldDiscrepancy,
  noteLink,
  type NoteLink,
} from './discrepancy-notes.ts';
import { inspectionContents, type ContentsLink } from './contents.ts';
import { inspectionDeadlines, type InspectionDeadlines } from './deadlines.ts';
import {
  anyFindings,
  hasQuotedMainFindings,
  overallFindings,
  type OverallFindings,
} from './findings.ts';
import {
  inspectionDescription,
  inspectionTitle,
  relatedItems,
  type RelatedItem,
} from '../../text/inspection-text.ts';
import { publicationGaps } from '../../text/publication-gaps.ts';
import type {
  Dataset,
  Discrepancy,
  Force,
  Grade,
  Inspection,
  KeyFigure,
  Source,
} from '../../dataset/types.ts';
import { leadFinding } from '../../text/headlines.ts';
import type { Term } from '../../text/jargon.ts';
import { recommendationSummaries, type RecommendationSummary } from './recommendation-summaries.ts';
import { perDatasetAndKey } from '../../dataset/memo.ts';

/** A known discrepancy with what it is about in words. */
export type DescribedDiscrepancy = Discrepancy & { readonly about: string };

export interface InspectionView {
  readonly inspection: Inspection;
  readonly force: Force;
  readonly grades: readonly Grade[];
  readonly isReview: boolean;
  /** The report as published. */
  readonly report: Source;
  readonly title: string;
  readonly description: string;
  /** The inspection a review followed up, or the reviews of an inspection. */
  readonly related: readonly RelatedItem[];
  /** The inspection this review followed up; null on an inspection's own page. */
  readonly reviewed: Inspection | null;
  /** Links from the dates to the notes on disputed ones. */
  readonly dateNotes: { readonly fieldwork: NoteLink | null; readonly published: NoteLink | null };
  readonly findings: OverallFindings;
  readonly caseFiles: CaseFileView;
  readonly comparison: BaselineVersusRevisit | null;
  readonly areas: AreaGradesView;
  readonly agreement: AgreementView | null;
  /** The finding in a sentence, as a natural frequency with counts; null without the grades. */
  readonly leadFinding: string | null;
  /** The report's abbreviations and its glossary page, to explain them where they appear. */
  readonly jargon: { readonly terms: readonly Term[]; readonly glossary: string } | null;
  /** What the force must do, by when: a line per recommendation. */
  readonly mustDo: readonly RecommendationSummary[];
  /** The force's own grades, where they are held but no agreement can be worked out. */
  readonly forceGrades: ForceGradesView | null;
  readonly deadlines: InspectionDeadlines;
  readonly keyFigures: readonly KeyFigure[];
  /** How many terms the report's glossary defines. */
  readonly glossaryTerms: number;
  readonly discrepancies: readonly DescribedDiscrepancy[];
  /** What the sources did not publish; empty when nothing is missing. */
  readonly gaps: readonly string[];
  /** Whether any recommendation's text is incomplete. */
  readonly partialRecommendations: boolean;
  readonly contents: readonly ContentsLink[];
}

/** What the page holds, as the reader meets it: the gaps to state, and the contents to list. */
function outline(
  d: Dataset,
  v: Omit<InspectionView, 'gaps' | 'partialRecommendations' | 'contents'>,
): Pick<InspectionView, 'gaps' | 'partialRecommendations' | 'contents'> {
  const { recommendations, milestones } = v.deadlines;
  return {
    gaps: publicationGaps({
      isReview: v.isReview,
      caseGrades: v.caseFiles.headline !== null,
      sampleSplit: v.caseFiles.hasSampleSplit,
      areas: v.areas.rows.length > 0,
      forceGrades: distributionOf(d, v.inspection.id, 'force-selected', 'force') !== null,
      recommendations: recommendations.length,
      mainFindings: hasQuotedMainFindings(v.findings),
    }),
    partialRecommendations: recommendations.some((r) => r.note !== null),
    contents: inspectionContents({
      isReview: v.isReview,
      findings: anyFindings(v.findings),
      comparison: v.comparison !== null,
      areas: v.areas.rows.length > 0,
      agreement: v.agreement !== null || v.forceGrades !== null,
      deadlines: recommendations.length + milestones.length > 0,
      keyFigures: v.keyFigures.length > 0,
      discrepancies: v.discrepancies.length > 0,
      related: v.related.length > 0,
    }),
  };
}

/**
 * The view of one inspection or review; fails on an unknown id. Made once per build and base: the
 * page, each of its charts' embed pages and its images all show it.
 */
export const inspectionView = (d: Dataset, id: string, base = '/'): InspectionView =>
  viewOnce(d, `${base}\n${id}`);

const viewOnce = perDatasetAndKey((d: Dataset, key: string): InspectionView => {
  const at = key.indexOf('\n');
  return buildView(d, key.slice(at + 1), key.slice(0, at));
});

function buildView(d: Dataset, id: string, base: string): InspectionView {
  const inspection = inspectionOf(d, id);
  const force = forceOf(d, inspection.force);
  const grades = gradesOf(d, id);
  const isReview = inspection.kind === 'post-inspection-review';
  const related = relatedInspections(d, id);
  const discrepancies = discrepanciesOf(d, id);
  const dateNote = (...fields: string[]): NoteLink | null => {
    const x = fields.map((f) => fieldDiscrepancy(discrepancies, f)).find((x) => x !== undefined);
    return x ? noteLink(x) : null;
  };
  const findings = overallFindings(findingsOf(d, id), id);
  const caseFiles = caseFileView(d, id);
  const comparison = inspection.revisits === null ? null : baselineVersusRevisit(d, id);
  const areas = areaGradesView(d, id);
  const agreement = agreementView(d, id);
  const deadlines = inspectionDeadlines(d, id);
  const keyFigures = keyFiguresOf(d, id);
  const view = {
    inspection,
    force,
    grades,
    isReview,
    report: sourceOf(d, inspection.provenance.source),
    title: inspectionTitle(force, inspection),
    description: inspectionDescription(force, inspection, caseFiles.headline, grades),
    related: relatedItems(d, related, isReview),
    reviewed: isReview ? (related[0] ?? null) : null,
    dateNotes: {
      fieldwork: dateNote('fieldwork_start', 'fieldwork_end'),
      published: dateNote('published'),
    },
    findings,
    caseFiles,
    comparison,
    areas,
    agreement,
    forceGrades: forceGradesView(d, id),
    leadFinding: caseFiles.headline ? leadFinding(caseFiles.headline, grades) : null,
    jargon: jargonOf(d, id, base),
    mustDo: recommendationSummaries(d, id, base),
    deadlines,
    keyFigures,
    glossaryTerms: glossaryOf(d, id).length,
    discrepancies: discrepancies.map((x) => ({ ...x, about: describeDiscrepancy(d, x) })),
  };
  return { ...view, ...outline(d, view) };
}

/** The report's glossary abbreviations and the address of its glossary; null where it has none. */
export function jargonOf(
  d: Dataset,
  id: string,
  base: string,
): { terms: Term[]; glossary: string } | null {
  const terms = glossaryOf(d, id).flatMap((g) =>
    g.abbreviation ? [{ abbreviation: g.abbreviation, term: g.term }] : [],
  );
  return terms.length > 0 ? { terms, glossary: `${base}inspections/${id}/glossary/` } : null;
}
