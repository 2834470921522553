import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { DEFAULT_STATE, type ViewRow } from '../../src/client/register-filter.ts';
import {
  PAGE_SIZE,
  pageCountText,
  pageOf,
  pagePath,
  parsePage,
  withPage,
} from '../../src/client/register-pages.ts';
import { day } from '../support/dates.ts';

/** n rows due on consecutive days from 1 January 2020, alternating two forces. */
function rows(n: number): ViewRow[] {
  return Array.from({ length: n }, (_, i) => ({
    key: `r${String(i)}`,
    force: i % 2 === 0 ? 'gwent' : 'dorset',
    forceName: i % 2 === 0 ? 'Gwent Police' : 'Dorset Police',
    inspectionOrder: 0,
    itemOrder: i,
    timescale: 'immediately',
    timescaleOrder: 0,
    due: { kind: 'day', date: day(2020, 1, 1 + (i % 28)) },
    updates: [],
    evidence: 'public' as const,
    status: 'none',
    standing: 'overdue',
  }));
}

// Pages of 100 here, so the figures read easily; the site's own size is PAGE_SIZE.
describe('pageOf', () => {
  test('cuts 250 rows into pages of 100, 100 and 50', () => {
    const all = rows(250);
    const pages = [1, 2, 3].map((p) => pageOf(all, DEFAULT_STATE, p, 100));
    expect(pages.map((p) => p.rows.length)).toEqual([100, 100, 50]);
    expect(pages.map((p) => p.first)).toEqual([1, 101, 201]);
    expect(pages.every((p) => p.pages === 3 && p.matching === 250)).toBe(true);
    expect(new Set(pages.flatMap((p) => p.rows.map((r) => r.key))).size).toBe(250);
  });

  test('filters before cutting: 125 of 250 rows are Gwent’s, two pages', () => {
    const p = pageOf(rows(250), { ...DEFAULT_STATE, force: 'gwent' }, 2, 100);
    expect(p).toMatchObject({ page: 2, pages: 2, matching: 125, first: 101 });
    expect(p.rows).toHaveLength(25);
    expect(p.rows.every((r) => r.force === 'gwent')).toBe(true);
  });

  test('a page out of range, or not a page, becomes the nearest one', () => {
    expect(pageOf(rows(250), DEFAULT_STATE, 9, 100).page).toBe(3);
    expect(pageOf(rows(250), DEFAULT_STATE, 0, 100).page).toBe(1);
    expect(pageOf(rows(250), DEFAULT_STATE, Number.NaN, 100).page).toBe(1);
    expect(pageOf([], DEFAULT_STATE, 4, 100)).toMatchObject({
      page: 1,
      pages: 1,
      matching: 0,
      first: 0,
    });
  });

  test('every matching row is on exactly one page, in sorted order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 420 }), fc.integer({ min: 1, max: 60 }), (n, size) => {
        const all = rows(n);
        const first = pageOf(all, DEFAULT_STATE, 1, size);
        const keys = Array.from({ length: first.pages }, (_, i) =>
          pageOf(all, DEFAULT_STATE, i + 1, size).rows.map((r) => r.key),
        ).flat();
        const whole = pageOf(all, DEFAULT_STATE, 1, Math.max(1, n)).rows.map((r) => r.key);
        expect(keys).toEqual(whole);
      }),
    );
  });
});

describe('pageCountText', () => {
  const total = 1548;
  test('on one page: all, or how many of all', () => {
    expect(pageCountText(pageOf(rows(14), DEFAULT_STATE, 1, 100), 14)).toBe('Showing all 14 items');
    const gwent = pageOf(rows(14), { ...DEFAULT_STATE, force: 'gwent' }, 1, 100);
    expect(pageCountText(gwent, 14)).toBe('Showing 7 of 14 items');
    expect(pageCountText(pageOf(rows(1), DEFAULT_STATE, 1, 100), 1)).toBe('Showing all 1 item');
  });

  test('over pages: which rows, of how many, and which page', () => {
    const all = rows(total);
    expect(pageCountText(pageOf(all, DEFAULT_STATE, 2, 100), total)).toBe(
      'Showing 101 to 200 of 1,548 items (page 2 of 16)',
    );
    expect(pageCountText(pageOf(all, { ...DEFAULT_STATE, force: 'dorset' }, 8, 100), total)).toBe(
      'Showing 701 to 774 of 774 matching of 1,548 items (page 8 of 8)',
    );
  });
});

describe('the page in the address', () => {
  test('parsePage reads ?page=, falling back to the page served', () => {
    expect(parsePage('?page=3', 1)).toBe(3);
    expect(parsePage('?force=gwent', 4)).toBe(4);
    expect(parsePage('?page=0', 2)).toBe(2);
    expect(parsePage('?page=two', 2)).toBe(2);
    expect(parsePage('?page=1.5', 2)).toBe(2);
  });

  test('withPage sets the page, leaving page 1 out and other parameters as they were', () => {
    expect(withPage('?force=gwent', 3)).toBe('?force=gwent&page=3');
    expect(withPage('?force=gwent&page=3', 1)).toBe('?force=gwent');
    expect(withPage('', 1)).toBe('');
  });

  test('pagePath: the first page at the register’s own address, later ones beneath it', () => {
    expect(pagePath('/recommendations/', 1)).toBe('/recommendations/');
    expect(pagePath('/recommendations/', 12)).toBe('/recommendations/page/12/');
  });

  test('a page of the national register holds 50 rows', () => {
    expect(PAGE_SIZE).toBe(50);
  });
});
