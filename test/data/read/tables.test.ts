import { describe, expect, test } from 'vitest';
import { formatProblem, type Problem } from '../../../src/data/problems.ts';
import { readTable } from '../../../src/data/read/tables.ts';
import * as T from '../../../src/data/contract/tables.ts';
import { textInput } from '../../support/csv-rows.ts';

const FORCES = 'id,name,name_cy,nation,source,location';

async function read(files: Readonly<Record<string, string>>, seen?: Set<string>) {
  const problems: Problem[] = [];
  const rows = await readTable(
    textInput(files),
    T.forcesTable,
    problems,
    seen ? { column: 'id', set: seen } : undefined,
  );
  return { rows, messages: problems.map(formatProblem) };
}

describe('readTable', () => {
  test('readTable reads each valid row with its line', async () => {
    const { rows, messages } = await read({
      'forces.csv': `${FORCES}\ngwent,Gwent Police,Heddlu Gwent,wales,report,Title page\n`,
    });
    expect(messages).toEqual([]);
    expect(rows.map((r) => [r.values.id, r.values.name_cy, r.at.line])).toEqual([
      ['gwent', 'Heddlu Gwent', 2],
    ]);
  });

  test('readTable reports a missing file with the header it expects', async () => {
    expect((await read({})).messages).toEqual([
      'forces.csv:1:1: the file is missing (expected forces.csv with the header id,name,name_cy,nation,source,location)',
    ]);
  });

  test('readTable passes over a missing optional file in silence', async () => {
    const problems: Problem[] = [];
    expect(await readTable(textInput({}), T.casesTable, problems)).toEqual([]);
    expect(problems).toEqual([]);
  });

  test('readTable reports an empty file with the header it expects', async () => {
    expect((await read({ 'forces.csv': '' })).messages).toEqual([
      'forces.csv:1:1: the file is empty (expected the header id,name,name_cy,nation,source,location)',
    ]);
  });

  test('readTable refuses a file that is not UTF-8 whole, with that one problem', async () => {
    const latin1 = Uint8Array.from([
      ...new TextEncoder().encode(`${FORCES}\nnorth-wales,Heddlu Gogledd Cymru,`),
      0xf4, // ô in Latin-1
      ...new TextEncoder().encode(',wales,report,Title page\nbad row\n'),
    ]);
    const problems: Problem[] = [];
    const rows = await readTable(
      { open: () => [latin1], path: (file) => file },
      T.forcesTable,
      problems,
    );
    expect(rows).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.line).toBe(2);
  });

  test('readTable counts the id of a row with a bad cell as seen', async () => {
    const seen = new Set<string>();
    const { rows, messages } = await read(
      { 'forces.csv': `${FORCES}\ngwent,Gwent Police,,atlantis,report,Title page\n` },
      seen,
    );
    expect(rows).toEqual([]);
    expect(messages).toHaveLength(1);
    expect([...seen]).toEqual(['gwent']);
  });
});
