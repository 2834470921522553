// Reading case rows (cases.csv) into per-inspection tallies, one record at a time: the checks
// every row gets, with a fast path for rows that are right. The same reader reads a whole file, or
// one part of it in a worker thread (cases-split.ts).
/* eslint-disable max-lines -- the per-row reader and the small helpers only it uses; see
   caseReader for why it is one function. */
import {
  addCase,
  hashCase,
  logHash,
  newHashLog,
  newTally,
  type CaseTally,
  type HashLog,
} from './case-tallies.ts';
import { checkReference } from '../check/references.ts';
import { text, type Column } from '../contract/columns.ts';
import type { CsvRecord } from './csv.ts';
import { quote, type Problem } from '../problems.ts';
import { cellProblem, tableReader, type Row } from '../contract/table-spec.ts';
import * as T from '../contract/tables.ts';

/** What case rows are checked against: everything they refer to, read from the other files. */
export interface CasesContext {
  /** Each valid inspection's grades, in scale order. */
  readonly inspections: ReadonlyMap<string, readonly string[]>;
  readonly areas: readonly string[];
  readonly sources: ReadonlySet<string>;
  /** Every inspection id in inspections.csv, including rows with a bad cell (reported already). */
  readonly knownInspections: ReadonlySet<string>;
}

/** What reading case rows gives: the tallies by inspection, and how many rows were counted. */
export interface CasesResult {
  readonly tallies: Map<string, CaseTally>;
  readonly rows: number;
  /** Rows of an inspection whose own row has a problem, so they could not be checked. */
  readonly skipped: number;
}

/** What a reader has read: its tallies and counts, and the hash of every case reference it saw. */
export interface CasePart extends CasesResult {
  readonly hashes: HashLog;
}

/**
 * A read's problems and warnings, or its encoding problem alone: a file that is not UTF-8 is
 * refused whole, as every table is, because the rows before the bad byte may stop mid-row.
 */
export function unlessNotUtf8(
  encoding: Problem | null,
  problems: Problem[],
  warnings: Problem[],
): { problems: Problem[]; warnings: Problem[] } {
  return encoding === null ? { problems, warnings } : { problems: [encoding], warnings: [] };
}

/** Reads case records in file order, the header first. */
export interface CaseReader {
  readonly onRecord: (record: CsvRecord) => void;
  /** Whether the header was the contract's, so that rows may take the fast path. */
  readonly quick: boolean;
  readonly part: () => CasePart;
}

/**
 * An inspection as case rows need it: its number, its grades (id to position on its scale) and,
 * once it has a case, its tally.
 */
export interface CaseScale {
  readonly number: number;
  readonly grades: ReadonlyMap<string, number>;
  tally: CaseTally | null;
}

