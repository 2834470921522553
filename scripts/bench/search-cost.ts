// What search costs, from a built site's pagefind/ folder: the whole index on disk, and what one
// search fetches before its first result (the script and its WebAssembly, gzipped as served).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface SearchCost {
  /** Every file of the index, in bytes. */
  readonly indexBytes: number;
  readonly files: number;
  /** pagefind.js and its WebAssembly, gzipped: fetched by the first search. */
  readonly scriptGzip: number;
  readonly wasmGzip: number;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

export function searchCost(dist: string): SearchCost {
  const dir = join(dist, 'pagefind');
  const files = walk(dir);
  const gz = (f: string) => gzipSync(readFileSync(f)).length;
  const wasm = files.find((f) => /wasm\.en\.pagefind$|wasm\.unknown\.pagefind$/.test(f));
  return {
    indexBytes: files.reduce((n, f) => n + statSync(f).size, 0),
    files: files.length,
    scriptGzip: gz(join(dir, 'pagefind.js')),
    wasmGzip: wasm ? gz(wasm) : 0,
  };
}
