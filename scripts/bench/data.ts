// npm run bench:data [-- --runs N]
// What `npm run data` costs on a large cases.csv, as the analyst meets it: the whole command as a
// process (start-up, imports, parse, checks, writing the output), against papaparse alone
// streaming the same file in a process of its own. The two run in turn, pair by pair, so a burst
// of load from other users of the machine hits both; each pair gives a ratio, and the report is
// the minimum, median and maximum of the ratios. Three files: 250,000 and 1,000,000 rows as the
// contract's example writes them, and the 1,000,000 saved the way Excel saves "CSV UTF-8" (a
// byte-order mark, CRLF line ends, every cell quoted). Peak memory is each process's own.
// The data is synthetic, in bench-output/ (gitignored), never published. A report, not a test.
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { median, max, min } from 'd3-array';
import * as T from '../../src/data/contract/tables.ts';
import { runNode, type Run } from './run-node.ts';
import { csv, forceId, realRows, writeCases } from './synthetic-data.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const OUT = join(ROOT, 'bench-output');
const TARGET = 1.5; // whole command / bare parse
const FORCES = 43;
const SCALE = 'three-point';
const SOURCE = 'synthetic';
const LOCATION = 'generated';
const inspectionId = (n: number) => `${forceId(n)}-2019`;

interface Size {
  readonly name: string;
  readonly rows: number;
  readonly excel: boolean;
}
const SIZES: readonly Size[] = [
  { name: '250,000 rows', rows: 250_000, excel: false },
  { name: '1,000,000 rows', rows: 1_000_000, excel: false },
  { name: '1,000,000 rows saved by Excel', rows: 1_000_000, excel: true },
];

/** Every file of the contract but cases.csv: 43 forces with one inspection each, no counts. */
function smallFiles(): Map<string, string> {
  const synthetic = (r: Record<string, string>) => ({ ...r, source: SOURCE, location: LOCATION });
  const files = new Map(T.TABLES.map((spec) => [spec.file, csv(spec, [])]));
  const source = { id: SOURCE, title: 'Synthetic benchmark data', publisher: 'bench:data' };
  const note = 'Synthetic data for benchmarking; never published';
  files.set(T.sourcesTable.file, csv(T.sourcesTable, [{ ...source, published: '2019-01', note }]));
  const numbers = Array.from({ length: FORCES }, (_, k) => k + 1);
  const forces = numbers.map((n) =>
    synthetic({ id: forceId(n), name: `Synthetic Police ${String(n)}`, nation: 'england' }),
  );
  files.set(T.forcesTable.file, csv(T.forcesTable, forces));
  const inspections = numbers.map((n) =>
    synthetic({
      id: inspectionId(n),
      force: forceId(n),
      kind: 'inspection',
      fieldwork_start: '2019-02-04',
      fieldwork_end: '2019-02-15',
      published: '2019-06-27',
      grade_scale: SCALE,
      transcribed: 'partial',
      dates_note: '',
      baseline_note: '',
      title: `Synthetic inspection of Synthetic Police ${String(n)}`,
    }),
  );
  files.set(T.inspectionsTable.file, csv(T.inspectionsTable, inspections));
  for (const spec of [T.gradeScalesTable, T.practiceAreasTable])
    files.set(spec.file, csv(spec, realRows(spec.file).map(synthetic)));
  return files;
}

/** The file as Excel writes "CSV UTF-8": a byte-order mark, CRLF, and (here) every cell quoted. */
async function saveAsExcel(from: string, to: string): Promise<void> {
  const out = createWriteStream(to);
  out.write('\uFEFF');
  let batch = '';
  for await (const line of createInterface({ input: createReadStream(from, 'utf8') })) {
    if (line === '') continue;
    batch += `${line
      .split(',')
      .map((c) => `"${c}"`)
      .join(',')}\r\n`;
    if (batch.length >= 1 << 20) {
      if (!out.write(batch)) await once(out, 'drain');
      batch = '';
    }
  }
  out.end(batch);
  await once(out, 'finish');
}

