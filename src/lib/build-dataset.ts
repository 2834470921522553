// The build as a pure function: files in (as byte streams the caller opens), a validated and
// derived dataset or a complete list of problems out. The CLI in scripts/ does the file I/O.
import { agreementExact, agreementRange } from './agreement.ts';
import {
  checkSums,
  countKey,
  distributions as deriveDistributions,
  type CountCell,
} from './case-audit.ts';
import {
  addCase,
  addHash,
  hash32,
  newHashSet,
  newTally,
  tallyCrossTable,
  tallyDistributions,
  type CaseTally,
} from './case-rows.ts';
import { checkReference, checkUnique } from './checks.ts';
import { decodeUtf8, parseCsv } from './csv-read.ts';
import { compareDates, toIso, type CalendarDate, type DayDate } from './dates.ts';
import { quote, sortProblems, type Problem } from './problems.ts';
import {
  cellProblem,
  tableReader,
  type At,
  type Columns,
  type Row,
  type TableSpec,
} from './table.ts';
import * as T from './tables.ts';
import { dueDate, formatDueDate, isPastDue, parseTimescale } from './timescale.ts';
import type {
  Agreement,
  AuditCount,
  Dataset,
  Deadline,
  Distribution,
  GradeScale,
  Inspection,
  Provenance,
} from './types.ts';
import { ALL, SAMPLE_PARTS } from './vocabulary.ts';

/** The data folder, as the build sees it: files opened on demand, so large ones can stream. */
export interface DataInput {
  /** The file's bytes in chunks, or null when the file does not exist. Called again for a second pass. */
  open(file: string): AsyncIterable<Uint8Array> | Iterable<Uint8Array> | null;
  /** How the file is named in messages, e.g. `data/forces.csv`. */
  path(file: string): string;
}

export interface BuildOptions {
  /** The date "past due" is judged against. */
  readonly asOf: DayDate;
}

export interface BuildResult {
  /** Null whenever there is any problem: nothing partial is ever written. */
  readonly dataset: Dataset | null;
  readonly problems: readonly Problem[];
  /** Acknowledged discrepancies that were found in the data, for the build log. */
  readonly notes: readonly string[];
}

type Rows<C extends Columns> = Row<C>[];

async function readTable<C extends Columns>(
  input: DataInput,
  spec: TableSpec<C>,
  problems: Problem[],
): Promise<Rows<C>> {
  const rows: Rows<C> = [];
  const path = input.path(spec.file);
  const bytes = input.open(spec.file);
  if (bytes === null) {
    if (!spec.optional) {
      problems.push({
        file: path,
        line: 1,
        column: 1,
        message: `the file is missing (expected ${spec.file} with the header ${Object.keys(spec.columns).join(',')})`,
      });
    }
    return rows;
  }
  const push = (p: Problem) => problems.push(p);
  let sawHeader = false;
  const reader = tableReader(spec, path, (r) => rows.push(r), push);
  await parseCsv(
    path,
    decodeUtf8(path, bytes, push),
    (record) => {
      sawHeader = true;
      reader(record);
    },
    push,
  );
  if (!sawHeader && !problems.some((p) => p.file === path)) {
    problems.push({
      file: path,
      line: 1,
      column: 1,
      message: `the file is empty (expected the header ${Object.keys(spec.columns).join(',')})`,
    });
  }
  return rows;
}

const prov = (v: { readonly source: string; readonly location: string }): Provenance => ({
  source: v.source,
  location: v.location,
});

/**
 * Validates every file against its spec and every rule across files, then derives distributions,
 * agreement ranges and due dates. Reports every problem found in one run.
 */
