import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  fromWire,
  rejudgeRows,
  renderRow,
  type RegisterHead,
  type RowData,
  type WireRow,
} from '../../../src/client/register-row.ts';
import type { Dataset } from '../../../src/dataset/types.ts';
import {
  registerFile,
  registerPages,
  rowData,
  rowsHtml,
  rowsOfPage,
} from '../../../src/views/register/pages.ts';
import { registerRowOf, registerRows } from '../../../src/views/register/rows.ts';
import { day } from '../../support/dates.ts';
import { PAGE_SIZE } from '../../../src/client/register-pages.ts';
import { realData } from '../../support/real-data.ts';

let d: Dataset;
beforeAll(async () => {
  d = await realData();
});

/** The head and rows of a register.ndjson. */
function parseFile(text: string): { head: RegisterHead; rows: WireRow[] } {
  expect(text.endsWith('\n')).toBe(true);
  const [head, ...rows] = text
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as unknown);
  return { head: head as RegisterHead, rows: rows as WireRow[] };
}

describe('register.ndjson', () => {
  test('holds every row once, in due-date order, with only what a row shows', () => {
    const file = parseFile(registerFile(d));
    expect(file.head.asOf).toEqual(d.asOf);
    expect(file.rows.map((r) => r.key)).toEqual(registerRows(d).map((r) => r.key));
    expect(Object.keys(file.rows[0] ?? {}).sort()).toEqual(
      [
        'due',
        'dueText',
        'evidence',
        'force',
        'forceName',
        'inspection',
        'inspectionName',
        'inspectionOrder',
        'itemOrder',
        'key',
        'label',
        'note',
        'path',
        'standing',
        'status',
        'subject',
        'timescale',
        'timescaleOrder',
        'timescaleText',
        'updates',
      ].sort(),
    );
  });

  test('a force’s file holds its rows only: Gwent’s 12', () => {
    const file = parseFile(registerFile(d, 'gwent'));
    expect(file.rows).toHaveLength(12);
    expect(file.rows.every((r) => r.force === 'gwent')).toBe(true);
  });

  test('a row’s latest update is read again on the as-of date: date, status and reporter', () => {
    const line = registerFile(d, 'gwent')
      .split('\n')
      .find((l) => l.includes('"gwent-2019-milestone-pcc-response"'));
    const row = fromWire(line ?? '', d.asOf);
    expect(row).toEqual(rowData(registerRowOf(d, 'gwent-2019', 'milestone:pcc-response')));
    expect(row.latest).toEqual({
      date: day(2019, 6, 28),
      status: 'not-assessed',
      by: 'commissioner',
    });
  });
});

describe('the rows as HTML', () => {
  test('Gwent 2019’s recommendation 2 is drawn with its seven cells', () => {
    const html = rowsHtml([registerRowOf(d, 'gwent-2019', 'recommendation:2')], '/');
    const { document } = parseHTML(`<table><tbody>${html}</tbody></table>`);
    const tr = document.querySelector('tr[data-key="gwent-2019-recommendation-2"]');
    const cells = Array.from(tr?.children ?? [], (c) => c.textContent);
    expect(cells).toEqual([
      'Gwent Police',
      'Inspection, June 2019',
      'Recommendation\u00a02 Review child protection duties with partners',
      'immediately',
      '27\u00a0June 2019',
      'Progress not assessed July 2020, reported by the inspectorate’s post-inspection review',
      'Overdue',
    ]);
    expect(tr?.querySelector('th[scope="row"] a')?.getAttribute('href')).toBe(
      '/recommendations/gwent-2019/2/',
    );
    expect(tr?.querySelector('td a')?.getAttribute('href')).toBe('/inspections/gwent-2019/');
    // Each cell names its column, for the stacked rows a phone shows.
    expect(
      Array.from(tr?.querySelectorAll('td') ?? [], (c) => c.getAttribute('data-label')),
    ).toEqual(['Force', 'Inspection', 'Timescale as written', 'Due', 'Latest status', 'Standing']);
  });

  test('text from the data is text, never markup', () => {
    const row = {
      ...rowData(registerRowOf(d, 'gwent-2019', 'recommendation:2')),
      forceName: '<b>x</b>',
    };
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    expect(renderRow(document, '/', row).outerHTML).toContain(
      '<td data-label="Force">&lt;b&gt;x&lt;/b&gt;</td>',
    );
  });
});

describe('pages of the national register', () => {
  test('the pages hold every row once, in order', () => {
    const pages = registerPages(d);
    const rows = Array.from({ length: pages }, (_, i) => rowsOfPage(d, i + 1)).flat();
    expect(rows.map((r) => r.key)).toEqual(registerRows(d).map((r) => r.key));
    expect(rowsOfPage(d, 1).length).toBeLessThanOrEqual(PAGE_SIZE);
  });
});

describe('re-judged on a later day', () => {
  test('the revisit of Gwent 2019 stays met late, keeping its note; a standing that moves loses it', () => {
    const rows = [rowData(registerRowOf(d, 'gwent-2019', 'milestone:revisit'))];
    const [later] = rejudgeRows(rows, day(2030, 1, 1));
    expect(later?.standing).toBe('met late');
    expect(later?.note).toBe(rows[0]?.note);
    const base = rows[0];
    if (!base) throw new Error('no revisit row');
    const open: RowData = {
      ...base,
      standing: 'open, not yet due',
      note: 'A note about being open.',
    };
    const [moved] = rejudgeRows([open], day(2030, 1, 1));
    expect(moved?.standing).toBe('met late');
    expect(moved?.note).toBeNull();
  });
});
