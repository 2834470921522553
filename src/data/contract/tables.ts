// The data contract in code: one spec per CSV file. data/README.md documents the same columns.
import { blankAs, date, decimal, id, oneOf, text, url, wholeNumber } from './columns.ts';
import { defineTable } from './table-spec.ts';
import {
  ASSESSORS,
  DISCREPANCY_KINDS,
  FINDING_KINDS,
  INSPECTION_KINDS,
  NATIONS,
  QUALIFIERS,
  REPORTERS,
  SAMPLES,
  STATUSES,
} from '../../domain/vocabulary.ts';

const provenance = { source: id, location: text } as const;

export const sourcesTable = defineTable('sources.csv', {
  id,
  title: text,
  publisher: text,
  published: blankAs(date, 'blank if not recorded'),
  url: blankAs(url, 'blank'),
  note: blankAs(text),
});

export const forcesTable = defineTable('forces.csv', {
  id,
  name: text,
  name_cy: blankAs(text),
  nation: oneOf(NATIONS),
  ...provenance,
});

export const gradeScalesTable = defineTable('grade-scales.csv', {
  scale: id,
  grade: id,
  rank: wholeNumber(1),
  label: text,
  ...provenance,
});

export const inspectionsTable = defineTable('inspections.csv', {
  id,
  force: id,
  kind: oneOf(INSPECTION_KINDS),
  revisits: blankAs(id, 'blank for an inspection'),
  fieldwork_start: date,
  fieldwork_end: date,
  published: date,
  grade_scale: id,
  title: text,
  ...provenance,
});

export const practiceAreasTable = defineTable('practice-areas.csv', {
  id,
  label: text,
  definition: text,
  ...provenance,
});

export const caseAuditTable = defineTable('case-audit.csv', {
  inspection: id,
  sample: oneOf(SAMPLES),
  assessor: oneOf(ASSESSORS),
  area: id,
  grade: id,
  count: blankAs(wholeNumber(0), 'blank if not published'),
  note: blankAs(text),
  ...provenance,
});

export const casesTable = defineTable(
  'cases.csv',
  {
    inspection: id,
    case_ref: text,
    area: id,
    sample: oneOf(['force-selected', 'inspectorate-selected'] as const),
    force_grade: blankAs(id, 'blank if the force did not assess the case'),
    inspectorate_grade: id,
    ...provenance,
  },
  { optional: true },
);

export const findingsTable = defineTable('findings.csv', {
  inspection: id,
  area: blankAs(id, 'blank for a finding about the whole inspection'),
  kind: oneOf(FINDING_KINDS),
  order: wholeNumber(1),
  text,
  ...provenance,
});

export const recommendationsTable = defineTable('recommendations.csv', {
  inspection: id,
  number: wholeNumber(1),
  chapter: blankAs(text, 'blank if not recorded'),
  timescale: text,
  text,
  note: blankAs(text),
  ...provenance,
});

export const milestonesTable = defineTable('milestones.csv', {
  inspection: id,
  id,
  label: text,
  timescale: text,
  basis: text,
  ...provenance,
});

export const keyFiguresTable = defineTable('key-figures.csv', {
  inspection: id,
  id,
  label: text,
  value: decimal,
  qualifier: oneOf(QUALIFIERS),
  unit: text,
  ...provenance,
});

export const glossaryTable = defineTable('glossary.csv', {
  inspection: id,
  term: text,
  abbreviation: blankAs(text),
  definition: text,
  ...provenance,
});

export const discrepanciesTable = defineTable('discrepancies.csv', {
  id,
  inspection: id,
  kind: oneOf(DISCREPANCY_KINDS),
  subject: text,
  value: text,
  other_value: text,
  other_source: id,
  other_location: text,
  note: text,
  ...provenance,
});

export const statusUpdatesTable = defineTable('status-updates.csv', {
  inspection: id,
  item: text,
  date,
  status: oneOf(STATUSES),
  by: oneOf(REPORTERS),
  evidence: text,
  ...provenance,
});

/** Every file of the contract, in the order they are read and reported. */
export const TABLES = [
  sourcesTable,
  forcesTable,
  gradeScalesTable,
  inspectionsTable,
  practiceAreasTable,
  caseAuditTable,
  casesTable,
  findingsTable,
  recommendationsTable,
  milestonesTable,
  keyFiguresTable,
  glossaryTable,
  discrepanciesTable,
  statusUpdatesTable,
] as const;
