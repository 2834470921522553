// npm run bench:data
// How fast, and in how much memory, the build reads a large cases.csv, against papaparse alone on
// the same file. The data is synthetic, written to bench-output/ (gitignored), never published.
// Each measurement runs in a child process of its own, so its peak memory is its own and not what
// an earlier measurement left behind. It is a report, not a test: it exits 0 whether or not the
// target is met, and fails only if the build finds a problem in the synthetic data.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createReadStream, createWriteStream, readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Papa from 'papaparse';
import { buildDataset } from '../src/data/build-dataset.ts';
import type { DayDate } from '../src/domain/dates.ts';
import type { Columns } from '../src/data/contract/table-spec.ts';
import * as T from '../src/data/contract/tables.ts';
import { folderInput } from './build-data.ts';

const OUT = 'bench-output';
const SIZES = [
  { rows: 1_000_000, dir: join(OUT, 'data') },
  { rows: 250_000, dir: join(OUT, 'data-250k') },
] as const;
const RUNS = 2; // the machine is shared: each measurement runs twice and the better run counts
const TARGET = 1.5; // build time / bare parse time
const HEAP_SAMPLE_MS = 50;
const AS_OF: DayDate = { precision: 'day', year: 2025, month: 1, day: 1 };

const FORCES = 43;
const SEED = 20190204;
const SCALE = 'three-point';
const SOURCE = 'synthetic';
const LOCATION = 'generated';
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

type Mode = 'parse' | 'build';

/** What one child process measured. */
interface Measurement {
  mode: Mode;
  rows: number;
  ms: number;
  /** User + system CPU time of the task, steadier than wall time on a busy machine. */
  cpuMs: number;
  rowsPerSecond: number;
  /** process.resourceUsage().maxRSS at the end of the child, in KB. */
  maxRssKb: number;
  /** The highest heapUsed seen, sampled every 50 ms and once at the end, in bytes. */
  peakHeapUsed: number;
}

interface Result {
  rows: number;
  dir: string;
  parse: Measurement;
  build: Measurement;
  runs: { parse: Measurement[]; build: Measurement[] };
}

// ---------------------------------------------------------------------------------------------
// Synthetic data

/** mulberry32: a tiny seeded PRNG, so that every run writes the same files. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const forceNumbers = Array.from({ length: FORCES }, (_, k) => k + 1);
const forceId = (n: number) => `synthetic-force-${String(n).padStart(2, '0')}`;
const inspectionId = (n: number) => `${forceId(n)}-2019`;

/** Rows of a real data file, to reuse its grades and areas (under synthetic provenance). */
function realRows(file: string): Record<string, string>[] {
  const text = readFileSync(join('data', file), 'utf8');
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
}

/** A file of the contract, with the columns its spec declares (blank where a row has none). */
function csv(spec: { readonly columns: Columns }, rows: readonly Record<string, string>[]) {
  const fields = Object.keys(spec.columns);
  const data = rows.map((r) => fields.map((f) => r[f] ?? ''));
  return `${Papa.unparse({ fields, data }, { newline: '\n' })}\n`;
}

/**
 * Every file of the contract but cases.csv: 43 forces with one inspection each, and only the header
 * in the files that need no rows (written from the specs, so they follow the contract).
 */
function smallFiles(): Map<string, string> {
  const synthetic = (r: Record<string, string>) => ({ ...r, source: SOURCE, location: LOCATION });
  const files = new Map(T.TABLES.map((spec) => [spec.file, csv(spec, [])]));
  const source = { id: SOURCE, title: 'Synthetic benchmark data', publisher: 'bench-data.ts' };
  const note = 'Synthetic data for benchmarking; never published';
  files.set(T.sourcesTable.file, csv(T.sourcesTable, [{ ...source, published: '2019-01', note }]));
  const forces = forceNumbers.map((n) =>
    synthetic({ id: forceId(n), name: `Synthetic force ${String(n)}`, nation: 'england' }),
  );
  files.set(T.forcesTable.file, csv(T.forcesTable, forces));
  const inspections = forceNumbers.map((n) =>
    synthetic({
      id: inspectionId(n),
      force: forceId(n),
      kind: 'inspection',
      fieldwork_start: '2019-02-04',
      fieldwork_end: '2019-02-15',
      published: '2019-06-27',
      grade_scale: SCALE,
      title: `Synthetic inspection of Synthetic force ${String(n)}`,
    }),
  );
  files.set(T.inspectionsTable.file, csv(T.inspectionsTable, inspections));
  for (const spec of [T.gradeScalesTable, T.practiceAreasTable])
    files.set(spec.file, csv(spec, realRows(spec.file).map(synthetic)));
  return files;
}

