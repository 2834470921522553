// npm run test:extra-force: the suite's data, build, unit and browser checks, run again on a copy
// of data/ with one more force (an inspection and its review, made up in
// test/fixtures/extra-force/), as the README tells analysts to add one. A test that counted or
// ordered the whole dataset fails here. The site built from that copy replaces dist/ and
// public/data only for the length of the run: npm test runs this before its own build.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { dataWithExtraForce } from '../test/support/extra-force.ts';

const ROOT = resolve(import.meta.dirname, '..');

function step(what: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): void {
  console.log(`\n== extra force: ${what}`);
  const r = spawnSync(args[0] ?? '', args.slice(1), {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  if (r.status !== 0) {
    console.error(`extra force: ${what} failed (exit ${String(r.status ?? r.signal)})`);
    process.exit(1);
  }
}

const data = dataWithExtraForce(join(ROOT, 'data'));
try {
  const node = process.execPath;
  const vitest = join(ROOT, 'node_modules', 'vitest', 'vitest.mjs');
  step('data', [
    node,
    'scripts/build-data.js',
    '--data',
    data,
    '--strict',
    '--as-of',
    '2026-11-28',
  ]);
  // As npm run test:build builds it, so the browser tests see the same site address.
  step('site', [node, 'scripts/build-site.ts'], { SITE_URL: 'https://findings.test/' });
  step(
    'unit tests of the real data',
    [
      node,
      vitest,
      'run',
      '--project',
      'unit',
      'test/build/real-data.test.ts',
      'test/views',
      'test/text',
    ],
    {
      TEST_DATA_DIR: data,
    },
  );
  step('browser tests', [node, vitest, 'run', '--project', 'browser']);
} finally {
  rmSync(data, { recursive: true, force: true });
}
