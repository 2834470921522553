import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  parseViewState,
  serialiseViewState,
  type View,
  type ViewState,
} from '../../src/client/url-state.ts';

const CARDS = ['grades', 'areas', 'agreement', 'timeline'];
const AREAS = ['section-47', 'custody', 'missing'];

describe('parseViewState', () => {
  test('an address with no query gives the defaults', () => {
    expect(parseViewState('', CARDS, AREAS)).toEqual({
      views: { grades: 'chart', areas: 'chart', agreement: 'chart', timeline: 'chart' },
      units: 'count',
      area: null,
    });
  });

  test('reads the example from the brief', () => {
    const s = parseViewState('?view=table&units=percent&area=custody', CARDS, AREAS);
    expect(Object.values(s.views)).toEqual(['table', 'table', 'table', 'table']);
    expect(s.units).toBe('percent');
    expect(s.area).toBe('custody');
  });

  test('reads per-card views, leaving unnamed cards as charts', () => {
    const s = parseViewState('?view=areas:table,agreement:table', CARDS, AREAS);
    expect(s.views).toEqual({
      grades: 'chart',
      areas: 'table',
      agreement: 'table',
      timeline: 'chart',
    });
  });

  test('reads escaped separators as a browser may write them', () => {
    const s = parseViewState('?view=areas%3Atable%2Cgrades%3Atable', CARDS, AREAS);
    expect(s.views['areas']).toBe('table');
    expect(s.views['grades']).toBe('table');
  });

  test('ignores unknown cards, views, units and areas', () => {
    const s = parseViewState(
      '?view=nope:table,areas:pie,grades:table&units=furlongs&area=mars',
      CARDS,
      AREAS,
    );
    expect(s.views).toEqual({
      grades: 'table',
      areas: 'chart',
      agreement: 'chart',
      timeline: 'chart',
    });
    expect(s.units).toBe('count');
    expect(s.area).toBeNull();
  });

  test('is forgiving about case and spaces', () => {
    const s = parseViewState('?view=%20TABLE%20&units=Percent&area=CUSTODY', CARDS, AREAS);
    expect(s.views['grades']).toBe('table');
    expect(s.units).toBe('percent');
    expect(s.area).toBe('custody');
  });

  test('works on a page with no cards', () => {
    expect(parseViewState('?view=table', [], []).views).toEqual({});
  });
});

describe('serialiseViewState', () => {
  const all = (v: View): Record<string, View> => Object.fromEntries(CARDS.map((c) => [c, v]));

  test('the default view is the plain address', () => {
    expect(serialiseViewState({ views: all('chart'), units: 'count', area: null }, CARDS)).toBe('');
  });

  test('writes the example from the brief', () => {
    expect(
      serialiseViewState({ views: all('table'), units: 'percent', area: 'custody' }, CARDS),
    ).toBe('?view=table&units=percent&area=custody');
  });

  test('writes per-card views readably when cards differ', () => {
    const views = { ...all('chart'), areas: 'table' as const, timeline: 'table' as const };
    expect(serialiseViewState({ views, units: 'count', area: null }, CARDS)).toBe(
      '?view=areas:table,timeline:table',
    );
  });

  test('keeps other parameters and replaces its own', () => {
    expect(
      serialiseViewState(
        { views: all('chart'), units: 'percent', area: null },
        CARDS,
        '?utm=x&view=table&area=custody',
      ),
    ).toBe('?utm=x&units=percent');
  });

  test('round-trips any state', () => {
    const view = fc.constantFrom<View>('chart', 'table');
    const state = fc.record({
      views: fc.record({ grades: view, areas: view, agreement: view, timeline: view }),
      units: fc.constantFrom('count' as const, 'percent' as const),
      area: fc.constantFrom(null, ...AREAS),
    });
    fc.assert(
      fc.property(state, (s: ViewState) => {
        expect(parseViewState(serialiseViewState(s, CARDS), CARDS, AREAS)).toEqual(s);
      }),
    );
  });
});
