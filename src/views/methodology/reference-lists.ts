// The methodology page's reference lists: how many inspections use each grade scale, each
// report's glossary in alphabetical order, and every source by title.
import { group } from 'd3-array';
import { perDataset } from '../../dataset/memo.ts';
import type {
  Dataset,
  GlossaryEntry,
  GradeScale,
  Inspection,
  Source,
} from '../../dataset/types.ts';

/** A grade scale and how many inspections and reviews on the site use it. */
export interface ScaleUsage {
  readonly scale: GradeScale;
  readonly inspections: number;
}

/** A report's glossary, its terms in alphabetical order. */
export interface Glossary {
  readonly inspection: Inspection;
  readonly entries: readonly GlossaryEntry[];
}

/** Every grade scale, in the data's order, with how many inspections use it. */
export function scaleUsage(d: Dataset): ScaleUsage[] {
  return d.gradeScales.map((scale) => ({
    scale,
    inspections: d.inspections.filter((i) => i.gradeScale === scale.id).length,
  }));
}

const byTerm = (a: GlossaryEntry, b: GlossaryEntry): number =>
  a.term.localeCompare(b.term, 'en-GB', { sensitivity: 'base' });

/** The glossary of each inspection that has one, in the data's order of inspections. */
export const glossaries = perDataset((d: Dataset): readonly Glossary[] => {
  const entries = group(d.glossary, (g) => g.inspection);
  return d.inspections.flatMap((inspection) => {
    const own = entries.get(inspection.id);
    return own ? [{ inspection, entries: [...own].sort(byTerm) }] : [];
  });
});

/** One report's glossary, its terms in alphabetical order; null when it defines none. */
export function glossaryOf(d: Dataset, inspection: string): Glossary | null {
  return glossaries(d).find((g) => g.inspection.id === inspection) ?? null;
}

/** Every source, by title. */
export function sourcesByTitle(d: Dataset): Source[] {
  return [...d.sources].sort((a, b) => a.title.localeCompare(b.title, 'en-GB'));
}
