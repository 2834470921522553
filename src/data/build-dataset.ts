// The build as a pure function: files in (as byte streams the caller opens), a validated and
// derived dataset or a complete list of problems out. The CLI in scripts/ does the file I/O.
import { auditCells, checkAcknowledgedSums, checkAuditRows } from './check/case-audit.ts';
import { checkNotAfter } from './check/dates.ts';
import { checkDiscrepancySubjects } from './check/discrepancies.ts';
import { checkInspectionReferences, checkSourceReferences, checkUniqueIds } from './check/ids.ts';
import { checkInspections, deriveInspections } from './check/inspections.ts';
import type { DayDate } from '../domain/dates.ts';
import { deriveTracking } from './derive/deadlines.ts';
import { deriveAgreements } from './derive/agreements.ts';
import { deriveDistributions } from './derive/distributions.ts';
import { deriveGradeScales } from './derive/grade-scales.ts';
import { sortProblems, type Problem } from './problems.ts';
import { provenanceOf } from './derive/provenance.ts';
import { readCases } from './read/cases.ts';
import { readTables, type DataInput } from './read/tables.ts';
import type { Dataset } from '../dataset/types.ts';
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

/**
 * Validates every file against its spec and every rule across files, then derives distributions,
 * agreement ranges and due dates, reporting every problem found in one run.
 */
export async function buildDataset(input: DataInput, options: BuildOptions): Promise<BuildResult> {
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

  add(checkInspections(t.inspections, ids));
  const inspections = deriveInspections(t.inspections);
  const scaleOf = new Map(t.inspections.map((r) => [r.values.id, r.values.grade_scale]));
  const gradesOf = (inspection: string): string[] => {
    const scale = scales.get(scaleOf.get(inspection) ?? '');
    return scale ? scale.grades.map((g) => g.id) : [];
  };

  add(checkInspectionReferences(t, ids));

  const audit = checkAuditRows(t.caseAudit, { scales: scaleOf, gradesOf, areas: ids.areas });
  add(audit.problems);
  add(checkDiscrepancySubjects(t.discrepancies, t.caseAudit, t.inspections));
  add(checkNotAfter(t, options.asOf));
  const cells = auditCells(audit.good);
  const sums = checkAcknowledgedSums(cells, gradesOf, t.discrepancies);
  add(sums.problems);

  const tracking = deriveTracking(t, ids.inspections, options.asOf);
  add(tracking.problems);

  // Case-level rows stream in last, once everything they refer to is known.
  const cases = await readCases(
    input,
    {
      inspections: new Map([...scaleOf.keys()].map((id) => [id, gradesOf(id)])),
      areas: [...ids.areas],
      sources: ids.sources,
      knownInspections: ids.inspections,
    },
    problems,
    warnings,
  );

  const { distributions, problems: distributionProblems } = deriveDistributions(
    cells,
    gradesOf,
    cases.tallies,
  );
  add(distributionProblems);
  const { agreements, problems: agreementProblems } = deriveAgreements({
    inspections: inspections.map((i) => i.id),
    distributions,
    cells,
    acknowledged: sums.acknowledged,
    tallies: cases.tallies,
    gradesOf,
  });
  add(agreementProblems);

  if (problems.length > 0) {
    const roots = setAsideLostReferences(problems, unreadable);
    return {
      dataset: null,
      problems: sortProblems(roots.problems),
      notes: sums.notes,
      warnings: sortProblems(warnings),
      unchecked: [
        ...roots.unchecked,
        ...dependentsOfRejected(t, ids, (f) => input.path(f), cases.skipped),
      ],
    };
  }

  const dataset: Dataset = {
    asOf: options.asOf,
    sources: t.sources.map(({ values: v }) => ({
      id: v.id,
      title: v.title,
      publisher: v.publisher,
      published: v.published,
      url: v.url,
      note: v.note,
    })),
    forces: t.forces.map(({ values: v }) => ({
      id: v.id,
      name: v.name,
      nameCy: v.name_cy,
      nation: v.nation,
      provenance: provenanceOf(v),
    })),
    gradeScales: [...scales.values()],
    inspections,
    practiceAreas: t.practiceAreas.map(({ values: v }) => ({
      id: v.id,
      label: v.label,
      definition: v.definition,
      provenance: provenanceOf(v),
    })),
    caseAudit: audit.good.map(({ values: v }) => ({
      inspection: v.inspection,
      sample: v.sample,
      assessor: v.assessor,
      area: v.area,
      grade: v.grade,
      count: v.count,
      note: v.note,
      provenance: provenanceOf(v),
    })),
    caseRows: cases.rows,
    distributions,
    agreements,
    findings: t.findings.map(({ values: v }) => ({
      inspection: v.inspection,
      area: v.area,
      kind: v.kind,
      order: v.order,
      text: v.text,
      provenance: provenanceOf(v),
    })),
    recommendations: tracking.recommendations,
    milestones: tracking.milestones,
    keyFigures: t.keyFigures.map(({ values: v }) => ({
      inspection: v.inspection,
      id: v.id,
      label: v.label,
      value: v.value,
      qualifier: v.qualifier,
      unit: v.unit,
      provenance: provenanceOf(v),
    })),
    glossary: t.glossary.map(({ values: v }) => ({
      inspection: v.inspection,
      term: v.term,
      abbreviation: v.abbreviation,
      definition: v.definition,
      provenance: provenanceOf(v),
    })),
    discrepancies: t.discrepancies.map(({ values: v }) => ({
      id: v.id,
      inspection: v.inspection,
      kind: v.kind,
      subject: v.subject,
      value: v.value,
      otherValue: v.other_value,
      otherProvenance: { source: v.other_source, location: v.other_location },
      note: v.note,
      provenance: provenanceOf(v),
    })),
    statusUpdates: tracking.statusUpdates,
  };
  return {
    dataset,
    problems: [],
    notes: sums.notes,
    warnings: sortProblems(warnings),
    unchecked: [],
  };
}
