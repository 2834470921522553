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
  hashCase,
  logHash,
  newHashLog,
  repeatedHashes,
  newTally,
  tallyCrossTable,
  tallyDistributions,
  type CaseTally,
} from './case-rows.ts';
import { checkReference, checkUnique } from './checks.ts';
import type { Column } from './columns.ts';
import { decodeUtf8, parseCsv, type CsvRecord } from './csv-read.ts';
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
import {
  checkStatusUpdates,
  milestoneItem,
  recommendationItem,
  trackItem,
  type StatusUpdate,
} from './tracking.ts';
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
  seen?: { readonly column: string; readonly set: Set<string> },
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
  // A file that is not UTF-8 is refused whole: its other problems would be artefacts of decoding.
  const own: Problem[] = [];
  let encoding: Problem | null = null;
  const push = (p: Problem) => own.push(p);
  const onEncoding = (p: Problem) => {
    encoding = p;
  };
  let sawHeader = false;
  let keyIndex = -1;
  const reader = tableReader(spec, path, (r) => rows.push(r), push);
  await parseCsv(
    path,
    decodeUtf8(path, bytes, onEncoding),
    (record) => {
      // Ids of rows with a bad cell still count as known, so one bad cell is reported once
      // rather than again at every row that refers to it.
      if (seen && sawHeader) {
        const key = record.fields[keyIndex];
        if (key !== undefined) seen.set.add(key.trim());
      } else if (seen) {
        keyIndex = record.fields.findIndex((f) => f.trim() === seen.column);
      }
      sawHeader = true;
      reader(record);
    },
    push,
  );
  if (encoding !== null) {
    problems.push(encoding);
    return [];
  }
  problems.push(...own);
  if (!sawHeader && own.length === 0) {
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

  const sourceIds = new Set<string>();
  const forceIds = new Set<string>();
  const scaleIds = new Set<string>();
  const inspectionIds = new Set<string>();
  const areaIds = new Set<string>();
  const sources = await readTable(input, T.sourcesTable, problems, {
    column: 'id',
    set: sourceIds,
  });
  const forces = await readTable(input, T.forcesTable, problems, { column: 'id', set: forceIds });
  const scaleRows = await readTable(input, T.gradeScalesTable, problems, {
    column: 'scale',
    set: scaleIds,
  });
  const inspectionRows = await readTable(input, T.inspectionsTable, problems, {
    column: 'id',
    set: inspectionIds,
  });
  const areaRows = await readTable(input, T.practiceAreasTable, problems, {
    column: 'id',
    set: areaIds,
  });
  const auditRows = await readTable(input, T.caseAuditTable, problems);
  const findingRows = await readTable(input, T.findingsTable, problems);
  const recommendationRows = await readTable(input, T.recommendationsTable, problems);
  const milestoneRows = await readTable(input, T.milestonesTable, problems);
  const figureRows = await readTable(input, T.keyFiguresTable, problems);
  const glossaryRows = await readTable(input, T.glossaryTable, problems);
  const discrepancyRows = await readTable(input, T.discrepanciesTable, problems);
  const statusRows = await readTable(input, T.statusUpdatesTable, problems);

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
  for (const r of statusRows)
    add(checkReference(r.at, 'source', r.values.source, sourceIds, 'source in sources.csv'));
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
  const inspectionById = new Map(inspectionRows.map((r) => [r.values.id, r]));
  for (const r of inspectionRows) {
    const v = r.values;
    add(checkReference(r.at, 'force', v.force, forceIds, 'force in forces.csv'));
    add(checkReference(r.at, 'grade_scale', v.grade_scale, scaleIds, 'scale in grade-scales.csv'));
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
            inspectionIds,
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
      if (base.values.force !== v.force && forceIds.has(base.values.force))
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
          inspectionIds,
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
  // Status updates: each names an item that exists and is dated after publication.
  const statusUpdates: StatusUpdate[] = statusRows.map(({ values: v }) => ({
    inspection: v.inspection,
    item: v.item,
    date: v.date,
    status: v.status,
    by: v.by,
    evidence: v.evidence,
    provenance: prov(v),
  }));
  const items = new Map<string, Set<string>>();
  const itemSet = (inspection: string): Set<string> => {
    let set = items.get(inspection);
    if (!set) items.set(inspection, (set = new Set()));
    return set;
  };
  for (const r of recommendationRows)
    itemSet(r.values.inspection).add(recommendationItem(r.values.number));
  for (const r of milestoneRows) itemSet(r.values.inspection).add(milestoneItem(r.values.id));
  add(
    checkStatusUpdates(
      statusRows.map((r, i) => ({ values: statusUpdates[i] as StatusUpdate, at: r.at })),
      {
        published: new Map(inspectionRows.map((r) => [r.values.id, r.values.published])),
        items,
        knownInspections: inspectionIds,
      },
    ),
  );
  const track = (inspection: string, item: string, d: Deadline) =>
    trackItem(statusUpdates, inspection, item, d.due, options.asOf);

  const recommendations = recommendationRows.flatMap((r) => {
    const v = r.values;
    const d = deadline(r.at, v.inspection, v.timescale);
    return d
      ? [
          {
            tracking: track(v.inspection, recommendationItem(v.number), d),
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
            tracking: track(v.inspection, milestoneItem(v.id), d),
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
      knownInspections: inspectionIds,
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
      // Published parts that do not add up (acknowledged above) admit no table: no range then.
      const sf = f.reduce((n, x) => n + x, 0);
      const sg = g.reduce((n, x) => n + x, 0);
      if (sf !== force.total || sg !== insp.total) continue;
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
    statusUpdates,
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
  /** Every inspection id in inspections.csv, including rows with a bad cell (reported already). */
  readonly knownInspections: ReadonlySet<string>;
}

/**
 * An inspection as case rows need it: its number, its grades (id to position on its scale) and,
 * once it has a case, its tally.
 */
interface CaseScale {
  readonly number: number;
  readonly grades: ReadonlyMap<string, number>;
  tally: CaseTally | null;
}

/** Where each column of cases.csv is in the file. */
type CasePositions = Readonly<Record<keyof typeof T.casesTable.columns, number>>;

/**
 * Where each column is, when the header names exactly the contract's columns in some order (as
 * the general reader requires); null for any other header, and then every row goes that way.
 */
function casePositions(header: readonly string[]): CasePositions | null {
  const names = header.map((h) => h.trim());
  const columns = Object.keys(T.casesTable.columns);
  if (names.length !== columns.length || new Set(names).size !== names.length) return null;
  if (!columns.every((c) => names.includes(c))) return null;
  return Object.fromEntries(columns.map((c) => [c, names.indexOf(c)])) as CasePositions;
}

/** Whether a column reads this text as valid and as exactly itself. */
function readsAsItself(column: Column<unknown>, text: string): boolean {
  const cell = column.parse(text);
  return cell.ok && cell.value === text;
}

/**
 * Streams cases.csv into per-inspection tallies, checking each row. Duplicate case references are
 * found by hashing them; a second pass over the file confirms them only if a hash repeats.
 */
async function readCases(
  input: DataInput,
  context: CaseContext,
  problems: Problem[],
): Promise<{ tallies: Map<string, CaseTally>; rows: number }> {
  const tallies = new Map<string, CaseTally>();
  const path = input.path(T.casesTable.file);
  const areaIndex = new Map(context.areas.map((a, i) => [a, i]));
  // One lookup a row finds both the inspection's grades and its tally.
  const byInspection = new Map<string, CaseScale>();
  for (const [id, grades] of context.inspections)
    byInspection.set(id, {
      number: byInspection.size,
      grades: new Map(grades.map((g, i) => [g, i])),
      tally: null,
    });
  const hashes = newHashLog();
  let rows = 0;
  const push = (p: Problem) => problems.push(p);

  const onRow = (r: Row<typeof T.casesTable.columns>) => {
    const v = r.values;
    const scale = byInspection.get(v.inspection);
    if (!scale) {
      add(
        checkReference(
          r.at,
          'inspection',
          v.inspection,
          context.knownInspections,
          'inspection in inspections.csv',
        ),
      );
      return;
    }
    const grades = scale.grades;
    // The area ids are unique, so this is the position the map holds, found without hashing.
    const area = context.areas.indexOf(v.area);
    if (area < 0)
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
    const forceSelected = v.sample === 'force-selected';
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
      if (!forceSelected)
        push(
          cellProblem(
            r.at,
            'force_grade',
            `the force assessed only the cases it selected (expected blank for sample ${v.sample}, got ${quote(v.force_grade)})`,
          ),
        );
    } else if (forceSelected) {
      push(
        cellProblem(
          r.at,
          'force_grade',
          `the force assessed every case it selected (expected a grade for sample force-selected, got blank)`,
        ),
      );
    }
    logHash(hashes, hashCase(scale.number, v.case_ref));
    if (area < 0 || insp === undefined || force === -2) return;
    countCase(scale, v.inspection, forceSelected ? 0 : 1, area, force, insp);
  };
  function add(ps: readonly Problem[]) {
    for (const p of ps) problems.push(p);
  }
  function countCase(
    scale: CaseScale,
    inspection: string,
    sample: number,
    area: number,
    force: number,
    insp: number,
  ): void {
    let tally = scale.tally;
    if (!tally) {
      tally = newTally(inspection, { grades: [...scale.grades.keys()], areas: context.areas });
      scale.tally = tally;
      tallies.set(inspection, tally);
    }
    addCase(tally, sample, area, force, insp);
    rows++;
  }

  // The fast path for the common case: a row whose every cell is one the checks already know to
  // be right is counted straight from its cells, without the objects the general reader makes
  // for its messages. Any other row goes the general way, which checks and reports it as always,
  // so this changes the speed and never the result.
  const C = T.casesTable.columns;
  const blank = C.force_grade.parse('');
  const samples = ['force-selected', 'inspectorate-selected'] as const; // tallied as 0 and 1
  const quick =
    blank.ok && blank.value === null && samples.every((s) => readsAsItself(C.sample, s));
  // The ids a row may name on the fast path: only those their column reads unchanged.
  const quickInspections = new Map(
    [...byInspection].filter(
      ([id, scale]) =>
        readsAsItself(C.inspection, id) &&
        [...scale.grades.keys()].every(
          (g) => readsAsItself(C.inspectorate_grade, g) && readsAsItself(C.force_grade, g),
        ),
    ),
  );
  const quickAreas = context.areas.map((a) => readsAsItself(C.area, a));
  const quickSources = new Set([...context.sources].filter((s) => readsAsItself(C.source, s)));
  const width = Object.keys(C).length;
  /** Counts a row that is right in every way the checks look at, or returns false. */
  const quickRow = (fields: readonly string[], at: CasePositions): boolean => {
    if (fields.length !== width) return false;
    const inspection = fields[at.inspection] ?? '';
    const scale = quickInspections.get(inspection);
    if (!scale) return false;
    const ref = C.case_ref.parse(fields[at.case_ref] ?? '');
    if (!ref.ok) return false;
    const area = context.areas.indexOf(fields[at.area] ?? '');
    if (area < 0 || quickAreas[area] !== true) return false;
    const sampleText = fields[at.sample];
    const sample = sampleText === samples[0] ? 0 : sampleText === samples[1] ? 1 : -1;
    const forceText = fields[at.force_grade] ?? '';
    let force = -1;
    if (sample === 0) {
      // The force grades every case it selected, and no other.
      force = scale.grades.get(forceText) ?? -1;
      if (force < 0) return false;
    } else if (sample !== 1 || forceText !== '') return false;
    const insp = scale.grades.get(fields[at.inspectorate_grade] ?? '');
    if (insp === undefined) return false;
    if (!quickSources.has(fields[at.source] ?? '')) return false;
    if (!C.location.parse(fields[at.location] ?? '').ok) return false;
    logHash(hashes, hashCase(scale.number, ref.value));
    countCase(scale, inspection, sample, area, force, insp);
    return true;
  };
  const general = tableReader(T.casesTable, path, onRow, push);
  let positions: CasePositions | null | undefined;
  const onRecord = (record: CsvRecord) => {
    // The first record is the header, which the general reader checks.
    if (positions === undefined) positions = quick ? casePositions(record.fields) : null;
    else if (positions !== null && quickRow(record.fields, positions)) return;
    general(record);
  };

  const bytes = input.open(T.casesTable.file);
  if (bytes === null) return { tallies, rows };
  await parseCsv(path, decodeUtf8(path, bytes, push), onRecord, push);

  const suspects = repeatedHashes(hashes);
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
            const scale = byInspection.get(r.values.inspection);
            if (!scale || !suspects.has(hashCase(scale.number, r.values.case_ref))) return;
            const key = `${r.values.inspection}\u0000${r.values.case_ref}`;
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
