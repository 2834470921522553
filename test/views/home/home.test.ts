import { beforeAll, expect, test } from 'vitest';
import { gradesOf, headlineDistribution, inspectionOf } from '../../../src/dataset/queries.ts';
import { homeOutcome, homeView } from '../../../src/views/home/home.ts';
import type { Dataset } from '../../../src/dataset/types.ts';
import { twoForceFixture } from '../../support/extra-force.ts';
import { realData } from '../../support/real-data.ts';

let d: Dataset;
beforeAll(async () => {
  d = await realData();
});

test('homeView(d) lists Dorset and Gwent, each with its nation and inspections', () => {
  const v = homeView(d);
  const of = (id: string) => {
    const f = v.forces.find((x) => x.force.id === id);
    return f && [f.nation, f.inspections.map((i) => i.inspection.id)];
  };
  expect(of('dorset')).toEqual(['England', ['dorset-2021', 'dorset-2022-review']]);
  expect(of('gwent')).toEqual(['Wales', ['gwent-2019', 'gwent-2020-review']]);
});

test('homeView lists forces by name and counts inspections and reviews (two-force fixture)', async () => {
  const v = homeView(await twoForceFixture());
  expect(v.forces.map((f) => f.force.id)).toEqual(['aaa-fixture', 'gwent']);
  expect([v.inspections, v.reviews]).toEqual([2, 2]);
});

test("homeView(d) points to Gwent 2019's recommendations and force-versus-inspectorate figures", () => {
  const v = homeView(d);
  expect(v.recommendationsExample).toEqual({ id: 'gwent-2019', force: 'Gwent Police', year: 2019 });
  expect(v.agreementExample).toBe('gwent-2019');
});

test('homeOutcome(Dorset 2022 review) is its grades as a clause', () => {
  const i = inspectionOf(d, 'dorset-2022-review');
  expect(homeOutcome(headlineDistribution(d, i.id), gradesOf(d, i.id), i)).toBe(
    '10 good, 10 requiring improvement, 11 inadequate of 31 cases.',
  );
});

test('homeOutcome(x) says when only one sample was published', () => {
  const i = inspectionOf(d, 'gwent-2019');
  const sample = d.distributions.find(
    (x) => x.inspection === i.id && x.sample === 'inspectorate-selected' && x.area === 'all',
  );
  expect(homeOutcome(sample ?? null, gradesOf(d, i.id), i)).toBe(
    '10 good, 20 requiring improvement, 17 inadequate of 47 cases (one sample only).',
  );
});

test('homeOutcome(no headline) says what is missing, by kind and by how much of the report is held', () => {
  const review = inspectionOf(d, 'gwent-2020-review');
  const inspection = inspectionOf(d, 'gwent-2019');
  expect(homeOutcome(null, [], review)).toBe('re-audit figures not yet on this site.');
  expect(homeOutcome(null, [], inspection)).toBe('case audit figures not published.');
});
