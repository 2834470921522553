// The build as a pure function: files in (as byte streams the caller opens), a validated and
// derived dataset or a complete list of problems out. The CLI in scripts/ does the file I/O.
import { auditCells, checkAcknowledgedSums, checkAuditRows } from './check/case-audit.ts';
import { checkNotAfter } from './check/dates.ts';
import { checkDiscrepancySubjects } from './check/discrepancies.ts';
import { checkInspectionReferences, checkSourceReferences, checkUniqueIds } from './check/ids.ts';
import { checkInspections, deriveInspections } from './check/inspections.ts';
import { checkFindingWording } from './check/findings.ts';
import { checkReleases } from './check/releases.ts';
import { hashingInput } from './read/data-hash.ts';
import { toIso, type DayDate } from '../domain/dates.ts';
import { absenceOf } from '../domain/vocabulary.ts';
import { deriveTracking } from './derive/deadlines.ts';
import { deriveAgreements, type AgreementInput } from './derive/agreements.ts';
import { deriveDistributions } from './derive/distributions.ts';
import { deriveGradeScales } from './derive/grade-scales.ts';
import { sortProblems, type Problem } from './problems.ts';
import { readCases, type CasesContext } from './read/cases.ts';
import { recordsOf } from './contract/schema.ts';
import type { Row } from './contract/table-spec.ts';
import * as T from './contract/tables.ts';
import { readTables, type DataInput, type KnownIds, type Tables } from './read/tables.ts';
import type { Agreement, Dataset, Distribution, GradeScale, Inspection } from '../dataset/types.ts';
import { dependentsOfRejected, setAsideLostReferences } from './check/unchecked.ts';

/** The data folder as the build reads it, exported here so callers need only this module. */
export type { DataInput } from './read/tables.ts';

/** How the build judges time-dependent values. */
export interface BuildOptions {
  /** The date "past due" is judged against. */
  readonly asOf: DayDate;
}

/** The dataset, or every problem that stops it, with notes for the build log. */
export interface BuildResult {
  /** Null whenever there is any problem: nothing partial is ever written. */
  readonly dataset: Dataset | null;
  readonly problems: readonly Problem[];
  /** Acknowledged discrepancies that were found in the data, for the build log. */
  readonly notes: readonly string[];
  /**
   * What may be wrong but does not stop the build, such as a file that does not end with a line
   * break (spreadsheets save such files; so does a copy cut off half way).
   */
  readonly warnings: readonly Problem[];
  /**
   * What was not checked because of a problem elsewhere, one line per file, to print after the
   * problems: so fixing them brings no surprise round of new ones.
   */
  readonly unchecked: readonly string[];
}

/** What the checks and derivations produced, for the Dataset once there is no problem. */
interface Built {
  readonly scales: ReadonlyMap<string, GradeScale>;
  readonly inspections: readonly Inspection[];
  readonly auditRows: readonly Row<typeof T.caseAuditTable.columns>[];
  readonly caseRows: number;
  readonly distributions: readonly Distribution[];
  readonly agreements: readonly Agreement[];
  readonly tracking: Pick<Dataset, 'recommendations' | 'milestones' | 'statusUpdates'>;
}

/**
 * The Dataset: the plain tables' rows as their schemas map them, and the derived ones. The keys
 * are in the order dataset.json has always had.
 */
function assemble(t: Tables, b: Built, asOf: DayDate, hash: string): Dataset {
  const releases = recordsOf(T.releasesTable, t.releases);
  const last = releases[releases.length - 1];
  return {
    asOf,
    // The release's date and the data's hash, as the footer, the downloads and citations give it.
    version: last ? `${toIso(last.date)}-${hash}` : null,
    releases,
    sources: recordsOf(T.sourcesTable, t.sources),
    forces: recordsOf(T.forcesTable, t.forces),
    gradeScales: [...b.scales.values()],
    inspections: b.inspections,
    practiceAreas: recordsOf(T.practiceAreasTable, t.practiceAreas),
    areaDefinitions: recordsOf(T.areaDefinitionsTable, t.areaDefinitions),
    caseAudit: recordsOf(T.caseAuditTable, b.auditRows),
    caseRows: b.caseRows,
    distributions: b.distributions,
    agreements: b.agreements,
    findings: recordsOf(T.findingsTable, t.findings),
    recommendations: b.tracking.recommendations,
    milestones: b.tracking.milestones,
    keyFigures: recordsOf(T.keyFiguresTable, t.keyFigures),
    glossary: recordsOf(T.glossaryTable, t.glossary),
    corroborations: recordsOf(T.corroborationsTable, t.corroborations),
    discrepancies: recordsOf(T.discrepanciesTable, t.discrepancies),
    statusUpdates: b.tracking.statusUpdates,
    places: recordsOf(T.placesTable, t.places),
  };
}

/** How an inspection's grades are looked up, from its grade scale. */
function gradeLookup(t: Tables, scales: ReadonlyMap<string, GradeScale>) {
  const scaleOf = new Map(t.inspections.map((r) => [r.values.id, r.values.grade_scale]));
  const gradesOf = (inspection: string): string[] => {
    const scale = scales.get(scaleOf.get(inspection) ?? '');
    return scale ? scale.grades.map((g) => g.id) : [];
  };
  return { scaleOf, gradesOf };
}