/**
 * Writes cases.csv through a write stream in batches of about 1 MB: quick, and the file is never
 * held whole. Each row goes to a random inspection, with a reference unique within it; about 40%
 * are force-selected (graded by the force too), the rest inspectorate-selected.
 */
async function writeCases(path: string, rows: number): Promise<void> {
  if (Object.keys(T.casesTable.columns).sort().join() !== [...CASE_COLUMNS].sort().join())
    throw new Error(
      'cases.csv has new columns in the contract: update CASE_COLUMNS and writeCases',
    );
  const random = mulberry32(SEED);
  const pick = <V>(xs: readonly V[]): V => xs[Math.floor(random() * xs.length)] as V;
  const grades = realRows(T.gradeScalesTable.file)
    .filter((r) => r.scale === SCALE)
    .map((r) => r.grade ?? '');
  const areas = realRows(T.practiceAreasTable.file).map((r) => r.id ?? '');
  const refs = new Array<number>(FORCES + 1).fill(0);
  const out = createWriteStream(path);
  let batch = `${CASE_COLUMNS.join(',')}\n`;
  for (let row = 0; row < rows; row++) {
    const n = pick(forceNumbers);
    const ref = (refs[n] ?? 0) + 1;
    refs[n] = ref;
    const forceSelected = random() < 0.4;
    const force = forceSelected ? pick(grades) : '';
    // The inspectorate agrees with the force about half the time, so agreement is not trivial.
    const inspectorate = forceSelected && random() < 0.5 ? force : pick(grades);
    const cells = [
      inspectionId(n),
      `SYN-${String(ref).padStart(6, '0')}`,
      pick(areas),
      forceSelected ? 'force-selected' : 'inspectorate-selected',
      force,
      inspectorate,
      SOURCE,
      LOCATION,
    ];
    batch += `${cells.join(',')}\n`;
    if (batch.length >= 1 << 20) {
      if (!out.write(batch)) await once(out, 'drain');
      batch = '';
    }
  }
  out.end(batch);
  await once(out, 'finish');
}

async function generate(dir: string, rows: number): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  for (const [file, content] of smallFiles()) await writeFile(join(dir, file), content);
  await writeCases(join(dir, T.casesTable.file), rows);
}

// ---------------------------------------------------------------------------------------------
// The measurements, each in a child process

/** Samples heapUsed on a timer, which runs between the chunks a stream parser works through. */
function heapSampler(): () => number {
  let peak = process.memoryUsage().heapUsed;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }, HEAP_SAMPLE_MS);
  timer.unref();
  return () => {
    clearInterval(timer);
    return Math.max(peak, process.memoryUsage().heapUsed);
  };
}

/** papaparse alone, streaming as our reader does (a file stream, `step`), counting rows. */
function bareParse(dir: string): Promise<number> {
  const file = join(dir, T.casesTable.file);
  let rows = -1; // the header is not a row
  return new Promise((resolve, reject) => {
    Papa.parse<string[]>(createReadStream(file, { highWaterMark: 1 << 16, encoding: 'utf8' }), {
      step: () => {
        rows++;
      },
      complete: () => resolve(rows),
      error: reject,
    });
  });
}

/** The whole build with every check, writing nothing. The synthetic data must pass it. */
async function fullBuild(dir: string): Promise<number> {
  const result = await buildDataset(folderInput(dir), { asOf: AS_OF });
  if (!result.dataset) {
    const first = result.problems
      .slice(0, 5)
      .map((p) => `${p.file}:${String(p.line)}: ${p.message}`);
    throw new Error(
      `the build found ${String(result.problems.length)} problems:\n${first.join('\n')}`,
    );
  }
  return result.dataset.caseRows;
}

/** The child's side: runs one task and prints what it measured as one line of JSON. */
async function worker(mode: Mode, dir: string, expected: number): Promise<void> {
  const peakHeap = heapSampler();
  const started = performance.now();
  const cpu = process.cpuUsage();
  const rows = mode === 'parse' ? await bareParse(dir) : await fullBuild(dir);
  const ms = performance.now() - started;
  const { user, system } = process.cpuUsage(cpu);
  const peakHeapUsed = peakHeap();
  if (rows !== expected)
    throw new Error(`${mode}: expected ${String(expected)} rows, got ${String(rows)}`);
  const m: Measurement = {
    mode,
    rows,
    ms,
    cpuMs: (user + system) / 1000,
    rowsPerSecond: rows / (ms / 1000),
    maxRssKb: process.resourceUsage().maxRSS,
    peakHeapUsed,
  };
  console.log(JSON.stringify(m));
}

