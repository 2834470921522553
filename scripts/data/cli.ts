// The data build's command line (scripts/build-data.js starts it).
// Reads data/, builds the dataset, and writes it to the output folder only when there is no
// problem at all: into a temporary folder first, then swapped in, so the last good output stays
// whole if anything fails. It replaces only a folder it wrote itself (see output-folder.ts).
import { createReadStream, statSync, type Stats } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildDataset, type DataInput } from '../../src/data/build-dataset.ts';
import { parseCalendarDate, type DayDate } from '../../src/domain/dates.ts';
import { todayInLondon } from '../../src/domain/london.ts';
import { outputFiles } from '../../src/data/write/downloads.ts';
import { formatProblem, problemLines } from '../../src/data/problems.ts';
import { readError } from '../../src/data/read/tables.ts';
import { refuseOut, writeAtomically } from '../output-folder.ts';

/** The largest file read, and the largest cases.csv, which alone streams a row at a time. */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;
export const MAX_CASES_BYTES = 1024 * 1024 * 1024;

const REPOSITORY = resolve(import.meta.dirname, '..', '..');

function usage(message: string): never {
  console.error(
    `${message}\nusage: npm run data -- [--data DIR] [--out DIR] [--check] [--strict] [--as-of YYYY-MM-DD]`,
  );
  process.exit(2);
}

function what(stat: Stats): string {
  if (stat.isDirectory()) return 'a folder';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isFIFO()) return 'a pipe';
  if (stat.isSocket()) return 'a socket';
  return 'not a regular file';
}

const megabytes = (n: number): string => `${String(Math.round(n / (1024 * 1024)))} MB`;

/**
 * Opens files of a folder as byte streams, naming them relative to the working directory.
 * Anything but a regular file within the size limit is refused with what to do: a folder in
 * place of a CSV crashed with EISDIR, and a link to /dev/zero would be read for ever.
 */
export function folderInput(dir: string): DataInput {
  return {
    open: (file) => {
      const p = join(dir, file);
      let stat;
      try {
        stat = statSync(p);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
        return { refused: readError(e) };
      }
      if (!stat.isFile()) {
        return {
          refused: `the file is ${what(stat)}, not a CSV file (expected a regular file saved as "CSV UTF-8" in its place)`,
        };
      }
      const limit = file === 'cases.csv' ? MAX_CASES_BYTES : MAX_FILE_BYTES;
      if (stat.size > limit) {
        return {
          refused: `the file is ${megabytes(stat.size)}, over the limit of ${megabytes(limit)} for ${file} (expected a smaller file: check it holds no repeated rows)`,
        };
      }
      return createReadStream(p, { highWaterMark: 1 << 16 });
    },
    path: (file) => relative(process.cwd(), join(dir, file)) || file,
    locate: (file) => {
      const p = resolve(dir, file);
      try {
        const stat = statSync(p);
        return stat.isFile() ? { file: p, size: stat.size } : null;
      } catch {
        return null;
      }
    },
  };
}

interface Options {
  readonly data: string;
  readonly out: string;
  readonly check: boolean;
  readonly strict: boolean;
  readonly asOf: DayDate;
}

/** The command line's options, or a usage message and exit 2 for any it cannot take. */
function options(): Options {
  let args;
  try {
    args = parseArgs({
      options: {
        data: { type: 'string', default: 'data' },
        out: { type: 'string', default: 'public/data' },
        check: { type: 'boolean', default: false },
        strict: { type: 'boolean', default: false },
        'as-of': { type: 'string' },
      },
      allowPositionals: false,
    }).values;
  } catch (e) {
    usage((e as Error).message);
  }
  let asOf: DayDate;
  if (args['as-of'] === undefined) asOf = todayInLondon(new Date());
  else {
    const d = parseCalendarDate(args['as-of']);
    if (!d.ok || d.date.precision !== 'day')
      usage(`--as-of: expected a day as YYYY-MM-DD, got "${args['as-of']}"`);
    asOf = d.date;
  }
  let dataIsFolder = false;
  try {
    dataIsFolder = statSync(args.data).isDirectory();
  } catch {
    // reported below
  }
  if (!dataIsFolder) usage(`--data: no such folder "${args.data}"`);
  return { data: args.data, out: args.out, check: args.check, strict: args.strict, asOf };
}

/** Exits 2, touching nothing, when --out names a folder the data build may not replace. */
function guardOut(args: Options): void {
  if (args.check) return;
  const why = refuseOut(args.out, [
    { path: args.data, name: `the data folder ${args.data}/` },
    { path: join(REPOSITORY, 'src'), name: 'the source folder src/' },
    { path: REPOSITORY, name: 'the repository' },
  ]);
  if (why === null) return;
  console.error(
    `--out ${args.out}/: refused, nothing was written or removed: ${why}.\nThe data build replaces its output folder whole, so it writes only to a folder that is absent, empty, or one it wrote before (with its ${'manifest.json'}). Choose another folder.`,
  );
  process.exit(2);
}

async function main(): Promise<void> {
  const args = options();
  const { asOf } = args;
  guardOut(args);

  const started = performance.now();
  const result = await buildDataset(folderInput(args.data), { asOf });
  for (const note of result.notes) console.log(`note: ${note}`);
  for (const w of result.warnings) console.error(`warning: ${formatProblem(w)}`);
  const failed = !result.dataset || (args.strict && result.warnings.length > 0);
  if (failed) {
    for (const line of problemLines(result.problems)) console.error(line);
    if (result.unchecked.length > 0) console.error('');
    for (const line of result.unchecked) console.error(line);
    const n = result.problems.length;
    const reason =
      n > 0
        ? `${String(n)} problem${n === 1 ? '' : 's'} in ${args.data}/`
        : `${String(result.warnings.length)} warning${result.warnings.length === 1 ? '' : 's'} in ${args.data}/, and --strict treats warnings as problems`;
    console.error(
      `\n${reason}; nothing was written${args.check ? '' : `, and ${args.out}/ is unchanged`}.`,
    );
    process.exit(1);
  }
  const d = result.dataset;
  if (!d) return;
  const release = d.version === null ? 'no release recorded' : `data version ${d.version}`;
  const summary = `${String(d.inspections.length)} inspections of ${String(d.forces.length)} forces, ${String(d.caseAudit.length)} published counts, ${String(d.caseRows)} case rows, ${String(d.recommendations.length)} recommendations; ${release}`;
  if (args.check) {
    console.log(`ok: ${args.data}/ has no problems (${summary}).`);
    return;
  }
  const files = outputFiles(d);
  try {
    await writeAtomically(args.out, files);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    console.error(
      `--out ${args.out}/: could not write the output (${err.message}); ${args.out}/ is as it was. Check that the folder's parent exists, is a folder and that you may write to it.`,
    );
    process.exit(1);
  }
  const ms = Math.round(performance.now() - started);
  console.log(
    `wrote ${String(files.length)} files to ${args.out}/ in ${String(ms)} ms (${summary}; as of ${asOf.year}-${String(asOf.month).padStart(2, '0')}-${String(asOf.day).padStart(2, '0')}).`,
  );
}

/** Runs the command; whatever goes wrong is said in a line, with a non-zero exit, never as a stack trace. */
export async function run(): Promise<void> {
  await main().catch((e: unknown) => {
    console.error(`the data build stopped: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
}
