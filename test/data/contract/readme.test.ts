// data/README.md documents each file's columns for people; the schemas declare the same columns
// for the build. This keeps the two from drifting: each README table must list the schema's
// columns in its order, with the meaning and allowed values the schema holds, and name every
// value of a fixed vocabulary.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { SchemaColumn } from '../../../src/data/contract/schema.ts';
import { TABLES } from '../../../src/data/contract/tables.ts';

interface ReadmeRow {
  readonly columns: readonly string[];
  readonly meaning: string;
  readonly allowed: string;
}

/** The rows of each file's column table in a README, by file name. */
function readmeTables(markdown: string): Map<string, ReadmeRow[]> {
  const tables = new Map<string, ReadmeRow[]>();
  let rows: ReadmeRow[] | null = null;
  for (const line of markdown.split('\n')) {
    const heading = /^### `([^`]+)`/.exec(line);
    if (heading) {
      rows = [];
      tables.set(heading[1] ?? '', rows);
    } else if (rows && line.startsWith('| `')) {
      const [names = '', meaning = '', allowed = ''] = line
        .slice(1, -1)
        .split('|')
        .map((c) => c.trim());
      rows.push({
        columns: [...names.matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? ''),
        meaning,
        allowed,
      });
    }
  }
  return tables;
}

const README = readFileSync(join(import.meta.dirname, '../../../data/README.md'), 'utf8');
const readme = readmeTables(README);

describe('data/README.md documents every column of every schema', () => {
  test('it has a column table for each file of the contract and no other', () => {
    expect([...readme.keys()].sort()).toEqual(TABLES.map((t) => t.file).sort());
  });

  test.each(TABLES.map((t) => [t.file, t] as const))('%s', (file, spec) => {
    const rows = readme.get(file) ?? [];
    expect(
      rows.flatMap((r) => r.columns),
      'the columns, in order',
    ).toEqual(Object.keys(spec.columns));
    for (const row of rows) {
      for (const name of row.columns) {
        const column = (spec.columns as Readonly<Record<string, SchemaColumn>>)[name];
        expect({ name, ...column?.doc }).toEqual({
          name,
          meaning: row.meaning,
          allowed: row.allowed,
        });
        // A fixed vocabulary (oneOf) says `one of "a", "b"`: the README must name each value.
        const vocabulary = /^one of (.*)$/.exec(column?.expected ?? '')?.[1] ?? '';
        for (const [, value] of vocabulary.matchAll(/"([^"]+)"/g)) {
          expect(row.allowed, `${name} allows ${String(value)}`).toContain(`\`${String(value)}\``);
        }
      }
    }
  });
});
