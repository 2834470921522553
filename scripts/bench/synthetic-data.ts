// npm run bench:site, npm run bench:data: synthetic data of national size, contract-valid, written
// to a folder of its own and never published.
//
// nationalData(n): n forces, each with three inspections shaped like Gwent 2019 (its case-audit
// counts, findings, key figures, glossary, recommendations and milestones; published 2015, 2019
// and 2023) and the 2019 one's post-inspection review, made from the rows of data/ with the ids
// and dates changed. At 43 forces that is 172 inspections and reviews and 1,032 recommendations,
// the size the site must stay fast at.
//
// writeCases(path, rows, inspections): a large cases.csv, streamed, for the data build's benchmark.
import { once } from 'node:events';
import { createWriteStream, readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import Papa from 'papaparse';
import type { Columns } from '../../src/data/contract/table-spec.ts';
import * as T from '../../src/data/contract/tables.ts';

const DATA = resolve(import.meta.dirname, '..', '..', 'data');
const BASE = 'gwent-2019';
const REVIEW = 'gwent-2020-review';
const FORCE = 'gwent';
/** Years added to the 2019 inspection's dates for each synthetic inspection of a force. */
const SHIFTS = [-4, 0, 4] as const;
const DATE_COLUMNS = new Set(['fieldwork_start', 'fieldwork_end', 'published', 'date']);

type Record_ = Record<string, string>;

/** mulberry32: a tiny seeded PRNG, so that every run writes the same files. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The rows of a file of data/. */
export function realRows(file: string): Record_[] {
  const text = readFileSync(join(DATA, file), 'utf8');
  return Papa.parse<Record_>(text, { header: true, skipEmptyLines: true }).data;
}

/** A file of the contract, with the columns its spec declares (blank where a row has none). */
export function csv(spec: { readonly columns: Columns }, rows: readonly Record_[]): string {
  const fields = Object.keys(spec.columns);
  const data = rows.map((r) => fields.map((f) => r[f] ?? ''));
  return `${Papa.unparse({ fields, data }, { newline: '\n' })}\n`;
}

export const forceId = (n: number): string => `synthetic-${String(n).padStart(2, '0')}`;
const inspectionId = (n: number, shift: number): string => `${forceId(n)}-${String(2019 + shift)}`;
const reviewId = (n: number): string => `${forceId(n)}-2020-review`;

/** "2019-06-27" moved by whole years; a month ("2020-07") keeps its precision. */
const shiftDate = (value: string, years: number): string =>
  /^\d{4}(-\d{2}){1,2}$/.test(value)
    ? `${String(Number(value.slice(0, 4)) + years)}${value.slice(4)}`
    : value;

/** A row of the base inspection (or its review) made over for another force and year. */
function remake(row: Record_, ids: ReadonlyMap<string, string>, years: number, force: string) {
  const out: Record_ = {};
  for (const [column, value] of Object.entries(row)) {
    if (value === FORCE && column === 'force') out[column] = force;
    else if (ids.has(value) && ['id', 'inspection', 'revisits'].includes(column))
      out[column] = ids.get(value) ?? value;
    else if (DATE_COLUMNS.has(column)) out[column] = shiftDate(value, years);
    else if (column === 'value' && row['subject'] === 'inspections:published')
      out[column] = shiftDate(value, years);
    else out[column] = value;
  }
  // Discrepancy ids are unique across the dataset, so they take the new inspection's id.
  if (row['subject'] !== undefined && row['id']?.startsWith(`${BASE}-`))
    out['id'] = `${ids.get(BASE) ?? BASE}${row['id'].slice(BASE.length)}`;
  return out;
}

/** The rows one synthetic force adds to a table. */
function forceRows(table: string, rows: readonly Record_[], n: number): Record_[] {
  const force = forceId(n);
  if (table === T.forcesTable.file) {
    const gwent = rows.find((r) => r['id'] === FORCE) ?? {};
    return [{ ...gwent, id: force, name: `Synthetic Police ${String(n)}`, name_cy: '' }];
  }
  const key = table === T.inspectionsTable.file ? 'id' : 'inspection';
  const out: Record_[] = [];
  for (const shift of SHIFTS) {
    const ids = new Map([[BASE, inspectionId(n, shift)]]);
    if (shift === 0) ids.set(REVIEW, reviewId(n));
    for (const row of rows) {
      const of = row[key] ?? '';
      if (!ids.has(of)) continue;
      // Only the 2019 inspection has a review, so only its updates may come from one.
      if (shift !== 0 && row['by'] === 'inspectorate-review') continue;
      out.push(remake(row, ids, shift, force));
    }
  }
  return out;
}

/** Every file of the contract for `forces` synthetic forces, cases.csv with its header only. */
export function nationalData(forces: number): Map<string, string> {
  const files = new Map<string, string>();
  const shared = [T.sourcesTable, T.gradeScalesTable, T.practiceAreasTable] as const;
  for (const spec of T.TABLES) {
    const rows = spec.file === T.casesTable.file ? [] : realRows(spec.file);
    if (shared.some((s) => s.file === spec.file)) {
      files.set(spec.file, csv(spec, rows));
      continue;
    }
    const made = Array.from({ length: forces }, (_, k) => forceRows(spec.file, rows, k + 1));
    files.set(spec.file, csv(spec, made.flat()));
  }
  return files;
}

/** Writes `nationalData(forces)` into `dir`, replacing whatever was there. */
export async function writeNationalData(dir: string, forces: number): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  for (const [file, content] of nationalData(forces)) await writeFile(join(dir, file), content);
}

