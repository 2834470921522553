// Build-time loading of the dataset the data build wrote. Pages call this; nothing here runs in
// the browser.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Dataset } from './types.ts';

let cached: Dataset | null = null;

/** Reads public/data/dataset.json once per build; run `npm run data` first. */
export function loadDataset(path = resolve(process.cwd(), 'public/data/dataset.json')): Dataset {
  if (cached) return cached;
  try {
    cached = JSON.parse(readFileSync(path, 'utf8')) as Dataset;
  } catch (e) {
    throw new Error(`cannot read ${path}: run "npm run data" first (${(e as Error).message})`);
  }
  return cached;
}
