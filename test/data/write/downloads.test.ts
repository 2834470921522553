import { describe, expect, test } from 'vitest';
import { TABLES } from '../../../src/data/contract/tables.ts';
import { downloadTables, outputFiles } from '../../../src/data/write/downloads.ts';
import { buildFixture } from '../../support/fixtures.ts';

const built = await buildFixture('valid-minimal');
const dataset = built.dataset;
if (!dataset) throw new Error(built.messages.join('\n'));
const tables = downloadTables(dataset);

describe('the downloads of the plain tables follow their schemas', () => {
  // grade-scales.csv is downloaded one row a grade of each derived scale, without provenance.
  const fromSchemas = TABLES.filter((t) => !['cases.csv', 'grade-scales.csv'].includes(t.file));
  test.each(fromSchemas.map((t) => [t.file, t] as const))(
    '%s: every column of the schema, in its order, and the derived ones described',
    (file, spec) => {
      const table = tables.find((t) => `${t.name}.csv` === file);
      expect(table).toBeDefined();
      if (!table) return;
      expect(table.columns.filter((c) => !(c in table.derived))).toEqual(Object.keys(spec.columns));
      for (const text of Object.values(table.derived)) expect(text).not.toBe('');
    },
  );

  test('every table is downloaded once, as CSV and JSON with the same columns', () => {
    const names = tables.map((t) => t.name);
    expect(new Set(names).size).toBe(names.length);
    const files = outputFiles(dataset);
    const forces = files.find((f) => f.path === 'forces.csv');
    expect(forces?.content.split('\r\n')[0]).toBe(
      'id,name,name_cy,nation,source,location,data_version',
    );
    const json = files.find((f) => f.path === 'discrepancies.json');
    const table = tables.find((t) => t.name === 'discrepancies');
    for (const row of JSON.parse(json?.content ?? '[]') as object[]) {
      expect(Object.keys(row)).toEqual(table?.columns);
    }
  });

  test('every download, CSV and JSON, says in every row which release of the data it is', () => {
    // The fixture has no releases.csv; the version is what a folder with one would have.
    const released = { ...dataset, version: '2026-12-03-49d44bada625' };
    for (const t of downloadTables(released)) {
      expect(t.columns.at(-1)).toBe('data_version');
      expect(t.derived.data_version).toMatch(/release/);
      for (const row of t.rows) expect(row.at(-1)).toBe('2026-12-03-49d44bada625');
    }
    const files = outputFiles(released);
    const csv = files.find((f) => f.path === 'forces.csv')?.content.split('\r\n') ?? [];
    expect(csv[1]?.endsWith(',2026-12-03-49d44bada625')).toBe(true);
    const json = JSON.parse(
      files.find((f) => f.path === 'inspections.json')?.content ?? '[]',
    ) as readonly Record<string, unknown>[];
    expect(json[0]?.data_version).toBe('2026-12-03-49d44bada625');
  });

  test('without a release the version cells are blank, never a made-up version', () => {
    expect(dataset.version).toBeNull();
    for (const t of tables) for (const row of t.rows) expect(row.at(-1)).toBeNull();
  });

  test('dates are written as in the CSV files, and derived columns where they belong', () => {
    const audit = tables.find((t) => t.name === 'case-audit');
    expect(audit?.columns.slice(5, 7)).toEqual(['count', 'count_status']);
    const recs = tables.find((t) => t.name === 'recommendations');
    expect(recs?.columns.slice(4, 8)).toEqual(['timescale', 'due', 'due_text', 'past_due']);
    const inspections = tables.find((t) => t.name === 'inspections');
    for (const row of inspections?.rows ?? []) expect(row[6]).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
  });
});