export async function buildDataset(input: DataInput, options: BuildOptions): Promise<BuildResult> {
  const problems: Problem[] = [];
  const notes: string[] = [];
  const add = (ps: readonly Problem[]) => {
    for (const p of ps) problems.push(p);
  };

  const sources = await readTable(input, T.sourcesTable, problems);
  const forces = await readTable(input, T.forcesTable, problems);
  const scaleRows = await readTable(input, T.gradeScalesTable, problems);
  const inspectionRows = await readTable(input, T.inspectionsTable, problems);
  const areaRows = await readTable(input, T.practiceAreasTable, problems);
  const auditRows = await readTable(input, T.caseAuditTable, problems);
  const findingRows = await readTable(input, T.findingsTable, problems);
  const recommendationRows = await readTable(input, T.recommendationsTable, problems);
  const milestoneRows = await readTable(input, T.milestonesTable, problems);
  const figureRows = await readTable(input, T.keyFiguresTable, problems);
  const glossaryRows = await readTable(input, T.glossaryTable, problems);
  const discrepancyRows = await readTable(input, T.discrepanciesTable, problems);

  // Ids, and every reference to them.
  add(checkUnique(sources, (r) => r.values.id, 'id', 'source id'));
  add(checkUnique(forces, (r) => r.values.id, 'id', 'force id'));
  add(checkUnique(scaleRows, (r) => `${r.values.scale}/${r.values.grade}`, 'grade', 'grade'));
  add(checkUnique(inspectionRows, (r) => r.values.id, 'id', 'inspection id'));
  add(checkUnique(areaRows, (r) => r.values.id, 'id', 'practice area id'));
  add(
    checkUnique(
      auditRows,
      (r) => `${r.values.inspection}/${countKey(r.values)}`,
      'count',
      'the count for',
    ),
  );
  add(
    checkUnique(
      findingRows,
      (r) =>
        `${r.values.inspection}/${r.values.area ?? ''}/${r.values.kind}/${String(r.values.order)}`,
      'order',
      'finding',
    ),
  );
  add(
    checkUnique(
      recommendationRows,
      (r) => `${r.values.inspection}/${String(r.values.number)}`,
      'number',
      'recommendation',
    ),
  );
  add(
    checkUnique(milestoneRows, (r) => `${r.values.inspection}/${r.values.id}`, 'id', 'milestone'),
  );
  add(checkUnique(figureRows, (r) => `${r.values.inspection}/${r.values.id}`, 'id', 'key figure'));
  add(
    checkUnique(
      glossaryRows,
      (r) => `${r.values.inspection}/${r.values.term}`,
      'term',
      'glossary term',
    ),
  );
  add(checkUnique(discrepancyRows, (r) => r.values.id, 'id', 'discrepancy id'));
  for (const r of areaRows) {
    if (r.values.id === ALL)
      add([
        cellProblem(
          r.at,
          'id',
          `"all" is reserved for the all-areas row of case-audit.csv (expected another id, got "all")`,
        ),
      ]);
  }

  const sourceIds = new Set(sources.map((r) => r.values.id));
  const provenanced = [
    forces,
    scaleRows,
    inspectionRows,
    areaRows,
    auditRows,
    findingRows,
    recommendationRows,
    milestoneRows,
    figureRows,
    glossaryRows,
    discrepancyRows,
  ] as const;
  for (const rows of provenanced) {
    for (const r of rows as readonly { values: { source: string }; at: At }[]) {
      add(checkReference(r.at, 'source', r.values.source, sourceIds, 'source in sources.csv'));
    }
  }
  for (const r of discrepancyRows)
    add(
      checkReference(
        r.at,
        'other_source',
        r.values.other_source,
        sourceIds,
        'source in sources.csv',
      ),
    );

  // Grade scales, ordered and without gaps.
  const scales = new Map<string, GradeScale>();
  const byScale = new Map<string, Rows<typeof T.gradeScalesTable.columns>>();
  for (const r of scaleRows)
    byScale.set(r.values.scale, [...(byScale.get(r.values.scale) ?? []), r]);
  for (const [scale, rows] of byScale) {
    const sorted = [...rows].sort((a, b) => a.values.rank - b.values.rank);
    sorted.forEach((r, i) => {
      if (r.values.rank !== i + 1)
        add([
          cellProblem(
            r.at,
            'rank',
            `the ranks of scale "${scale}" must run 1, 2, 3 … without gaps or repeats (expected ${String(i + 1)}, got ${String(r.values.rank)})`,
          ),
        ]);
    });
    const first = sorted[0];
    if (!first) continue;
    scales.set(scale, {
      id: scale,
      grades: sorted.map((r) => ({
        id: r.values.grade,
        rank: r.values.rank,
        label: r.values.label,
      })),
      provenance: prov(first.values),
    });
  }

  // Forces, inspections and the order of their dates.
  const forceIds = new Set(forces.map((r) => r.values.id));
  const inspectionById = new Map(inspectionRows.map((r) => [r.values.id, r]));
  for (const r of inspectionRows) {
    const v = r.values;
    add(checkReference(r.at, 'force', v.force, forceIds, 'force in forces.csv'));
    add(checkReference(r.at, 'grade_scale', v.grade_scale, scales, 'scale in grade-scales.csv'));
    const order = (a: CalendarDate, b: CalendarDate) => compareDates(a, b);
    if (order(v.fieldwork_start, v.fieldwork_end) === 'after') {
      add([
        cellProblem(
          r.at,
          'fieldwork_end',
          `fieldwork ends before it starts (expected a date on or after ${toIso(v.fieldwork_start)}, got ${toIso(v.fieldwork_end)})`,
        ),
      ]);
    }
    const pub = order(v.fieldwork_end, v.published);
    if (pub === 'after' || pub === 'same') {
      add([
        cellProblem(
          r.at,
          'published',
          `published before its fieldwork ended (expected a date after ${toIso(v.fieldwork_end)}, got ${toIso(v.published)})`,
        ),
      ]);
    }
    if (v.kind === 'inspection' && v.revisits !== null) {
      add([
        cellProblem(
          r.at,
          'revisits',
          `an inspection revisits nothing (expected blank, got ${quote(v.revisits)}); set kind to post-inspection-review for a review`,
        ),
      ]);
    }
    if (v.kind === 'post-inspection-review') {
      if (v.revisits === null) {
        add([
          cellProblem(
            r.at,
            'revisits',
            `a post-inspection review must name the inspection it revisits (expected an inspection id, got blank)`,
          ),
        ]);
        continue;
      }
      const base = inspectionById.get(v.revisits);
      if (!base) {
        add(
          checkReference(
            r.at,
            'revisits',
            v.revisits,
            inspectionById,
            'inspection in inspections.csv',
          ),
        );
        continue;
      }
      if (base.values.kind !== 'inspection')
        add([
          cellProblem(
            r.at,
            'revisits',
            `a review revisits an inspection, not another review (expected an inspection, got the review ${quote(v.revisits)})`,
          ),
        ]);
      if (base.values.force !== v.force)
        add([
          cellProblem(
            r.at,
            'revisits',
            `the review is of ${v.force} but ${v.revisits} is of ${base.values.force} (expected an inspection of the same force)`,
          ),
        ]);
      const after = order(base.values.published, v.fieldwork_start);
      if (after === 'after' || after === 'same') {
        add([
          cellProblem(
            r.at,
            'fieldwork_start',
            `the review's fieldwork starts before the inspection it revisits was published (expected a date after ${toIso(base.values.published)}, got ${toIso(v.fieldwork_start)})`,
          ),
        ]);
      }
    }
  }

  const inspections: Inspection[] = inspectionRows.map((r) => {
    const v = r.values;
    const reviewedBy = inspectionRows
      .filter((o) => o.values.revisits === v.id)
      .sort((a, b) => (toIso(a.values.published) < toIso(b.values.published) ? -1 : 1))
      .map((o) => o.values.id);
    return {
      id: v.id,
      force: v.force,
      kind: v.kind,
      revisits: v.revisits,
      reviewedBy,
      fieldworkStart: v.fieldwork_start,
      fieldworkEnd: v.fieldwork_end,
      published: v.published,
      gradeScale: v.grade_scale,
      title: v.title,
      provenance: prov(v),
    };
  });
  const gradesOf = (inspection: string): string[] => {
    const scale = scales.get(inspectionById.get(inspection)?.values.grade_scale ?? '');
    return scale ? scale.grades.map((g) => g.id) : [];
  };

  // Everything that names an inspection or a practice area.
  const areaIds = new Set(areaRows.map((r) => r.values.id));
  const named = [
    auditRows,
    findingRows,
    recommendationRows,
    milestoneRows,
    figureRows,
    glossaryRows,
    discrepancyRows,
  ] as const;
  for (const rows of named) {
    for (const r of rows as readonly { values: { inspection: string }; at: At }[]) {
      add(
        checkReference(
          r.at,
          'inspection',
          r.values.inspection,
          inspectionById,
          'inspection in inspections.csv',
        ),
      );
    }
  }
  for (const r of findingRows)
    add(
      checkReference(r.at, 'area', r.values.area, areaIds, 'practice area in practice-areas.csv'),
    );

  // Case-audit counts: each grade on the inspection's scale, force grades only for its own sample.
  const goodAudit = auditRows.filter((r) => {
    const v = r.values;
    const before = problems.length;
    if (v.area !== ALL)
      add(
        checkReference(
          r.at,
          'area',
          v.area,
          areaIds,
          'practice area in practice-areas.csv (or "all")',
        ),
      );
    const grades = gradesOf(v.inspection);
    if (inspectionById.has(v.inspection) && v.grade !== ALL && !grades.includes(v.grade)) {
      const scale = inspectionById.get(v.inspection)?.values.grade_scale ?? '';
      add([
        cellProblem(
          r.at,
          'grade',
          `not a grade of the ${scale} scale used by ${v.inspection} (expected one of ${[...grades, ALL].join(', ')}, got ${quote(v.grade)})`,
        ),
      ]);
    }
    if (v.assessor === 'force' && v.sample !== 'force-selected') {
      add([
        cellProblem(
          r.at,
          'sample',
          `the force assessed only the cases it selected (expected "force-selected" for assessor "force", got ${quote(v.sample)})`,
        ),
      ]);
    }
    return problems.length === before && inspectionById.has(v.inspection);
  });

  // Discrepancies: a subject must name something that exists.
  const inspectionFields = new Set(Object.keys(T.inspectionsTable.columns));
  const auditKeys = new Set(auditRows.map((r) => `${r.values.inspection}/${countKey(r.values)}`));
  for (const r of discrepancyRows) {
    const v = r.values;
    const m = /^(case-audit|inspections):(.+)$/.exec(v.subject);
    const expected =
      'expected case-audit:<sample>/<assessor>/<area>/<grade> or inspections:<field>';
    if (!m) {
      add([cellProblem(r.at, 'subject', `not a subject (${expected}, got ${quote(v.subject)})`)]);
    } else if (m[1] === 'inspections' && !inspectionFields.has(m[2] ?? '')) {
      add([
        cellProblem(
          r.at,
          'subject',
          `not a column of inspections.csv (expected one of ${[...inspectionFields].join(', ')}, got ${quote(m[2] ?? '')})`,
        ),
      ]);
    } else if (m[1] === 'case-audit' && !auditKeys.has(`${v.inspection}/${m[2] ?? ''}`)) {
      add([
        cellProblem(
          r.at,
          'subject',
          `no such count for ${v.inspection} in case-audit.csv (${expected}, naming a row that exists, got ${quote(v.subject)})`,
        ),
      ]);
    }
  }

  // Sums that must hold, unless a discrepancy acknowledges the published figures do not add up.
  const cells: CountCell<At>[] = goodAudit.map((r) => ({
    ...r.values,
    provenance: prov(r.values),
    at: r.at,
  }));
  const byInspection = new Map<string, CountCell<At>[]>();
  for (const c of cells)
    byInspection.set(c.inspection, [...(byInspection.get(c.inspection) ?? []), c]);
  const acknowledged = new Map(
    discrepancyRows
      .filter((r) => r.values.kind === 'does-not-add-up')
      .map((r) => [`${r.values.inspection}/${r.values.subject}`, { row: r, used: false }]),
  );
  for (const [inspection, group] of byInspection) {
    for (const m of checkSums(group, gradesOf(inspection))) {
      const ack = acknowledged.get(`${inspection}/case-audit:${m.subject}`);
      if (ack && ack.row.values.other_value === String(m.sum)) {
        ack.used = true;
        notes.push(
          `${inspection}: ${m.subject} is ${String(m.total)} but ${m.parts} add up to ${String(m.sum)} (acknowledged as ${ack.row.values.id})`,
        );
        continue;
      }
      const how = m.exceeds
        ? `the published parts already add up to ${String(m.sum)}, more than`
        : `${m.parts} add up to ${String(m.sum)}, not`;
      const fix = ack
        ? `discrepancy ${ack.row.values.id} acknowledges it with other_value ${quote(ack.row.values.other_value)}, which should be ${String(m.sum)}`
        : `a does-not-add-up row in discrepancies.csv with subject case-audit:${m.subject} if the source really says so`;
      problems.push(
        cellProblem(
          m.at,
          'count',
          `${how} the total ${String(m.total)} (expected the parts to add up to the total, or ${fix}; got ${String(m.total)})`,
        ),
      );
      if (ack) ack.used = true;
    }
  }
  for (const { row, used } of acknowledged.values()) {
    if (!used)
      add([
        cellProblem(
          row.at,
          'subject',
          `acknowledges that ${row.values.subject} does not add up, but it does (expected a total whose parts do not add up, got one that does: remove this row or correct the counts)`,
        ),
      ]);
  }

  // Deadlines, from the inspection's publication date.
  const deadline = (at: At, inspection: string, text: string): Deadline | null => {
    const parsed = parseTimescale(text);
    if (!parsed.ok) {
      problems.push(cellProblem(at, 'timescale', parsed.error));
      return null;
    }
    const published = inspectionById.get(inspection)?.values.published;
    if (!published) return null;
    const due = dueDate(parsed.timescale, published);
    return {
      timescaleText: text,
      timescale: parsed.timescale,
      due,
      dueText: formatDueDate(due),
      pastDue: isPastDue(due, options.asOf),
    };
  };
  const recommendations = recommendationRows.flatMap((r) => {
    const v = r.values;
    const d = deadline(r.at, v.inspection, v.timescale);
    return d
      ? [
          {
            inspection: v.inspection,
            number: v.number,
            chapter: v.chapter,
            text: v.text,
            note: v.note,
            provenance: prov(v),
            ...d,
          },
        ]
      : [];
  });
  const milestones = milestoneRows.flatMap((r) => {
    const v = r.values;
    const d = deadline(r.at, v.inspection, v.timescale);
    return d
      ? [
          {
            inspection: v.inspection,
            id: v.id,
            label: v.label,
            basis: v.basis,
            provenance: prov(v),
            ...d,
          },
        ]
      : [];
  });

  // Case-level rows stream in last, once everything they refer to is known.
  const caseResult = await readCases(
    input,
    {
      inspections: new Map([...inspectionById.keys()].map((id) => [id, gradesOf(id)])),
      areas: [...areaIds],
      sources: sourceIds,
    },
    problems,
  );

  let distributions: Distribution[] = [];
  for (const [inspection, group] of byInspection) {
    distributions.push(...deriveDistributions(group, gradesOf(inspection)));
  }
  // Where case rows exist, their counts must equal every published count they cover.
  for (const tally of caseResult.tallies.values()) {
    const derived = tallyDistributions(tally);
    const samplesPresent = new Set(SAMPLE_PARTS.filter((_, i) => hasSample(tally, i)));
    const covers = (sample: string) =>
      sample === ALL
        ? samplesPresent.size === SAMPLE_PARTS.length
        : samplesPresent.has(sample as (typeof SAMPLE_PARTS)[number]);
    const derivedByKey = new Map(derived.map((d) => [`${d.sample}/${d.assessor}/${d.area}`, d]));
    for (const c of byInspection.get(tally.inspection) ?? []) {
      if (c.count === null || !covers(c.sample)) continue;
      const d = derivedByKey.get(`${c.sample}/${c.assessor}/${c.area}`);
      const n =
        c.grade === ALL
          ? (d?.total ?? 0)
          : (d?.counts.find((x) => x.grade === c.grade)?.count ?? 0);
      if (n !== c.count) {
        problems.push(
          cellProblem(
            c.at,
            'count',
            `the case rows in cases.csv give ${String(n)} for ${countKey(c)} (expected the published count to equal the count of case rows, got ${String(c.count)})`,
          ),
        );
      }
    }
    const published = new Set(
      distributions
        .filter((d) => d.inspection === tally.inspection)
        .map((d) => `${d.sample}/${d.assessor}/${d.area}`),
    );
    distributions = distributions.concat(
      derived.filter((d) => !published.has(`${d.sample}/${d.assessor}/${d.area}`)),
    );
  }

  // Force versus inspectorate on the same cases.
  const agreements: Agreement[] = [];
  const find = (inspection: string, sample: string, assessor: string) =>
    distributions.find(
      (d) =>
        d.inspection === inspection &&
        d.sample === sample &&
        d.assessor === assessor &&
        d.area === ALL,
    );
  for (const inspection of inspections) {
    for (const sample of [...SAMPLE_PARTS, ALL] as const) {
      const force = find(inspection.id, sample, 'force');
      const insp = find(inspection.id, sample, 'inspectorate');
      if (!force?.complete || !insp?.complete) continue;
      const f = force.counts.map((c) => c.count ?? 0);
      const g = insp.counts.map((c) => c.count ?? 0);
      if (force.total !== insp.total) {
        const subject = (a: string) => `${inspection.id}/case-audit:${sample}/${a}/${ALL}/${ALL}`;
        if (!acknowledged.has(subject('force')) && !acknowledged.has(subject('inspectorate'))) {
          const cell = (byInspection.get(inspection.id) ?? []).find(
            (c) => c.sample === sample && c.assessor === 'inspectorate' && c.area === ALL,
          );
          if (cell)
            problems.push(
              cellProblem(
                cell.at,
                'count',
                `the force graded ${String(force.total)} cases of the ${sample} sample and the inspectorate ${String(insp.total)} (expected the same cases graded by both)`,
              ),
            );
        }
        continue;
      }
      const tally = caseResult.tallies.get(inspection.id);
      const sampleIndex = SAMPLE_PARTS.indexOf(sample as (typeof SAMPLE_PARTS)[number]);
      const table =
        tally && sampleIndex >= 0 && hasSample(tally, sampleIndex)
          ? tallyCrossTable(tally, sampleIndex)
          : null;
      agreements.push({
        inspection: inspection.id,
        sample,
        grades: gradesOf(inspection.id),
        force: f,
        inspectorate: g,
        range: agreementRange(f, g),
        exact: table ? agreementExact(table) : null,
        provenance: [...force.provenance, ...insp.provenance],
      });
    }
  }

  if (problems.length > 0) return { dataset: null, problems: sortProblems(problems), notes };

  const caseAudit: AuditCount[] = goodAudit.map((r) => ({
    inspection: r.values.inspection,
    sample: r.values.sample,
    assessor: r.values.assessor,
    area: r.values.area,
    grade: r.values.grade,
    count: r.values.count,
    note: r.values.note,
    provenance: prov(r.values),
  }));
  const dataset: Dataset = {
    asOf: options.asOf,
    sources: sources.map(({ values: v }) => ({
      id: v.id,
      title: v.title,
      publisher: v.publisher,
      published: v.published,
      url: v.url,
      note: v.note,
    })),
    forces: forces.map(({ values: v }) => ({
      id: v.id,
      name: v.name,
      nameCy: v.name_cy,
      nation: v.nation,
      provenance: prov(v),
    })),
    gradeScales: [...scales.values()],
    inspections,
    practiceAreas: areaRows.map(({ values: v }) => ({
      id: v.id,
      label: v.label,
      definition: v.definition,
      provenance: prov(v),
    })),
    caseAudit,
    caseRows: caseResult.rows,
    distributions,
    agreements,
    findings: findingRows.map(({ values: v }) => ({
      inspection: v.inspection,
      area: v.area,
      kind: v.kind,
      order: v.order,
      text: v.text,
      provenance: prov(v),
    })),
    recommendations,
    milestones,
    keyFigures: figureRows.map(({ values: v }) => ({
      inspection: v.inspection,
      id: v.id,
      label: v.label,
      value: v.value,
      qualifier: v.qualifier,
      unit: v.unit,
      provenance: prov(v),
    })),
    glossary: glossaryRows.map(({ values: v }) => ({
      inspection: v.inspection,
      term: v.term,
      abbreviation: v.abbreviation,
      definition: v.definition,
      provenance: prov(v),
    })),
    discrepancies: discrepancyRows.map(({ values: v }) => ({
      id: v.id,
      inspection: v.inspection,
      kind: v.kind,
      subject: v.subject,
      value: v.value,
      otherValue: v.other_value,
      otherProvenance: { source: v.other_source, location: v.other_location },
      note: v.note,
      provenance: prov(v),
    })),
  };
  return { dataset, problems: [], notes };
}

