// Build-time access to the data build's manifest (public/data/manifest.json), so every download
// link on the site can state its file type and size. Nothing here runs in the browser.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileLabel } from '../text/page-text.ts';

export interface ManifestFile {
  readonly path: string;
  readonly table: string | null;
  readonly format: 'csv' | 'json';
  readonly title: string;
  readonly description: string;
  readonly rows: number | null;
  readonly bytes: number;
}

export interface Manifest {
  readonly asOf: string;
  readonly files: readonly ManifestFile[];
}

let cached: Manifest | null = null;

/** Reads public/data/manifest.json once per build; run `npm run data` first. */
export function loadManifest(path = resolve(process.cwd(), 'public/data/manifest.json')): Manifest {
  if (cached) return cached;
  try {
    cached = JSON.parse(readFileSync(path, 'utf8')) as Manifest;
  } catch (e) {
    throw new Error(`cannot read ${path}: run "npm run data" first (${(e as Error).message})`);
  }
  return cached;
}

/** A file of the manifest by its path ("distributions.csv"), failing loudly if it is not there. */
export function manifestFile(m: Manifest, path: string): ManifestFile {
  const f = m.files.find((x) => x.path === path);
  if (!f) throw new Error(`no file "${path}" in public/data/manifest.json`);
  return f;
}

/** "CSV, 3 KB" for a file of the manifest. */
export function manifestLabel(f: ManifestFile): string {
  return fileLabel(f.format, f.bytes);
}
