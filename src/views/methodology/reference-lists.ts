// The methodology page's reference lists: how many inspections use each grade scale, each
// report's glossary in alphabetical order, and every source by title.
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

/** The glossary of each inspection that has one, in the data's order of inspections. */
export function glossaries(d: Dataset): Glossary[] {
  return d.inspections
    .map((inspection) => ({
      inspection,
      entries: d.glossary
        .filter((g) => g.inspection === inspection.id)
        .sort((a, b) => a.term.localeCompare(b.term, 'en-GB', { sensitivity: 'base' })),
    }))
    .filter((x) => x.entries.length > 0);
}

/** Every source, by title. */
export function sourcesByTitle(d: Dataset): Source[] {
  return [...d.sources].sort((a, b) => a.title.localeCompare(b.title, 'en-GB'));
}
