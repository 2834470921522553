// The build's caches: each derived structure is made once per dataset and looked up after, and a
// cached result is the one the uncached path makes, on fixtures and on the real data.
import { describe, expect, test } from 'vitest';
import { buildDataset } from '../../src/data/build-dataset.ts';
import { firstBy, perDataset, perDatasetAndKey } from '../../src/dataset/memo.ts';
import {
  discrepanciesOf,
  distributionOf,
  findingsOf,
  glossaryOf,
  keyFiguresOf,
  milestonesOf,
  recommendationOf,
  statusUpdatesOf,
} from '../../src/dataset/queries.ts';
import { inspectionView } from '../../src/views/inspection/inspection.ts';
import type { Dataset } from '../../src/dataset/types.ts';
import {
  buildForceCalendar,
  buildRegisterCsv,
  forceCalendar,
  registerCsv,
} from '../../src/views/register/files.ts';
import {
  buildRegisterRows,
  registerRowOf,
  registerRows,
  registerRowsOfForce,
} from '../../src/views/register/rows.ts';
import { AS_OF, fixtureInput } from '../support/fixtures.ts';
import { realData } from '../support/real-data.ts';
import { buildNationalView, nationalView } from '../../src/views/national/national.ts';

async function fixture(name: string): Promise<Dataset> {
  const result = await buildDataset(fixtureInput(name), { asOf: AS_OF });
  if (!result.dataset) throw new Error(`fixture ${name} did not build`);
  return result.dataset;
}

describe('perDataset, perDatasetAndKey and firstBy', () => {
  test('compute once per dataset object, and again for another', async () => {
    const a = await fixture('valid-minimal');
    const b = structuredClone(a);
    const calls: Dataset[] = [];
    const count = perDataset((d) => {
      calls.push(d);
      return d.recommendations.length;
    });
    const n = a.recommendations.length;
    expect([count(a), count(a), count(b), count(b)]).toEqual([n, n, n, n]);
    expect(calls).toEqual([a, b]);
    expect(calls[0]).toBe(a);
    expect(calls[1]).toBe(b);
  });

  test('cache by dataset and key, including a result that is null', async () => {
    const d = await fixture('valid-minimal');
    const keys: string[] = [];
    const look = perDatasetAndKey((_, key) => {
      keys.push(key);
      return key === 'none' ? null : key.length;
    });
    expect([look(d, 'gwent'), look(d, 'none'), look(d, 'gwent'), look(d, 'none')]).toEqual([
      5,
      null,
      5,
      null,
    ]);
    expect(keys).toEqual(['gwent', 'none']);
  });

  test('an index keeps the first item of a key, as find would', () => {
    const byId = firstBy((x: { id: string; n: number }) => x.id);
    const items = [
      { id: 'a', n: 1 },
      { id: 'b', n: 2 },
      { id: 'a', n: 3 },
    ];
    expect(byId(items).get('a')).toEqual({ id: 'a', n: 1 });
    expect(byId(items)).toBe(byId(items));
    expect(byId(items).get('c')).toBeUndefined();
  });
});

describe('cached results are the uncached ones', () => {
  for (const name of [
    'valid-minimal',
    'valid-four-point',
    'valid-case-rows',
    'spreadsheet-export',
  ]) {
    test(`register rows, CSV and calendars of the fixture ${name}`, async () => {
      const d = await fixture(name);
      expect(registerRows(d)).toEqual(buildRegisterRows(d));
      expect(registerRows(d)).toBe(registerRows(d));
      expect(registerCsv(d)).toBe(buildRegisterCsv(d));
      expect(nationalView(d)).toEqual(buildNationalView(d));
      expect(nationalView(d)).toBe(nationalView(d));
      for (const f of d.forces) {
        expect(forceCalendar(d, f.id)).toBe(buildForceCalendar(d, f.id));
        expect(registerRowsOfForce(d, f.id)).toEqual(
          buildRegisterRows(d).filter((r) => r.force === f.id),
        );
      }
      for (const r of d.recommendations) {
        expect(recommendationOf(d, r.inspection, r.number)).toBe(r);
        expect(registerRowOf(d, r.inspection, `recommendation:${String(r.number)}`).text).toBe(
          r.text,
        );
      }
      for (const x of d.distributions) {
        const found = distributionOf(d, x.inspection, x.sample, x.assessor, x.area);
        expect(found).toBe(
          d.distributions.find(
            (y) =>
              y.inspection === x.inspection &&
              y.sample === x.sample &&
              y.assessor === x.assessor &&
              y.area === x.area,
          ),
        );
      }
    });
  }

  test('each table’s rows of an inspection, looked up, are the rows a scan finds, in order', async () => {
    for (const d of [await realData(), await fixture('valid-minimal')]) {
      const lookups = [
        [discrepanciesOf, d.discrepancies],
        [findingsOf, d.findings],
        [glossaryOf, d.glossary],
        [keyFiguresOf, d.keyFigures],
        [milestonesOf, d.milestones],
        [statusUpdatesOf, d.statusUpdates],
      ] as const;
      for (const i of d.inspections)
        for (const [of, rows] of lookups) {
          const scanned = (rows as readonly { inspection: string }[]).filter(
            (r) => r.inspection === i.id,
          );
          expect(of(d, i.id)).toEqual(scanned);
        }
      expect(findingsOf(d, 'no-such-inspection')).toEqual([]);
    }
  });

  test('an inspection’s view is made once per base and is the same view either way', async () => {
    const d = await realData();
    const v = inspectionView(d, 'gwent-2019');
    expect(inspectionView(d, 'gwent-2019')).toBe(v);
    expect(inspectionView(d, 'gwent-2019', '/')).toBe(v);
    const based = inspectionView(d, 'gwent-2019', '/police/');
    expect(based).not.toBe(v);
    expect(based.jargon?.glossary).toBe('/police/inspections/gwent-2019/glossary/');
    expect(v.jargon?.glossary).toBe('/inspections/gwent-2019/glossary/');
    expect(structuredClone(inspectionView(structuredClone(d), 'gwent-2019'))).toEqual(
      structuredClone(v),
    );
  });

  test('Gwent 2019’s recommendation 2 is found by key, due immediately (27 June 2019)', async () => {
    const d = await realData();
    const row = registerRowOf(d, 'gwent-2019', 'recommendation:2');
    expect(row.dueText).toBe('27 June 2019');
    expect(row.timescaleText).toBe('immediately');
    expect(() => registerRowOf(d, 'gwent-2019', 'recommendation:99')).toThrow(
      /no register row for recommendation:99/,
    );
    expect(() => recommendationOf(d, 'gwent-2019', 99)).toThrow(/no recommendation 99/);
  });
});
