// One thread of writePngImages: draws its share of the PNGs, or copies them from the cache.
import {
  copyFileSync,
  existsSync,
  readFileSync,
  renameSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { parentPort, threadId, workerData } from 'node:worker_threads';
import { svgToPng } from '../../src/charts/png.ts';
import { cacheKey, type PngJob, type PngResult } from './png-images.ts';

const { jobs, cacheDir } = workerData as { jobs: readonly PngJob[]; cacheDir: string };
let drawn = 0;
let cached = 0;
for (const job of jobs) {
  const svg = readFileSync(job.svg, 'utf8');
  const hit = join(cacheDir, `${cacheKey(svg, job.scale)}.png`);
  if (existsSync(hit)) {
    copyFileSync(hit, job.png);
    // Marked as used, so that pruning keeps it (pruneCache).
    const now = new Date();
    utimesSync(hit, now, now);
    cached += 1;
  } else {
    const png = svgToPng(svg, job.scale);
    writeFileSync(job.png, png);
    // Written under another name and renamed, so a build stopped midway leaves no torn file.
    const part = `${hit}.${String(process.pid)}-${String(threadId)}.part`;
    writeFileSync(part, png);
    renameSync(part, hit);
    drawn += 1;
  }
  if (job.removeSvg) rmSync(job.svg);
}
parentPort?.postMessage({ drawn, cached } satisfies PngResult);
