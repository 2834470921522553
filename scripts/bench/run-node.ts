// Runs a Node script as a whole process for the benchmarks: its wall time from spawn to exit, and
// the peak resident memory of the largest of its processes (each reports its own at exit through
// the preloaded report-rss.ts, passed on to any Node process it starts, such as Astro's).
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { max } from 'd3-array';

/** One process's run: wall time from spawn to exit, and its peak resident memory. */
export interface Run {
  readonly ms: number;
  readonly maxRssKb: number;
}

/** Runs `node <args>` in `cwd`; fails, with what it printed, on a non-zero exit. */
export async function runNode(cwd: string, args: readonly string[]): Promise<Run> {
  const rss = pathToFileURL(join(import.meta.dirname, 'report-rss.ts')).href;
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, NODE_OPTIONS: `--import=${rss}` },
  });
  let err = '';
  child.stderr.setEncoding('utf8').on('data', (s: string) => (err += s));
  const [code] = (await once(child, 'close')) as [number | null];
  const ms = performance.now() - started;
  if (code !== 0) throw new Error(`${args.join(' ')} failed (exit ${String(code)}):\n${err}`);
  const maxRssKb = max([...err.matchAll(/bench-max-rss-kb (\d+)/g)], (m) => Number(m[1])) ?? NaN;
  return { ms, maxRssKb };
}
