// Ids across the in-memory tables: each key used once, and every reference naming a row that exists.
import { countKey } from '../../domain/case-audit.ts';
import { checkReference, checkUnique } from './references.ts';
import type { Problem } from '../problems.ts';
import type { KnownIds, Tables } from '../read/tables.ts';
import { cellProblem, type At } from '../contract/table-spec.ts';
import { ALL } from '../../domain/vocabulary.ts';

/** Reports every key used twice within a table, and a practice area that takes the reserved id "all". */
export function checkUniqueIds(t: Tables): Problem[] {
  const problems = [
    ...checkUnique(t.sources, (r) => r.values.id, 'id', 'source id'),
    ...checkUnique(t.forces, (r) => r.values.id, 'id', 'force id'),
    ...checkUnique(t.places, (r) => `${r.values.force}/${r.values.place}`, 'place', 'place'),
    ...checkUnique(t.gradeScales, (r) => `${r.values.scale}/${r.values.grade}`, 'grade', 'grade'),
    ...checkUnique(t.inspections, (r) => r.values.id, 'id', 'inspection id'),
    ...checkUnique(t.practiceAreas, (r) => r.values.id, 'id', 'practice area id'),
    ...checkUnique(
      t.areaDefinitions,
      (r) => `${r.values.inspection}/${r.values.area}`,
      'area',
      'the definition of',
    ),
    ...checkUnique(
      t.caseAudit,
      (r) => `${r.values.inspection}/${countKey(r.values)}`,
      'count',
      'the count for',
    ),
    ...checkUnique(
      t.findings,
      (r) =>
        `${r.values.inspection}/${r.values.area ?? ''}/${r.values.kind}/${String(r.values.order)}`,
      'order',
      'finding',
    ),
    ...checkUnique(
      t.recommendations,
      (r) => `${r.values.inspection}/${String(r.values.number)}`,
      'number',
      'recommendation',
    ),
    ...checkUnique(t.milestones, (r) => `${r.values.inspection}/${r.values.id}`, 'id', 'milestone'),
    ...checkUnique(
      t.keyFigures,
      (r) => `${r.values.inspection}/${r.values.id}`,
      'id',
      'key figure',
    ),
    ...checkUnique(
      t.glossary,
      (r) => `${r.values.inspection}/${r.values.term}`,
      'term',
      'glossary term',
    ),
    ...checkUnique(t.discrepancies, (r) => r.values.id, 'id', 'discrepancy id'),
  ];
  for (const r of t.practiceAreas) {
    if (r.values.id === ALL)
      problems.push(
        cellProblem(
          r.at,
          'id',
          `"all" is reserved for the all-areas row of case-audit.csv (expected another id, got "all")`,
        ),
      );
  }
  return problems;
}

/** Checks one column, in every row of the given tables, against the ids that exist. */
function checkColumn<C extends string>(
  tables: readonly (readonly { values: Readonly<Record<C, string | null>>; at: At }[])[],
  column: C,
  known: ReadonlySet<string>,
  what: string,
): Problem[] {
  return tables.flatMap((rows) =>
    rows.flatMap((r) => checkReference(r.at, column, r.values[column], known, what)),
  );
}

/** Reports every source, in any table, that sources.csv does not list. */
export function checkSourceReferences(t: Tables, sources: ReadonlySet<string>): Problem[] {
  const provenanced = [
    t.forces,
    t.places,
    t.gradeScales,
    t.inspections,
    t.practiceAreas,
    t.areaDefinitions,
    t.caseAudit,
    t.findings,
    t.recommendations,
    t.milestones,
    t.keyFigures,
    t.glossary,
    t.discrepancies,
    t.corroborations,
    t.statusUpdates,
  ];
  return [
    ...checkColumn(provenanced, 'source', sources, 'source in sources.csv'),
    ...checkColumn([t.discrepancies], 'other_source', sources, 'source in sources.csv'),
    ...checkColumn(
      [t.inspections],
      'recommendations_made_source',
      sources,
      'source in sources.csv',
    ),
  ];
}

/**
 * Reports every row naming an inspection that inspections.csv lacks, every finding naming a
 * practice area that practice-areas.csv lacks (case-audit areas, which may be "all", are checked
 * with the counts), and every place naming a force that forces.csv lacks.
 */
export function checkInspectionReferences(t: Tables, known: KnownIds): Problem[] {
  const named = [
    t.areaDefinitions,
    t.caseAudit,
    t.findings,
    t.recommendations,
    t.milestones,
    t.keyFigures,
    t.glossary,
    t.discrepancies,
    t.corroborations,
  ];
  return [
    ...checkColumn(named, 'inspection', known.inspections, 'inspection in inspections.csv'),
    ...checkColumn([t.places], 'force', known.forces, 'force in forces.csv'),
    ...checkColumn(
      [t.findings, t.areaDefinitions],
      'area',
      known.areas,
      'practice area in practice-areas.csv',
    ),
  ];
}