async function generate(size: Size, plain: ReadonlyMap<number, string>): Promise<string> {
  const dir = join(OUT, `data-${String(size.rows)}${size.excel ? '-excel' : ''}`);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  for (const [file, content] of smallFiles()) await writeFile(join(dir, file), content);
  const cases = join(dir, T.casesTable.file);
  const from = plain.get(size.rows);
  if (size.excel && from) await saveAsExcel(join(from, T.casesTable.file), cases);
  else
    await writeCases(cases, size.rows, {
      inspections: Array.from({ length: FORCES }, (_, k) => inspectionId(k + 1)),
      grades: realRows(T.gradeScalesTable.file)
        .filter((r) => r['scale'] === SCALE)
        .map((r) => r['grade'] ?? ''),
      areas: realRows(T.practiceAreasTable.file).map((r) => r['id'] ?? ''),
      source: SOURCE,
      location: LOCATION,
      seed: 20190204,
    });
  return dir;
}

const timed = (args: readonly string[]): Promise<Run> => runNode(ROOT, args);

const build = (dir: string) =>
  timed([
    'scripts/build-data.js',
    '--data',
    dir,
    '--out',
    join(OUT, 'public-data'),
    '--as-of',
    '2025-01-01',
  ]);
const bare = (dir: string) =>
  timed([join(import.meta.dirname, 'bare-parse.js'), join(dir, T.casesTable.file)]);

const spread = (xs: readonly number[], f: (x: number) => string) =>
  `${f(min(xs) ?? NaN)} / ${f(median(xs) ?? NaN)} / ${f(max(xs) ?? NaN)}`;
const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const times = (x: number) => `${x.toFixed(2)}×`;
const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
  const runs = Number(values.runs);
  const plain = new Map<number, string>();
  const dirs: string[] = [];
  for (const size of SIZES) {
    const dir = await generate(size, plain);
    if (!size.excel) plain.set(size.rows, dir);
    dirs.push(dir);
  }
  console.log(
    `${String(availableParallelism())} cores, Node ${process.version}, ${String(runs)} pairs each (after one warm-up pair)\n`,
  );
  console.log(
    'file | whole command (min / median / max) | bare parse | ratio | peak RSS command / parse',
  );
  const results = [];
  for (const [i, size] of SIZES.entries()) {
    const dir = dirs[i] ?? '';
    await build(dir);
    await bare(dir);
    const pairs: { build: Run; bare: Run }[] = [];
    for (let k = 0; k < runs; k++) {
      // Alternating which goes first, so neither always meets a warmer or busier machine.
      const first = k % 2 === 0 ? await build(dir) : await bare(dir);
      const second = k % 2 === 0 ? await bare(dir) : await build(dir);
      pairs.push(k % 2 === 0 ? { build: first, bare: second } : { build: second, bare: first });
    }
    const ratios = pairs.map((p) => p.build.ms / p.bare.ms);
    const rss = (w: 'build' | 'bare') => max(pairs, (p) => p[w].maxRssKb) ?? NaN;
    results.push({ ...size, pairs, ratios, rssKb: { build: rss('build'), bare: rss('bare') } });
    console.log(
      `${size.name} | ${spread(
        pairs.map((p) => p.build.ms),
        secs,
      )} | ${spread(
        pairs.map((p) => p.bare.ms),
        secs,
      )} | ${spread(ratios, times)} | ${mb(rss('build'))} / ${mb(rss('bare'))}`,
    );
  }
  // What the rows themselves cost: the difference between the two plain files, so that the work
  // that does not grow with the rows (start-up, the other files, deriving and writing the
  // output) drops out of the ratio.
  const [small, large] = results.filter((r) => !r.excel);
  const middle = (r: typeof small, w: 'build' | 'bare') =>
    median(r?.pairs ?? [], (p) => p[w].ms) ?? NaN;
  if (small && large) {
    const command = middle(large, 'build') - middle(small, 'build');
    const parse = middle(large, 'bare') - middle(small, 'bare');
    console.log(
      `\nthe ${(large.rows - small.rows).toLocaleString('en-GB')} rows between the plain files (medians): command +${secs(command)}, bare parse +${secs(parse)}, ratio ${times(command / parse)}`,
    );
  }
  const worst = max(results, (r) => median(r.ratios) ?? NaN) ?? NaN;
  console.log(
    `\nmedian ratio, worst file: ${times(worst)} (target ≤ ${times(TARGET)}): ${worst <= TARGET ? 'TARGET MET' : 'TARGET NOT MET'}`,
  );
  const report = { date: new Date().toISOString(), cores: availableParallelism(), runs, results };
  await writeFile(join(OUT, 'bench-data.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log(`wrote bench-output/bench-data.json`);
}

await main();
