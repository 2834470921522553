import { describe, expect, test } from 'vitest';
import {
  NO_FILTERS,
  matches,
  nationalStatus,
  parseNationalState,
  serialiseNationalState,
  shownAudits,
  type AuditFacts,
  type NationalChoices,
} from '../../src/client/national-state.ts';

const choices: NationalChoices = {
  year: ['2019', '2022'],
  nation: ['england', 'wales'],
  kind: ['inspection', 'post-inspection-review'],
  scale: ['three-point', 'four-point'],
  force: ['gwent', 'dorset'],
};

const audit = (over: Partial<AuditFacts>): AuditFacts => ({
  key: 'x',
  year: '2019',
  nation: 'england',
  kind: 'inspection',
  scale: 'three-point',
  force: 'dorset',
  forceName: 'Dorset Police',
  share: 0.3,
  order: 0,
  ...over,
});
const gwent = audit({
  key: 'gwent-2019',
  nation: 'wales',
  force: 'gwent',
  forceName: 'Gwent Police',
  share: 23 / 80,
  order: 0,
});
const dorset = audit({ key: 'dorset-2021', year: '2022', share: 28 / 83, order: 1 });
const review = audit({
  key: 'dorset-2022-review',
  year: '2022',
  kind: 'post-inspection-review',
  share: 11 / 31,
  order: 2,
});
const tie = audit({
  key: 'tie',
  share: 28 / 83,
  order: 3,
  forceName: 'Avon and Somerset Constabulary',
});

describe('the national picture’s address', () => {
  test('reads known choices and ignores unknown ones, so an old or edited link still opens', () => {
    expect(
      parseNationalState('?nation=Wales&year=1999&sort=inadequate&force=gwent&kind=x', choices),
    ).toEqual({
      ...NO_FILTERS,
      nation: 'wales',
      sort: 'inadequate',
      force: 'gwent',
    });
    expect(parseNationalState('?sort=rank', choices).sort).toBe('time');
  });

  test('writes only what differs from the plain page, keeping the card views', () => {
    const state = { ...NO_FILTERS, kind: 'inspection', sort: 'force' as const };
    expect(serialiseNationalState(state, '?view=table&nation=wales')).toBe(
      '?view=table&kind=inspection&sort=force',
    );
    expect(serialiseNationalState(NO_FILTERS, '?year=2019')).toBe('');
    expect(parseNationalState(serialiseNationalState(state), choices)).toEqual(state);
  });
});

describe('which audits are shown, in what order', () => {
  const all = [review, tie, gwent, dorset];

  test('filters combine; the highlighted force filters nothing', () => {
    expect(matches(gwent, { ...NO_FILTERS, nation: 'wales', force: 'dorset' })).toBe(true);
    expect(shownAudits(all, { ...NO_FILTERS, year: '2022' }).map((a) => a.key)).toEqual([
      'dorset-2021',
      'dorset-2022-review',
    ]);
    expect(shownAudits(all, { ...NO_FILTERS, year: '2022', kind: 'inspection' })).toEqual([dorset]);
  });

  test('time order as built; by share highest first, ties in time order; by force name', () => {
    expect(shownAudits(all, NO_FILTERS).map((a) => a.key)).toEqual([
      'gwent-2019',
      'dorset-2021',
      'dorset-2022-review',
      'tie',
    ]);
    expect(shownAudits(all, { ...NO_FILTERS, sort: 'inadequate' }).map((a) => a.key)).toEqual([
      'dorset-2022-review',
      'dorset-2021',
      'tie',
      'gwent-2019',
    ]);
    expect(shownAudits(all, { ...NO_FILTERS, sort: 'force' }).map((a) => a.forceName)).toEqual([
      'Avon and Somerset Constabulary',
      'Dorset Police',
      'Dorset Police',
      'Gwent Police',
    ]);
  });
});

describe('the status line', () => {
  test('says how many of how many, which filters, the order, and the highlighted force', () => {
    const state = { ...NO_FILTERS, nation: 'wales', force: 'gwent' };
    const shown = shownAudits([gwent, dorset], state);
    expect(nationalStatus(state, shown, 2, { nation: 'Wales', force: 'Gwent Police' })).toBe(
      'Showing 1 of 2 audits (Wales), oldest first. Gwent Police is highlighted: 1 audit shown.',
    );
  });

  test('warns that an order by share may be chance, and says when the force has no audit shown', () => {
    const state = { ...NO_FILTERS, sort: 'inadequate' as const, year: '2022', force: 'gwent' };
    expect(nationalStatus(state, [dorset], 3, { year: '2022', force: 'Gwent Police' })).toBe(
      'Showing 1 of 3 audits (2022), by the share graded inadequate, highest first (where intervals overlap, the order may be chance). Gwent Police is highlighted, but none of its audits matches these filters.',
    );
    expect(nationalStatus(NO_FILTERS, [gwent], 1, {})).toBe('Showing all 1 audit, oldest first.');
  });
});
