// Queries over the built dataset, for pages and charts. Pure: the dataset is passed in, so tests
// can use fixtures and pages read the JSON the build wrote.
import type {
  Agreement,
  AreaDefinition,
  Corroboration,
  Dataset,
  Distribution,
  Force,
  Grade,
  Inspection,
  Place,
  PracticeArea,
  Recommendation,
  Source,
} from './types.ts';
import { ALL } from '../domain/vocabulary.ts';
import { firstBy, perDataset } from './memo.ts';
import { whenOrder } from './when.ts';

export { publishedOf, whenOf, whenOrder, yearOf } from './when.ts';
import { group } from 'd3-array';

const idIndex = firstBy((x: { readonly id: string }) => x.id);
const distributionIndex = firstBy(
  (x: Distribution) => `${x.inspection}/${x.sample}/${x.assessor}/${x.area}`,
);

/** Looks up an item by id, failing loudly: a page asking for an unknown id is a bug. */
function byId<T extends { readonly id: string }>(items: readonly T[], id: string, what: string): T {
  const found = (idIndex(items) as ReadonlyMap<string, T>).get(id);
  if (!found) throw new Error(`no ${what} "${id}" in the dataset`);
  return found;
}

export const forceOf = (d: Dataset, id: string): Force => byId(d.forces, id, 'force');
export const inspectionOf = (d: Dataset, id: string): Inspection =>
  byId(d.inspections, id, 'inspection');
export const sourceOf = (d: Dataset, id: string): Source => byId(d.sources, id, 'source');

/** The dataset's sources by id, for components that cite them: they take it as a prop. */
export type SourceIndex = ReadonlyMap<string, Source>;
export const sourceIndex = (d: Dataset): SourceIndex =>
  idIndex(d.sources) as ReadonlyMap<string, Source>;
export const areaOf = (d: Dataset, id: string): PracticeArea =>
  byId(d.practiceAreas, id, 'practice area');

const definitionIndex = firstBy((x: AreaDefinition) => `${x.inspection}/${x.area}`);

/** What an area covers as this inspection's report defines it; null where it is not held. */
export const areaDefinitionOf = (
  d: Dataset,
  inspection: string,
  area: string,
): AreaDefinition | null => definitionIndex(d.areaDefinitions).get(`${inspection}/${area}`) ?? null;

const corroborationsByInspection = perDataset((d) => group(d.corroborations, (c) => c.inspection));

/** The further sources that confirm an inspection's figures. */
export const corroborationsOf = (d: Dataset, inspection: string): readonly Corroboration[] =>
  corroborationsByInspection(d).get(inspection) ?? [];

const placesByForce = perDataset((d) => group(d.places, (p) => p.force));

/** The places a force's police area covers, in the order the data lists them. */
export const placesOf = (d: Dataset, force: string): readonly Place[] =>
  placesByForce(d).get(force) ?? [];

const recommendationIndex = firstBy((r: Recommendation) => `${r.inspection}/${String(r.number)}`);

/** An inspection's recommendation by its number; fails on an unknown one. */
export function recommendationOf(d: Dataset, inspection: string, number: number): Recommendation {
  const found = recommendationIndex(d.recommendations).get(`${inspection}/${String(number)}`);
  if (!found) throw new Error(`no recommendation ${String(number)} of "${inspection}"`);
  return found;
}

const recommendationsByInspection = perDataset((d) =>
  group(d.recommendations, (r) => r.inspection),
);

/** An inspection's recommendations, in the dataset's order; none for an unknown id. */
export const recommendationsOf = (d: Dataset, inspection: string): readonly Recommendation[] =>
  recommendationsByInspection(d).get(inspection) ?? [];

/** The grades of an inspection's scale, most favourable first. */
export function gradesOf(d: Dataset, inspection: string): readonly Grade[] {
  const scale = inspectionOf(d, inspection).gradeScale;
  return scale === null ? [] : byId(d.gradeScales, scale, 'grade scale').grades;
}

/** A force's inspections and reviews, oldest first. */
export function inspectionsOfForce(d: Dataset, force: string): Inspection[] {
  return d.inspections
    .filter((i) => i.force === force)
    .sort((a, b) => whenOrder(a) - whenOrder(b) || (a.id < b.id ? -1 : 1));
}

/** The distribution for one sample × assessor × area, or null if nothing was published for it. */
export function distributionOf(
  d: Dataset,
  inspection: string,
  sample: string,
  assessor: string,
  area: string = ALL,
): Distribution | null {
  return (
    distributionIndex(d.distributions).get(`${inspection}/${sample}/${assessor}/${area}`) ?? null
  );
}

/** The inspectorate's grades by practice area (all cases), in the data's area order. */
export function areaDistributions(d: Dataset, inspection: string): Distribution[] {
  const order = d.practiceAreas.map((a) => a.id);
  return d.distributions
    .filter(
      (x) =>
        x.inspection === inspection &&
        x.sample === ALL &&
        x.assessor === 'inspectorate' &&
        x.area !== ALL,
    )
    .sort((a, b) => order.indexOf(a.area) - order.indexOf(b.area));
}

/**
 * The headline distribution of an inspection: the inspectorate's grades of all cases, or failing
 * that of the largest published sample. Null when no case audit was published.
 */
export function headlineDistribution(d: Dataset, inspection: string): Distribution | null {
  const all = distributionOf(d, inspection, ALL, 'inspectorate');
  if (all) return all;
  const candidates = distributionsOf(d, inspection).filter(
    (x) => x.assessor === 'inspectorate' && x.area === ALL,
  );
  return candidates.sort((a, b) => (b.total ?? 0) - (a.total ?? 0))[0] ?? null;
}

export function agreementOf(d: Dataset, inspection: string): Agreement | null {
  return d.agreements.find((a) => a.inspection === inspection) ?? null;
}

/**
 * A table's rows about one inspection, in the table's order, from an index built once per
 * dataset: a page, an embed and an image of the same inspection each ask, and scanning the whole
 * table each time made the build grow with the square of the data.
 */
function rowsByInspection<T extends { readonly inspection: string }>(
  rows: (d: Dataset) => readonly T[],
): (d: Dataset, inspection: string) => readonly T[] {
  const index = perDataset((d) => group(rows(d), (r) => r.inspection));
  return (d, inspection) => index(d).get(inspection) ?? [];
}

export const discrepanciesOf = rowsByInspection((d) => d.discrepancies);
export const findingsOf = rowsByInspection((d) => d.findings);
export const glossaryOf = rowsByInspection((d) => d.glossary);
export const keyFiguresOf = rowsByInspection((d) => d.keyFigures);
export const milestonesOf = rowsByInspection((d) => d.milestones);
export const statusUpdatesOf = rowsByInspection((d) => d.statusUpdates);
const distributionsOf = rowsByInspection((d) => d.distributions);

/** The reviews that revisit an inspection, and the inspection a review revisits. */
export function relatedInspections(d: Dataset, inspection: string): Inspection[] {
  const i = inspectionOf(d, inspection);
  const ids = i.revisits ? [i.revisits] : i.reviewedBy;
  return ids.map((id) => inspectionOf(d, id));
}
