// The code's shape, kept by tests rather than by memory: no import cycles among the modules of
// src/ and scripts/, and no lint rule switched off without a reason (the size limits of
// eslint.config.js allow a longer module or function only where a comment says why).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative, resolve, sep } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');

function modules(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.d.ts'))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)).split(sep).join('/'));
}

const FILES = [...modules('src'), ...modules('scripts')].sort();

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|astro|js|mjs)$/.test(e.name))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)).split(sep).join('/'));
}

/** Each `eslint-disable…` comment that gives no reason after `--`, as `file:line`. */
export function unexplainedDisables(file: string, text: string): string[] {
  const found: string[] = [];
  text.split('\n').forEach((line, i) => {
    const m = /^\s*(?:\/\/|\/\*)\s*eslint-disable(?:-next-line|-line)?\b(.*)$/.exec(line);
    if (!m) return;
    const reason =
      (m[1] ?? '')
        .split(' -- ')[1]
        ?.replace(/\*\/\s*$/, '')
        .trim() ?? '';
    if (reason.length < 20) found.push(`${file}:${String(i + 1)}`);
  });
  return found;
}

/** The relative .ts imports of a module, resolved to paths from the repository root. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const found: string[] = [];
  for (const m of text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"?]+\.ts)['"]/g)) {
    const spec = m[1] ?? '';
    found.push(
      normalize(join(dirname(file), spec))
        .split(sep)
        .join('/'),
    );
  }
  return found;
}

/** Every cycle of imports, each as the list of modules around it (Tarjan's components). */
export function importCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next);
    next++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v) ?? 0, index.get(w) ?? 0));
      }
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string | undefined;
      do {
        w = stack.pop();
        if (w === undefined) break;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      const selfLoop = (graph.get(v) ?? []).includes(v);
      if (component.length > 1 || selfLoop) cycles.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return cycles;
}

describe('the shape of the code', () => {
  test('no module imports itself through others', () => {
    const graph = new Map(FILES.map((f) => [f, importsOf(f)] as const));
    expect(importCycles(graph)).toEqual([]);
  });

  test('the cycle finder finds a cycle of three and a self-import', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['d']],
      ['e', ['a']],
    ]);
    expect(importCycles(graph)).toEqual([['a', 'b', 'c'], ['d']]);
  });

  test('every lint rule switched off says why', () => {
    const files = [...sources('src'), ...sources('scripts'), ...sources('test')];
    const found = files.flatMap((f) => unexplainedDisables(f, readFileSync(join(ROOT, f), 'utf8')));
    expect(found).toEqual([]);
  });

  test('a disable comment without a reason, or with a token one, is found', () => {
    const text = [
      '  // eslint-disable-next-line max-lines-per-function',
      "const s = 'eslint-disable in a string is not a comment';",
      '// eslint-disable-next-line max-lines-per-function -- long',
      '/* eslint-disable max-lines -- the reader and the helpers only it uses */',
      'const x = 1;',
    ].join('\n');
    expect(unexplainedDisables('a.ts', text)).toEqual(['a.ts:1', 'a.ts:3']);
  });
});
