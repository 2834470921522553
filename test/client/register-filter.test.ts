import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  DEFAULT_STATE,
  matches,
  parseRegisterState,
  rejudge,
  serialiseRegisterState,
  slug,
  sortRows,
  SORT_KEYS,
  updateByline,
  visibleKeys,
  type RegisterState,
  type ViewRow,
} from '../../src/client/register-filter.ts';
import { countText } from '../../src/client/register-pages.ts';
import { day } from '../support/dates.ts';

const OPTIONS = {
  forces: ['gwent', 'dorset'],
  statuses: ['none', 'not-assessed', 'completed'],
  timescales: ['immediately', 'within-3-months'],
};

function viewRow(over: Partial<ViewRow> & { key: string }): ViewRow {
  return {
    force: 'gwent',
    forceName: 'Gwent Police',
    inspectionOrder: 0,
    itemOrder: 0,
    timescale: 'within-3-months',
    timescaleOrder: 92,
    due: { kind: 'day', date: day(2019, 9, 27) },
    updates: [],
    evidence: 'public',
    status: 'none',
    standing: 'overdue',
    ...over,
  };
}

const ROWS: ViewRow[] = [
  viewRow({ key: 'g1', itemOrder: 0 }),
  viewRow({
    key: 'g2',
    itemOrder: 1,
    timescale: 'immediately',
    timescaleOrder: 0,
    due: { kind: 'day', date: day(2019, 6, 27) },
    status: 'not-assessed',
  }),
  viewRow({
    key: 'rev',
    itemOrder: 2,
    timescale: 'within-6-months',
    timescaleOrder: 183,
    due: { kind: 'day', date: day(2019, 12, 27) },
    status: 'completed',
    standing: 'met late',
  }),
  viewRow({
    key: 'd1',
    force: 'dorset',
    forceName: 'Dorset Police',
    inspectionOrder: 1,
    itemOrder: 3,
    timescale: 'immediately',
    timescaleOrder: 0,
    due: { kind: 'day', date: day(2021, 8, 26) },
  }),
];

describe('parseRegisterState', () => {
  test('no query gives the defaults: everything, by due date', () => {
    expect(parseRegisterState('', OPTIONS)).toEqual(DEFAULT_STATE);
  });
  test('reads the example from the brief', () => {
    expect(parseRegisterState('?force=gwent&overdue=yes&sort=due', OPTIONS)).toEqual({
      ...DEFAULT_STATE,
      force: 'gwent',
      overdue: true,
    });
  });
  test('reads every parameter, case-insensitively', () => {
    expect(
      parseRegisterState(
        '?force=Dorset&status=none&timescale=immediately&sort=standing&dir=desc',
        OPTIONS,
      ),
    ).toEqual({
      force: 'dorset',
      status: 'none',
      timescale: 'immediately',
      overdue: false,
      sort: 'standing',
      direction: 'descending',
    });
  });
  test('values the page does not offer are ignored', () => {
    expect(
      parseRegisterState(
        '?force=kent&status=lost&timescale=soon&overdue=maybe&sort=colour&dir=desc',
        OPTIONS,
      ),
    ).toEqual(DEFAULT_STATE);
  });
});

describe('serialiseRegisterState', () => {
  test('the default view leaves a plain address', () => {
    expect(serialiseRegisterState(DEFAULT_STATE)).toBe('');
  });
  test('writes filters and sort, keeping other parameters', () => {
    const s: RegisterState = { ...DEFAULT_STATE, force: 'gwent', overdue: true, sort: 'force' };
    expect(serialiseRegisterState(s, '?x=1&force=dorset')).toBe(
      '?x=1&force=gwent&overdue=yes&sort=force',
    );
    expect(serialiseRegisterState({ ...DEFAULT_STATE, direction: 'descending' })).toBe(
      '?sort=due&dir=desc',
    );
  });
  test('round-trips any state the page can be in', () => {
    const state = fc.record({
      force: fc.constantFrom(null, ...OPTIONS.forces),
      status: fc.constantFrom(null, 'none' as const, 'not-assessed' as const, 'completed' as const),
      timescale: fc.constantFrom(null, ...OPTIONS.timescales),
      overdue: fc.boolean(),
      sort: fc.constantFrom(...SORT_KEYS),
      direction: fc.constantFrom('ascending' as const, 'descending' as const),
    });
    fc.assert(
      fc.property(state, (s) => {
        expect(parseRegisterState(serialiseRegisterState(s), OPTIONS)).toEqual(s);
      }),
    );
  });
});

