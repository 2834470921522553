// The data's content hash, which names a release: the bytes of every file of the contract but
// releases.csv (which records the hashes), each file hashed as it is read for the build, so the
// million-row cases.csv is read once, and the files' hashes combined in name order, so the order
// they are opened in does not matter. Twelve hex digits of SHA-1: a name for a release, not a
// defence against tampering (the data is public and under version control).
import { createHash, type Hash } from 'node:crypto';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { isRefused, type DataInput } from './tables.ts';
import { TABLES, releasesTable } from '../contract/tables.ts';

/** The files the hash covers. */
export const HASHED_FILES: readonly string[] = TABLES.map((t) => t.file)
  .filter((f) => f !== releasesTable.file)
  .sort();

const HASHED = new Set(HASHED_FILES);

/** The release hash from each file's own SHA-1 (hex), by file name. */
export function combineHashes(files: ReadonlyMap<string, string>): string {
  const all = createHash('sha1');
  for (const name of [...files.keys()].sort())
    all.update(`${name}\u0000${files.get(name) ?? ''}\n`);
  return all.digest('hex').slice(0, 12);
}

async function* teed(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  hash: Hash,
): AsyncGenerator<Uint8Array> {
  for await (const chunk of chunks) {
    hash.update(chunk);
    yield chunk;
  }
}

/**
 * The input, hashing each covered file the first time it is read through; `digest` gives the
 * release hash once every file has been read to its end (a file read again is not hashed again).
 */
export function hashingInput(input: DataInput): { input: DataInput; digest: () => string } {
  const hashes = new Map<string, Hash>();
  return {
    input: {
      path: (file) => input.path(file),
      // Only for reading a part of a file alongside the whole, which is hashed as it is read.
      ...(input.locate ? { locate: input.locate.bind(input) } : {}),
      open: (file) => {
        const opened = input.open(file);
        if (opened === null || isRefused(opened) || !HASHED.has(file) || hashes.has(file))
          return opened;
        const hash = createHash('sha1');
        hashes.set(file, hash);
        return teed(opened, hash);
      },
    },
    digest: () => combineHashes(new Map([...hashes].map(([f, h]) => [f, h.copy().digest('hex')]))),
  };
}

/** The release hash of a folder's files, read whole: for scripts that change a copy of the data. */
export function folderHash(dir: string): string {
  const files = new Map<string, string>();
  for (const f of HASHED_FILES) {
    const p = join(dir, f);
    if (existsSync(p)) files.set(f, createHash('sha1').update(readFileSync(p)).digest('hex'));
  }
  return combineHashes(files);
}