/** Each inspection of the context by id, numbered in the context's order. */
export function inspectionScales(context: CasesContext): Map<string, CaseScale> {
  const byInspection = new Map<string, CaseScale>();
  for (const [id, grades] of context.inspections)
    byInspection.set(id, {
      number: byInspection.size,
      grades: new Map(grades.map((g, i) => [g, i])),
      tally: null,
    });
  return byInspection;
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

/**
 * Whether a cell is non-blank and starts and ends with a printable ASCII character other than a
 * space: then trimming, whatever it counts as space, leaves it as it is.
 */
function hasNoEdgeSpace(s: string): boolean {
  if (s.length === 0) return false;
  const first = s.charCodeAt(0);
  const last = s.charCodeAt(s.length - 1);
  return first > 0x20 && first < 0x7f && last > 0x20 && last < 0x7f;
}

/** An inspection the fast path knows: its id, its scale and its grades in scale order. */
interface QuickInspection {
  readonly id: string;
  readonly scale: CaseScale;
  readonly grades: readonly string[];
}

/** Whether a column reads this text as valid and as exactly itself. */
function readsAsItself(column: Column<unknown>, text: string): boolean {
  const cell = column.parse(text);
  return cell.ok && cell.value === text;
}

/**
 * The position of a row's force grade on its scale: -1 for blank, -2 for one not on the scale.
 * The force grades every case it selected, and no other: a breach of that is reported.
 */
function forceGrade(
  r: Row<typeof T.casesTable.columns>,
  grades: ReadonlyMap<string, number>,
  push: (p: Problem) => void,
): number {
  const v = r.values;
  const forceSelected = v.sample === 'force-selected';
  if (v.force_grade === null) {
    if (forceSelected)
      push(
        cellProblem(
          r.at,
          'force_grade',
          `the force assessed every case it selected (expected a grade for sample force-selected, got blank)`,
        ),
      );
    return -1;
  }
  const force = grades.get(v.force_grade) ?? -2;
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
  return force;
}

/**
 * A reader of case records that checks each row and counts it into its inspection's tally, and
 * logs the hash of each case reference for the duplicate check; problems go to `push`.
 */
// eslint-disable-next-line max-lines-per-function -- tuned for millions of rows (npm run bench:data): the fast path and the general path share counters, the hash log and the last inspection in one closure, so a row pays for no indirection; each path is commented below.
export function caseReader(
  context: CasesContext,
  path: string,
  push: (p: Problem) => void,
): CaseReader {
  const tallies = new Map<string, CaseTally>();
  // One lookup a row finds both the inspection's grades and its tally; the numbers, in the
  // context's order, are the same in every thread that reads a part of the file.
  const byInspection = inspectionScales(context);
  const hashes = newHashLog();
  let rows = 0;
  let skipped = 0;

  const areaIndex = new Map(context.areas.map((a, i) => [a, i]));

  const onRow = (r: Row<typeof T.casesTable.columns>) => {
    const v = r.values;
    const scale = byInspection.get(v.inspection);
    if (!scale) {
      if (context.knownInspections.has(v.inspection)) skipped++;
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
    const force = forceGrade(r, grades, push);
    logHash(hashes, hashCase(scale.number, v.case_ref));
    if (area < 0 || insp === undefined || force === -2) return;
    countCase(scale, v.inspection, forceSelected ? 0 : 1, area, force, insp);
  };
  function add(ps: readonly Problem[]) {
    for (const p of ps) push(p);
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
        // Each grade once, so that its position in the list is the one the map holds.
        [...scale.grades.values()].every((position, k) => position === k) &&
        [...scale.grades.keys()].every(
          (g) => readsAsItself(C.inspectorate_grade, g) && readsAsItself(C.force_grade, g),
        ),
    ),
  );
  const quickAreas = context.areas.map((a) => readsAsItself(C.area, a));
  const quickSources = [...context.sources].filter((s) => readsAsItself(C.source, s));
  // Each inspection the fast path knows, with its grades in scale order (compared with ===, as a
  // scale has a handful, which is cheaper than hashing the cell for a Map).
  const quickByInspection = new Map(
    [...quickInspections].map(([id, scale]) => [
      id,
      { id, scale, grades: [...scale.grades.keys()] },
    ]),
  );
  // A text column reads a cell with no space at either end as itself, so such a cell needs no
  // trimmed copy; any other cell is read by the column as always. The contract's columns carry
  // their documentation beside `text`'s own parse, so it is the parse that is compared.
  const plainText = (column: Column<unknown>) => column.parse === text.parse;
  const refIsText = plainText(C.case_ref);
  const locationIsText = plainText(C.location);
  const width = Object.keys(C).length;
  // Real files are grouped by inspection: the last row's inspection is looked up only once.
  let last: QuickInspection | undefined;
  let inRun = false;
  /** Counts a row that is right in every way the checks look at, or returns false. */
  const quickRow = (fields: readonly string[], at: CasePositions): boolean => {
    if (fields.length !== width) return false;
    const inspection = fields[at.inspection] ?? '';
    // Comparing with the last row's inspection pays only in a run of rows of one inspection,
    // so it is tried only when the last two rows were of the same one.
    if (!(inRun && last?.id === inspection)) {
      const found = quickByInspection.get(inspection);
      if (!found) return false;
      inRun = found === last;
      last = found;
    }
    if (!last) return false;
    const { scale, grades } = last;
    const refText = fields[at.case_ref] ?? '';
    let ref: string;
    if (refIsText && hasNoEdgeSpace(refText)) ref = refText;
    else {
      const cell = C.case_ref.parse(refText);
      if (!cell.ok) return false;
      ref = cell.value;
    }
    const area = context.areas.indexOf(fields[at.area] ?? '');
    if (area < 0 || quickAreas[area] !== true) return false;
    const sampleText = fields[at.sample];
    const sample = sampleText === samples[0] ? 0 : sampleText === samples[1] ? 1 : -1;
    const forceText = fields[at.force_grade] ?? '';
    let force = -1;
    if (sample === 0) {
      // The force grades every case it selected, and no other.
      force = grades.indexOf(forceText);
      if (force < 0) return false;
    } else if (sample !== 1 || forceText.length !== 0) return false;
    const insp = grades.indexOf(fields[at.inspectorate_grade] ?? '');
    if (insp < 0) return false;
    if (!quickSources.includes(fields[at.source] ?? '')) return false;
    const location = fields[at.location] ?? '';
    if (!(locationIsText && hasNoEdgeSpace(location)) && !C.location.parse(location).ok)
      return false;
    logHash(hashes, hashCase(scale.number, ref));
    countCase(scale, inspection, sample, area, force, insp);
    return true;
  };
  const general = tableReader(T.casesTable, path, onRow, push);
  let positions: CasePositions | null | undefined;
  return {
    onRecord(record: CsvRecord) {
      // The first record is the header, which the general reader checks.
      if (positions === undefined) positions = quick ? casePositions(record.fields) : null;
      else if (positions !== null && quickRow(record.fields, positions)) return;
      general(record);
    },
    get quick() {
      return positions !== undefined && positions !== null;
    },
    part: () => ({ tallies, hashes, rows, skipped }),
  };
}
