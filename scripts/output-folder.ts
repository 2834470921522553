// Where the data build may write, and how. It replaces its output folder whole, so it must
// never be pointed at a folder holding anything it did not write: `--out .` once deleted a whole
// checkout. A folder may be replaced only when it is absent, empty, or holds exactly the files
// its own manifest lists (the data build's signature), and never when it is, holds or lies inside
// the data, the sources or the repository.
import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';

/** The file whose list of files marks a folder as the data build's own output. */
export const MANIFEST = 'manifest.json';

/** A path with symbolic links resolved as far as it exists, so `a/../b` and links compare true. */
function real(path: string): string {
  const abs = resolve(path);
  let head = abs;
  const rest: string[] = [];
  while (!existsSync(head)) {
    const up = dirname(head);
    if (up === head) break;
    rest.unshift(basename(head));
    head = up;
  }
  return join(realpathSync(head), ...rest);
}

const within = (inner: string, outer: string): boolean =>
  inner === outer || inner.startsWith(outer.endsWith(sep) ? outer : outer + sep);

/** Every file under a folder, as paths relative to it with `/`, or the first entry that is not a file or folder. */
function filesUnder(dir: string): { files: string[]; odd: string | null } {
  const files: string[] = [];
  let odd: string | null = null;
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) files.push(relative(dir, full).split(sep).join('/'));
      else odd ??= relative(dir, full);
    }
  };
  walk(dir);
  return { files, odd };
}

/** The files a manifest lists, or null when the file is not a manifest of the data build. */
function manifestFiles(path: string): Set<string> | null {
  try {
    const m = JSON.parse(readFileSync(path, 'utf8')) as { asOf?: unknown; files?: unknown };
    if (typeof m.asOf !== 'string' || !Array.isArray(m.files)) return null;
    const paths = m.files.map((f) => (f as { path?: unknown }).path);
    if (!paths.every((p): p is string => typeof p === 'string')) return null;
    return new Set([...paths, MANIFEST]);
  } catch {
    return null;
  }
}

/** The folders the output must keep clear of, each with how to name it in a message. */
export interface Guarded {
  readonly path: string;
  readonly name: string;
}

/**
 * Why `out` may not be replaced by the data build, or null when it may. Nothing is touched
 * either way.
 */
export function refuseOut(out: string, guarded: readonly Guarded[]): string | null {
  const target = real(out);
  for (const g of guarded) {
    const other = real(g.path);
    if (within(target, other) && g.name !== 'the repository') {
      return `it is ${target === other ? '' : 'inside '}${g.name}, which the data build must not replace`;
    }
    if (within(other, target)) {
      return `it ${target === other ? 'is' : 'holds'} ${g.name}, which the data build must not replace`;
    }
  }
  if (!existsSync(out)) return null;
  const stat = lstatSync(out);
  if (stat.isSymbolicLink()) return 'it is a symbolic link; name the folder it points to instead';
  if (!stat.isDirectory()) return 'it is a file, not a folder';
  const { files, odd } = filesUnder(out);
  if (odd !== null) return `it holds ${odd}, which is not a file the data build writes`;
  if (files.length === 0) return null;
  const listed = manifestFiles(join(out, MANIFEST));
  if (listed === null) {
    return `it holds files and no ${MANIFEST} of the data build, so the data build did not write it`;
  }
  const foreign = files.filter((f) => !listed.has(f));
  if (foreign.length > 0) {
    const list = foreign.slice(0, 3).join(', ') + (foreign.length > 3 ? ', …' : '');
    return `it holds ${String(foreign.length)} file${foreign.length === 1 ? '' : 's'} that its ${MANIFEST} does not list (${list}), so the data build did not write ${foreign.length === 1 ? 'it' : 'them'}`;
  }
  return null;
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
  try {
    // The parent first, then the folder itself without `recursive`: a recursive mkdir where
    // the file system refuses new folders (such as /proc) never returns.
    await mkdir(dirname(target), { recursive: true });
    await mkdir(tmp);
    for (const f of files) {
      await mkdir(dirname(join(tmp, f.path)), { recursive: true });
      await writeFile(join(tmp, f.path), f.content);
    }
    const had = existsSync(target);
    if (had) await rename(target, old);
    try {
      await rename(tmp, target);
    } catch (e) {
      // Put the last good output back before saying what went wrong.
      if (had) await rename(old, target);
      throw e;
    }
    if (had) await rm(old, { recursive: true, force: true });
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
