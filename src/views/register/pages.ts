// The register as pages: the rows a page's script fetches (register.ndjson), the rows' HTML drawn
// with the script's own renderer, and which rows each static page holds. The national register
// is cut into pages so no page lays out a thousand rows; a force's register is one page.
import { parseHTML } from 'linkedom';
import {
  renderRow,
  type RegisterHead,
  type RowData,
  type WireRow,
} from '../../client/register-row.ts';
import { PAGE_SIZE } from '../../client/register-pages.ts';
import { perDataset } from '../../dataset/memo.ts';
import type { Dataset, Provenance } from '../../dataset/types.ts';
import { registerRows, registerRowsOfForce, type RegisterRow } from './rows.ts';

/** A row as the page draws it: its wire form and its latest update. */
export function rowData(r: RegisterRow): RowData {
  const latest = r.latest
    ? { date: r.latest.date, status: r.latest.status, by: r.latest.by }
    : null;
  return { ...wireRow(r), latest };
}

/** Only what a row shows and the script filters and sorts on, so register.ndjson stays small. */
export function wireRow(r: RegisterRow): WireRow {
  return {
    key: r.key,
    force: r.force,
    forceName: r.forceName,
    inspection: r.inspection,
    inspectionName: r.inspectionName,
    inspectionOrder: r.inspectionOrder,
    itemOrder: r.itemOrder,
    label: r.label,
    subject: r.subject,
    path: r.path,
    timescale: r.timescale,
    timescaleOrder: r.timescaleOrder,
    timescaleText: r.timescaleText,
    due: r.due,
    dueText: r.dueText,
    updates: r.updates,
    evidence: r.evidence,
    status: r.status,
    standing: r.standing,
    note: r.note,
  };
}

/**
 * register.ndjson: a line with the as-of date, then a line per row of a register (all forces, or
 * one). A line each, so the page's script can parse a thousand rows a few hundred at a time and
 * never hold up the page; "<" is escaped so the text is safe wherever it is put.
 */
export function registerFile(d: Dataset, force: string | null = null): string {
  const rows = force === null ? registerRows(d) : registerRowsOfForce(d, force);
  const head: RegisterHead = { asOf: d.asOf };
  const lines = [head, ...rows.map(wireRow)].map((x) => JSON.stringify(x).replace(/</g, '\\u003c'));
  return `${lines.join('\n')}\n`;
}

/** The rows' `<tr>`s as HTML, drawn by the same function the page's script draws them with. */
export function rowsHtml(rows: readonly RegisterRow[], base: string): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  // linkedom implements the part of the DOM the renderer uses.
  const doc = document;
  return rows.map((r) => renderRow(doc, base, rowData(r)).outerHTML).join('');
}

/** How many static pages the national register has (at least one, even when empty). */
export const registerPages = perDataset((d: Dataset): number =>
  Math.max(1, Math.ceil(registerRows(d).length / PAGE_SIZE)),
);

/** The rows of static page `page` (1-based) of the national register, in due-date order. */
export function rowsOfPage(d: Dataset, page: number): readonly RegisterRow[] {
  return registerRows(d).slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
}

/** The sources of what a page of the register shows: its rows, and the updates of those rows. */
export function registerProvenance(d: Dataset, rows: readonly RegisterRow[]): Provenance[] {
  const items = new Set(rows.map((r) => `${r.inspection}/${r.item}`));
  return [
    ...rows.map((r) => r.provenance),
    ...d.statusUpdates
      .filter((u) => items.has(`${u.inspection}/${u.item}`))
      .map((u) => u.provenance),
  ];
}