/** Runs one task in a fresh Node process and reads its measurement from the child's output. */
async function measure(mode: Mode, dir: string, rows: number): Promise<Measurement> {
  const args = [import.meta.filename, '--worker', mode, '--dir', dir, '--rows', String(rows)];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (s: string) => (out += s));
  const [code] = (await once(child, 'close')) as [number | null];
  if (code !== 0) throw new Error(`the ${mode} task on ${dir} failed (exit code ${String(code)})`);
  return JSON.parse(out.trim().split('\n').at(-1) ?? '') as Measurement;
}

/** The better of the runs: the fastest time; for memory, to be safe, the highest seen. */
function best(runs: readonly Measurement[]): Measurement {
  const fastest = runs.reduce((a, b) => (b.ms < a.ms ? b : a));
  return {
    ...fastest,
    maxRssKb: Math.max(...runs.map((r) => r.maxRssKb)),
    peakHeapUsed: Math.max(...runs.map((r) => r.peakHeapUsed)),
  };
}

async function measureSize(rows: number, dir: string): Promise<Result> {
  const runs: Result['runs'] = { parse: [], build: [] };
  for (let i = 0; i < RUNS; i++) {
    // Interleaved, so that a burst of load from other users of the machine hits both tasks.
    runs.parse.push(await measure('parse', dir, rows));
    runs.build.push(await measure('build', dir, rows));
  }
  return { rows, dir, parse: best(runs.parse), build: best(runs.build), runs };
}

// ---------------------------------------------------------------------------------------------
// The report

const count = (n: number) => n.toLocaleString('en-GB');
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const ratio = (r: Result) => r.build.ms / r.parse.ms;

function table(results: readonly Result[]): string {
  const head = ['rows', 'task', 'time', 'rows/s', 'peak RSS', 'peak heap', 'build/parse'];
  const lines = results.flatMap((r) =>
    [r.parse, r.build].map((m) => [
      count(r.rows),
      m.mode === 'parse' ? 'bare papaparse' : 'full build',
      secs(m.ms),
      count(Math.round(m.rowsPerSecond)),
      mb(m.maxRssKb * 1024),
      mb(m.peakHeapUsed),
      m.mode === 'build' ? `${ratio(r).toFixed(2)}×` : '',
    ]),
  );
  const widths = head.map((h, c) => Math.max(h.length, ...lines.map((l) => l[c]?.length ?? 0)));
  const line = (cells: readonly string[]) =>
    cells
      .map((s, c) => s.padEnd(widths[c] ?? 0))
      .join('  ')
      .trimEnd();
  return [head, widths.map((w) => '-'.repeat(w)), ...lines].map(line).join('\n');
}

async function main(): Promise<void> {
  const started = performance.now();
  for (const { rows, dir } of SIZES) {
    const t = performance.now();
    await generate(dir, rows);
    console.log(`wrote ${dir}/ (${count(rows)} case rows) in ${secs(performance.now() - t)}`);
  }
  const results: Result[] = [];
  for (const { rows, dir } of SIZES) results.push(await measureSize(rows, dir));
  const [big, small] = results;
  if (!big || !small) throw new Error('a size was not measured');

  const met = ratio(big) <= TARGET;
  const growth = (task: Mode) => big[task].maxRssKb / small[task].maxRssKb;
  console.log(`\n${table(results)}\n`);
  const verdict = met ? 'TARGET MET' : 'TARGET NOT MET';
  const times = (x: number) => `${x.toFixed(2)}×`;
  console.log(
    `build / bare parse at ${count(big.rows)} rows: ${times(ratio(big))} (target ≤ ${times(TARGET)}): ${verdict}`,
  );
  // On a busy machine wall time includes waiting for a core; CPU time mostly does not.
  console.log(
    `the same in CPU time (user + system, both cores): ${times(big.build.cpuMs / big.parse.cpuMs)}`,
  );
  console.log(
    `peak RSS, ${count(big.rows)} rows against ${count(small.rows)}: bare parse ${times(growth('parse'))}, build ${times(growth('build'))}`,
  );
  const report = {
    note: 'Synthetic data for benchmarking; never published',
    method: 'each task in its own process, run twice: the faster time, and the higher memory',
    node: process.version,
    cpus: availableParallelism(),
    runs: RUNS,
    target: { buildOverParse: TARGET, measured: ratio(big), met },
    cpuRatio: big.build.cpuMs / big.parse.cpuMs,
    rssGrowth: { parse: growth('parse'), build: growth('build') },
    results,
  };
  await writeFile(join(OUT, 'bench-data.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log(
    `wrote ${join(OUT, 'bench-data.json')} (${secs(performance.now() - started)} in all)`,
  );
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: { worker: { type: 'string' }, dir: { type: 'string' }, rows: { type: 'string' } },
  });
  if (values.worker === 'parse' || values.worker === 'build')
    await worker(values.worker, values.dir ?? '', Number(values.rows));
  else await main();
}