function hasSample(t: CaseTally, sample: number): boolean {
  const per = t.counts.length / SAMPLE_PARTS.length;
  for (let i = sample * per; i < (sample + 1) * per; i++) if ((t.counts[i] ?? 0) > 0) return true;
  return false;
}

interface CaseContext {
  readonly inspections: ReadonlyMap<string, readonly string[]>;
  readonly areas: readonly string[];
  readonly sources: ReadonlySet<string>;
}

/**
 * Streams cases.csv into per-inspection tallies, checking each row. Duplicate case references are
 * found with a hash set; a second pass over the file confirms them only if a hash repeats.
 */
async function readCases(
  input: DataInput,
  context: CaseContext,
  problems: Problem[],
): Promise<{ tallies: Map<string, CaseTally>; rows: number }> {
  const tallies = new Map<string, CaseTally>();
  const path = input.path(T.casesTable.file);
  const areaIndex = new Map(context.areas.map((a, i) => [a, i]));
  const gradeIndex = new Map<string, Map<string, number>>();
  for (const [id, grades] of context.inspections)
    gradeIndex.set(id, new Map(grades.map((g, i) => [g, i])));
  const hashes = newHashSet();
  const suspects = new Set<number>();
  let rows = 0;
  const push = (p: Problem) => problems.push(p);

  const onRow = (r: Row<typeof T.casesTable.columns>) => {
    const v = r.values;
    const grades = gradeIndex.get(v.inspection);
    if (!grades) {
      add(
        checkReference(
          r.at,
          'inspection',
          v.inspection,
          context.inspections,
          'inspection in inspections.csv',
        ),
      );
      return;
    }
    const area = areaIndex.get(v.area);
    if (area === undefined)
      add(checkReference(r.at, 'area', v.area, areaIndex, 'practice area in practice-areas.csv'));
    if (!context.sources.has(v.source))
      add(checkReference(r.at, 'source', v.source, context.sources, 'source in sources.csv'));
    const insp = grades.get(v.inspectorate_grade);
    if (insp === undefined)
      push(
        cellProblem(
          r.at,
          'inspectorate_grade',
          `not a grade of ${v.inspection}'s scale (expected one of ${[...grades.keys()].join(', ')}, got ${quote(v.inspectorate_grade)})`,
        ),
      );
    let force = -1;
    if (v.force_grade !== null) {
      force = grades.get(v.force_grade) ?? -2;
      if (force === -2)
        push(
          cellProblem(
            r.at,
            'force_grade',
            `not a grade of ${v.inspection}'s scale (expected one of ${[...grades.keys()].join(', ')}, or blank, got ${quote(v.force_grade)})`,
          ),
        );
      if (v.sample !== 'force-selected')
        push(
          cellProblem(
            r.at,
            'force_grade',
            `the force assessed only the cases it selected (expected blank for sample ${v.sample}, got ${quote(v.force_grade)})`,
          ),
        );
    } else if (v.sample === 'force-selected') {
      push(
        cellProblem(
          r.at,
          'force_grade',
          `the force assessed every case it selected (expected a grade for sample force-selected, got blank)`,
        ),
      );
    }
    const h = hash32(`${v.inspection}\u0000${v.case_ref}`);
    if (!addHash(hashes, h)) suspects.add(h);
    if (area === undefined || insp === undefined || force === -2) return;
    let tally = tallies.get(v.inspection);
    if (!tally) {
      tally = newTally(v.inspection, { grades: [...grades.keys()], areas: context.areas });
      tallies.set(v.inspection, tally);
    }
    addCase(tally, v.sample === 'force-selected' ? 0 : 1, area, force, insp);
    rows++;
  };
  function add(ps: readonly Problem[]) {
    for (const p of ps) problems.push(p);
  }

  const bytes = input.open(T.casesTable.file);
  if (bytes === null) return { tallies, rows };
  await parseCsv(
    path,
    decodeUtf8(path, bytes, push),
    tableReader(T.casesTable, path, onRow, push),
    push,
  );

  if (suspects.size > 0) {
    // Second pass: only rows whose hash repeated are kept, to tell real duplicates from collisions.
    const firstLine = new Map<string, number>();
    const again = input.open(T.casesTable.file);
    if (again) {
      await parseCsv(
        path,
        decodeUtf8(path, again, () => undefined),
        tableReader(
          T.casesTable,
          path,
          (r) => {
            const key = `${r.values.inspection}\u0000${r.values.case_ref}`;
            if (!suspects.has(hash32(key))) return;
            const seen = firstLine.get(key);
            if (seen === undefined) firstLine.set(key, r.at.line);
            else
              push(
                cellProblem(
                  r.at,
                  'case_ref',
                  `case ${quote(r.values.case_ref)} of ${r.values.inspection} appears twice (expected each case once; first at line ${String(seen)})`,
                ),
              );
          },
          () => undefined,
        ),
        () => undefined,
      );
    }
  }
  return { tallies, rows };
}
