// npm run data [-- --data DIR --out DIR --check --as-of YYYY-MM-DD]
// Reads data/, builds the dataset, and writes it to the output folder only when there is no
// problem at all: into a temporary folder first, then swapped in, so the last good output stays
// whole if anything fails.
import { createReadStream, existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildDataset, type DataInput } from '../src/lib/build-dataset.ts';
import { parseCalendarDate, todayIn, type DayDate } from '../src/lib/dates.ts';
import { outputFiles } from '../src/lib/downloads.ts';
import { formatProblem } from '../src/lib/problems.ts';

function usage(message: string): never {
  console.error(
    `${message}\nusage: npm run data -- [--data DIR] [--out DIR] [--check] [--as-of YYYY-MM-DD]`,
  );
  process.exit(2);
}

/** Opens files of a folder as byte streams, naming them relative to the working directory. */
export function folderInput(dir: string): DataInput {
  return {
    open: (file) => {
      const p = join(dir, file);
      return existsSync(p) ? createReadStream(p, { highWaterMark: 1 << 16 }) : null;
    },
    path: (file) => relative(process.cwd(), join(dir, file)) || file,
  };
}

/** Writes files into `out` atomically: a sibling temporary folder, renamed into place. */
export async function writeAtomically(
  out: string,
  files: readonly { path: string; content: string }[],
): Promise<void> {
  const target = resolve(out);
  const tmp = `${target}.tmp-${String(process.pid)}`;
  const old = `${target}.old-${String(process.pid)}`;
  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp, { recursive: true });
  for (const f of files) {
    await mkdir(dirname(join(tmp, f.path)), { recursive: true });
    await writeFile(join(tmp, f.path), f.content);
  }
  const had = existsSync(target);
  if (had) await rename(target, old);
  await rename(tmp, target);
  if (had) await rm(old, { recursive: true, force: true });
}

async function main(): Promise<void> {
  let args;
  try {
    args = parseArgs({
      options: {
        data: { type: 'string', default: 'data' },
        out: { type: 'string', default: 'public/data' },
        check: { type: 'boolean', default: false },
        'as-of': { type: 'string' },
      },
      allowPositionals: false,
    }).values;
  } catch (e) {
    usage((e as Error).message);
  }
  let asOf: DayDate = todayIn('Europe/London', new Date());
  if (args['as-of'] !== undefined) {
    const d = parseCalendarDate(args['as-of']);
    if (!d.ok || d.date.precision !== 'day')
      usage(`--as-of: expected a day as YYYY-MM-DD, got "${args['as-of']}"`);
    asOf = d.date;
  }
  if (!existsSync(args.data)) usage(`--data: no such folder "${args.data}"`);

  const started = performance.now();
  const result = await buildDataset(folderInput(args.data), { asOf });
  for (const note of result.notes) console.log(`note: ${note}`);
  if (!result.dataset) {
    for (const p of result.problems) console.error(formatProblem(p));
    const n = result.problems.length;
    console.error(
      `\n${String(n)} problem${n === 1 ? '' : 's'} in ${args.data}/; nothing was written${args.check ? '' : `, and ${args.out}/ is unchanged`}.`,
    );
    process.exit(1);
  }
  const d = result.dataset;
  const summary = `${String(d.inspections.length)} inspections of ${String(d.forces.length)} forces, ${String(d.caseAudit.length)} published counts, ${String(d.caseRows)} case rows, ${String(d.recommendations.length)} recommendations`;
  if (args.check) {
    console.log(`ok: ${args.data}/ has no problems (${summary}).`);
    return;
  }
  const files = outputFiles(d);
  await writeAtomically(args.out, files);
  const ms = Math.round(performance.now() - started);
  console.log(
    `wrote ${String(files.length)} files to ${args.out}/ in ${String(ms)} ms (${summary}; as of ${asOf.year}-${String(asOf.month).padStart(2, '0')}-${String(asOf.day).padStart(2, '0')}).`,
  );
}

if (import.meta.main) await main();