describe('filtering and sorting', () => {
  test('filters combine: Gwent and overdue', () => {
    const s = { ...DEFAULT_STATE, force: 'gwent', overdue: true };
    expect(ROWS.filter((r) => matches(r, s)).map((r) => r.key)).toEqual(['g1', 'g2']);
    expect(visibleKeys(ROWS, s)).toEqual(['g2', 'g1']);
  });
  test('status and timescale filters', () => {
    expect(visibleKeys(ROWS, { ...DEFAULT_STATE, status: 'none' })).toEqual(['g1', 'd1']);
    expect(visibleKeys(ROWS, { ...DEFAULT_STATE, timescale: 'immediately' })).toEqual(['g2', 'd1']);
  });
  test('by due date, either way', () => {
    expect(sortRows(ROWS, 'due', 'ascending').map((r) => r.key)).toEqual(['g2', 'g1', 'rev', 'd1']);
    expect(sortRows(ROWS, 'due', 'descending').map((r) => r.key)).toEqual([
      'd1',
      'rev',
      'g1',
      'g2',
    ]);
  });
  test('by force, ties by due date even when descending', () => {
    expect(sortRows(ROWS, 'force', 'ascending').map((r) => r.key)).toEqual([
      'd1',
      'g2',
      'g1',
      'rev',
    ]);
    expect(sortRows(ROWS, 'force', 'descending').map((r) => r.key)).toEqual([
      'g2',
      'g1',
      'rev',
      'd1',
    ]);
  });
  test('by standing and status: what needs attention first', () => {
    expect(sortRows(ROWS, 'standing', 'ascending').map((r) => r.key)).toEqual([
      'g2',
      'g1',
      'd1',
      'rev',
    ]);
    expect(sortRows(ROWS, 'status', 'ascending').map((r) => r.key)).toEqual([
      'g1',
      'd1',
      'g2',
      'rev',
    ]);
  });
  test('by timescale length and by item', () => {
    expect(sortRows(ROWS, 'timescale', 'ascending').map((r) => r.key)).toEqual([
      'g2',
      'd1',
      'g1',
      'rev',
    ]);
    expect(sortRows(ROWS, 'item', 'descending').map((r) => r.key)).toEqual([
      'd1',
      'rev',
      'g2',
      'g1',
    ]);
  });
  test('sorting never loses or duplicates a row', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SORT_KEYS),
        fc.constantFrom('ascending' as const, 'descending' as const),
        (key, dir) => {
          expect(
            sortRows(ROWS, key, dir)
              .map((r) => r.key)
              .sort(),
          ).toEqual(ROWS.map((r) => r.key).sort());
        },
      ),
    );
  });
  test('countText', () => {
    expect(countText(9, 14)).toBe('Showing 9 of 14 items');
    expect(countText(14, 14)).toBe('Showing all 14 items');
    expect(countText(0, 14)).toBe('Showing 0 of 14 items');
    expect(countText(1, 1)).toBe('Showing all 1 item');
  });
});

describe('rejudge', () => {
  const future = viewRow({
    key: 'f',
    due: { kind: 'day', date: day(2026, 12, 1) },
    standing: 'open, not yet due',
  });
  const later = viewRow({
    key: 'l',
    due: { kind: 'day', date: day(2026, 12, 1) },
    updates: [{ date: day(2026, 11, 30), status: 'completed', by: 'force' }],
    standing: 'open, not yet due',
  });
  test('an item falls overdue after its due date; nothing else changes', () => {
    const [f, l] = rejudge([future, later], day(2026, 12, 2));
    expect(f?.standing).toBe('overdue');
    expect(f?.status).toBe('none');
    expect(l?.standing).toBe('met');
    expect(l?.status).toBe('completed');
  });
  test('in the browser too, a private milestone past due is "no public record", not overdue', () => {
    const [p] = rejudge([{ ...future, evidence: 'private' }], day(2026, 12, 2));
    expect(p?.standing).toBe('no public record');
  });
  test('on the build day it agrees with the build', () => {
    const [f, l] = rejudge([future, later], day(2026, 11, 28));
    expect(f?.standing).toBe('open, not yet due');
    expect(l?.standing).toBe('open, not yet due');
    expect(l?.status).toBe('none');
  });
});

test('slug and byline', () => {
  expect(slug('within 3 months')).toBe('within-3-months');
  expect(slug('by 31 March 2020')).toBe('by-31-march-2020');
  expect(updateByline({ date: day(2019, 6, 28), status: 'not-assessed', by: 'commissioner' })).toBe(
    '28 June 2019, reported by the police and crime commissioner',
  );
});
