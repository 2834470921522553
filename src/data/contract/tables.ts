// The data contract in code: one schema per CSV file, declared in inspection-tables.ts and
// report-tables.ts. data/README.md documents the same columns, and a unit test keeps the two equal.
import {
  caseAuditTable,
  casesTable,
  forcesTable,
  gradeScalesTable,
  inspectionsTable,
  placesTable,
  practiceAreasTable,
  sourcesTable,
  areaDefinitionsTable,
} from './inspection-tables.ts';
import {
  corroborationsTable,
  discrepanciesTable,
  findingsTable,
  glossaryTable,
  keyFiguresTable,
  milestonesTable,
  recommendationsTable,
  releasesTable,
  statusUpdatesTable,
} from './report-tables.ts';

export {
  areaDefinitionsTable,
  caseAuditTable,
  casesTable,
  corroborationsTable,
  discrepanciesTable,
  findingsTable,
  forcesTable,
  glossaryTable,
  gradeScalesTable,
  inspectionsTable,
  keyFiguresTable,
  milestonesTable,
  placesTable,
  practiceAreasTable,
  recommendationsTable,
  releasesTable,
  sourcesTable,
  statusUpdatesTable,
};

/** Every file of the contract, in the order they are read and reported. */
export const TABLES = [
  sourcesTable,
  forcesTable,
  placesTable,
  gradeScalesTable,
  inspectionsTable,
  practiceAreasTable,
  areaDefinitionsTable,
  caseAuditTable,
  casesTable,
  findingsTable,
  recommendationsTable,
  milestonesTable,
  keyFiguresTable,
  glossaryTable,
  discrepanciesTable,
  corroborationsTable,
  statusUpdatesTable,
  releasesTable,
] as const;