const CASE_COLUMNS = [
  'inspection',
  'case_ref',
  'area',
  'sample',
  'force_grade',
  'inspectorate_grade',
  'source',
  'location',
] as const;

/**
 * Writes cases.csv through a write stream in batches of about 1 MB: quick, and the file is never
 * held whole. Each row goes to a random inspection, with a reference unique within it; about 40%
 * are force-selected (graded by the force too), the rest inspectorate-selected.
 */
export async function writeCases(
  path: string,
  rows: number,
  c: {
    readonly inspections: readonly string[];
    readonly grades: readonly string[];
    readonly areas: readonly string[];
    readonly source: string;
    readonly location: string;
    readonly seed: number;
  },
): Promise<void> {
  if (Object.keys(T.casesTable.columns).sort().join() !== [...CASE_COLUMNS].sort().join())
    throw new Error(
      'cases.csv has new columns in the contract: update CASE_COLUMNS and writeCases',
    );
  const random = mulberry32(c.seed);
  const pick = <V>(xs: readonly V[]): V => xs[Math.floor(random() * xs.length)] as V;
  const refs = new Map<string, number>();
  const out = createWriteStream(path);
  let batch = `${CASE_COLUMNS.join(',')}\n`;
  for (let row = 0; row < rows; row++) {
    const inspection = pick(c.inspections);
    const ref = (refs.get(inspection) ?? 0) + 1;
    refs.set(inspection, ref);
    const forceSelected = random() < 0.4;
    const force = forceSelected ? pick(c.grades) : '';
    // The inspectorate agrees with the force about half the time, so agreement is not trivial.
    const inspectorate = forceSelected && random() < 0.5 ? force : pick(c.grades);
    const sample = forceSelected ? 'force-selected' : 'inspectorate-selected';
    const ref6 = `SYN-${String(ref).padStart(6, '0')}`;
    batch += `${[inspection, ref6, pick(c.areas), sample, force, inspectorate, c.source, c.location].join(',')}\n`;
    if (batch.length >= 1 << 20) {
      if (!out.write(batch)) await once(out, 'drain');
      batch = '';
    }
  }
  out.end(batch);
  await once(out, 'finish');
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: { forces: { type: 'string', default: '43' }, out: { type: 'string' } },
  });
  const forces = Number(values.forces);
  if (!Number.isInteger(forces) || forces < 1 || values.out === undefined) {
    console.error('usage: node scripts/bench/synthetic-data.ts --forces N --out FOLDER');
    process.exit(2);
  }
  await writeNationalData(values.out, forces);
  console.log(`wrote synthetic data for ${String(forces)} forces to ${values.out}/`);
}