/** What case-rows.csv is checked against: each inspection's grades, the areas and the ids. */
function casesContext(
  scaleOf: ReadonlyMap<string, string | null>,
  gradesOf: (inspection: string) => string[],
  ids: KnownIds,
): CasesContext {
  return {
    // An inspection with no known scale has no graded cases: a case row of it is refused.
    inspections: new Map(
      [...scaleOf].flatMap(([id, scale]) => (scale === null ? [] : [[id, gradesOf(id)]])),
    ),
    areas: [...ids.areas],
    sources: ids.sources,
    knownInspections: ids.inspections,
  };
}

/** The grade distributions, then the agreement each pair of them allows. */
function deriveFigures(
  input: Omit<AgreementInput, 'distributions'>,
  inspections: readonly Inspection[],
) {
  const transcribed = new Map(inspections.map((i) => [i.id, i.transcribed]));
  const absence = (id: string) => absenceOf(transcribed.get(id) ?? 'partial');
  const derived = deriveDistributions(input.cells, input.gradesOf, input.tallies, absence);
  const { agreements, problems } = deriveAgreements({
    ...input,
    distributions: derived.distributions,
  });
  return {
    distributions: derived.distributions,
    agreements,
    problems: [...derived.problems, ...problems],
  };
}

/** The result of a build that found problems: the root problems, and what could not be checked. */
function rejected(
  problems: readonly Problem[],
  unreadable: ReadonlySet<string>,
  dependents: readonly string[],
  notes: BuildResult['notes'],
  warnings: readonly Problem[],
): BuildResult {
  const roots = setAsideLostReferences([...problems], unreadable);
  return {
    dataset: null,
    problems: sortProblems(roots.problems),
    notes,
    warnings: sortProblems([...warnings]),
    unchecked: [...roots.unchecked, ...dependents],
  };
}

/**
 * Validates every file against its spec and every rule across files, then derives distributions,
 * agreement ranges and due dates, reporting every problem found in one run. One step after
 * another, each adding its problems: splitting it further would pass most of its locals around.
 */
export function buildDataset(source: DataInput, options: BuildOptions): Promise<BuildResult> {
  // Every file is hashed as it is read, for the release it belongs to (releases.csv).
  const hashing = hashingInput(source);
  return buildFrom(hashing.input, hashing.digest, options);
}

// eslint-disable-next-line max-lines-per-function -- one step after another, each adding its problems (see buildDataset): a split would pass most of its locals between the parts.
async function buildFrom(
  input: DataInput,
  digest: () => string,
  options: BuildOptions,
): Promise<BuildResult> {
  // Each step adds its problems in turn; they are sorted by place at the end, and a stable sort
  // keeps this order among problems at the same cell.
  const problems: Problem[] = [];
  const add = (ps: readonly Problem[]) => {
    for (const p of ps) problems.push(p);
  };

  const warnings: Problem[] = [];
  const { tables: t, ids, unreadable } = await readTables(input, problems, warnings);
  add(checkUniqueIds(t));
  add(checkSourceReferences(t, ids.sources));

  const { scales, problems: scaleProblems } = deriveGradeScales(t.gradeScales);
  add(scaleProblems);

  add(checkInspections(t.inspections, ids, t.recommendations));
  const inspections = deriveInspections(t.inspections);
  const { scaleOf, gradesOf } = gradeLookup(t, scales);

  add(checkInspectionReferences(t, ids));
  add(checkFindingWording(t.findings));

  const audit = checkAuditRows(t.caseAudit, { scales: scaleOf, gradesOf, areas: ids.areas });
  add(audit.problems);
  const subjects = [...t.discrepancies, ...t.corroborations];
  add(checkDiscrepancySubjects(subjects, t.caseAudit, t.inspections));
  add(checkNotAfter(t, options.asOf));
  const cells = auditCells(audit.good);
  const sums = checkAcknowledgedSums(cells, gradesOf, t.discrepancies);
  add(sums.problems);

  const tracking = deriveTracking(t, ids.inspections, options.asOf);
  add(tracking.problems);

  // Case-level rows stream in last, once everything they refer to is known.
  const cases = await readCases(input, casesContext(scaleOf, gradesOf, ids), problems, warnings);
  const { distributions, agreements, ...figures } = deriveFigures(
    {
      inspections: inspections.map((i) => i.id),
      cells,
      acknowledged: sums.acknowledged,
      tallies: cases.tallies,
      gradesOf,
    },
    inspections,
  );
  add(figures.problems);
  const hash = digest();
  add(checkReleases(t.releases, hash));

  if (problems.length > 0) {
    const dependents = dependentsOfRejected(t, ids, (f) => input.path(f), cases.skipped);
    return rejected(problems, unreadable, dependents, sums.notes, warnings);
  }
  const built: Built = {
    scales,
    inspections,
    auditRows: audit.good,
    caseRows: cases.rows,
    distributions,
    agreements,
    tracking,
  };
  const dataset = assemble(t, built, options.asOf, hash);
  return {
    dataset,
    problems: [],
    notes: sums.notes,
    warnings: sortProblems(warnings),
    unchecked: [],
  };
}
