// The repository's own data: it builds with no problems and its figures equal the report's.
import { beforeAll, describe, expect, test } from 'vitest';
import { agreementRange } from '../../src/domain/agreement.ts';
import { buildDataset, type BuildResult } from '../../src/data/build-dataset.ts';
import { distributionOf, areaDistributions } from '../../src/dataset/queries.ts';
import type { Dataset } from '../../src/dataset/types.ts';
import { folderInput } from '../../scripts/data/cli.ts';
import { AS_OF } from '../support/fixtures.ts';
import { REAL_DATA_DIR } from '../support/real-data.ts';

let result: BuildResult;
let d: Dataset;
beforeAll(async () => {
  result = await buildDataset(folderInput(REAL_DATA_DIR), { asOf: AS_OF });
  if (!result.dataset) throw new Error(result.problems.map((p) => p.message).join('\n'));
  d = result.dataset;
});

const counts = (inspection: string, sample: string, assessor: string, area = 'all') =>
  distributionOf(d, inspection, sample, assessor, area)?.counts.map((c) => c.count);

describe('data/ (Gwent 2019, chapter 4)', () => {
  test('builds with zero problems and zero warnings', () => {
    expect(result.problems).toEqual([]);
    expect(result.warnings).toEqual([]);
  });
  test('is a recorded release: its version is the last release’s date and its files’ hash', () => {
    const last = d.releases.at(-1);
    expect(last).toBeDefined();
    expect(d.version).toMatch(/^\d{4}-\d\d-\d\d-[0-9a-f]{12}$/);
    expect(d.version?.endsWith(last?.dataHash ?? '-')).toBe(true);
  });
  test('force-selected cases, force grades: 27 good, 6 requiring improvement, 0 inadequate of 33', () => {
    expect(counts('gwent-2019', 'force-selected', 'force')).toEqual([27, 6, 0]);
    expect(distributionOf(d, 'gwent-2019', 'force-selected', 'force')?.total).toBe(33);
  });
  test('the same 33 cases, inspectorate grades: 10 / 17 / 6', () => {
    expect(counts('gwent-2019', 'force-selected', 'inspectorate')).toEqual([10, 17, 6]);
  });
  test('47 inspectorate-selected cases: 10 / 20 / 17', () => {
    expect(counts('gwent-2019', 'inspectorate-selected', 'inspectorate')).toEqual([10, 20, 17]);
    expect(distributionOf(d, 'gwent-2019', 'inspectorate-selected', 'inspectorate')?.total).toBe(
      47,
    );
  });
  test('all 80 cases: 20 / 37 / 23 (the Summary)', () => {
    expect(counts('gwent-2019', 'all', 'inspectorate')).toEqual([20, 37, 23]);
  });
  test('the eight practice areas, in the report order, total 80', () => {
    const areas = areaDistributions(d, 'gwent-2019');
    expect(areas.map((a) => [a.area, ...a.counts.map((c) => c.count)])).toEqual([
      ['section-47', 4, 4, 2],
      ['domestic-abuse', 5, 4, 3],
      ['other-incidents', 2, 6, 2],
      ['sexual-exploitation', 3, 4, 9],
      ['missing', 2, 5, 2],
      ['police-protection', 3, 3, 0],
      ['sex-offenders', 1, 5, 3],
      ['custody', 0, 6, 2],
    ]);
    expect(areas.reduce((n, a) => n + (a.total ?? 0), 0)).toBe(80);
  });
  test('the agreement range is derived from the two published distributions, not typed in', () => {
    const a = d.agreements.find((x) => x.inspection === 'gwent-2019');
    expect(a?.range.same).toEqual({ min: 4, max: 16 });
    expect(a?.range.forceMoreFavourable).toEqual({ min: 17, max: 23 });
    expect(a?.range.forceLessFavourable).toEqual({ min: 0, max: 6 });
    expect(a?.range).toEqual(agreementRange([27, 6, 0], [10, 17, 6]));
    expect(a?.exact).toBeNull();
  });
  test('eight recommendations: two immediately (27 June 2019), six within three months (27 September 2019)', () => {
    const recs = d.recommendations.filter((r) => r.inspection === 'gwent-2019');
    expect(recs.map((r) => [r.number, r.timescaleText, r.dueText])).toEqual([
      [1, 'within three months', '27 September 2019'],
      [2, 'immediately', '27 June 2019'],
      [3, 'within three months', '27 September 2019'],
      [4, 'within three months', '27 September 2019'],
      [5, 'within three months', '27 September 2019'],
      [6, 'within three months', '27 September 2019'],
      [7, 'within three months', '27 September 2019'],
      [8, 'immediately', '27 June 2019'],
    ]);
  });
  test('milestones from 27 June 2019: response 22 August, update and plan 8 August, revisit 27 December 2019', () => {
    const m = d.milestones.filter((x) => x.inspection === 'gwent-2019');
    expect(m.map((x) => [x.id, x.dueText])).toEqual([
      ['pcc-response', '22 August 2019'],
      ['immediate-update', '8 August 2019'],
      ['action-plan', '8 August 2019'],
      ['revisit', '27 December 2019'],
    ]);
  });
  test('the review of July 2020 (month only) revisits gwent-2019 and published no case audit', () => {
    const review = d.inspections.find((i) => i.id === 'gwent-2020-review');
    expect(review?.published).toEqual({ precision: 'month', year: 2020, month: 7 });
    expect(d.inspections.find((i) => i.id === 'gwent-2019')?.reviewedBy).toEqual([
      'gwent-2020-review',
    ]);
    expect(d.distributions.filter((x) => x.inspection === 'gwent-2020-review')).toEqual([]);
  });
});

describe('data/ (tracking, as of 28 November 2026)', () => {
  test('the Gwent revisit was due by 27 December 2019 and met late: the review fieldwork was in January 2020', () => {
    const revisit = d.milestones.find((m) => m.inspection === 'gwent-2019' && m.id === 'revisit');
    expect(revisit?.dueText).toBe('27 December 2019');
    expect(revisit?.tracking.standing).toBe('met late');
    expect(revisit?.tracking.latest?.date).toEqual({ precision: 'month', year: 2020, month: 1 });
  });
  test('no Gwent recommendation has a published judgement: the review is recorded as not assessing each one', () => {
    const recs = d.recommendations.filter((r) => r.inspection === 'gwent-2019');
    expect(recs.map((r) => r.tracking.latest?.status)).toEqual(Array(8).fill('not-assessed'));
  });
});

describe('data/ (Dorset)', () => {
  test('Dorset 2021: 20 / 35 / 28 of 83, with the 23-versus-28 conflict recorded', () => {
    expect(counts('dorset-2021', 'all', 'inspectorate')).toEqual([20, 35, 28]);
    expect(distributionOf(d, 'dorset-2021', 'all', 'inspectorate')?.total).toBe(83);
    const x = d.discrepancies.find((y) => y.inspection === 'dorset-2021');
    expect([x?.value, x?.otherValue, x?.kind]).toEqual(['28', '23', 'sources-disagree']);
  });
  test('Dorset 2022 review: 10 / 10 / 11 of 31', () => {
    expect(counts('dorset-2022-review', 'all', 'inspectorate')).toEqual([10, 10, 11]);
  });
  test('Dorset publishes no practice-area breakdown and no force self-assessment', () => {
    const dorset = d.distributions.filter((x) => x.inspection.startsWith('dorset'));
    expect(dorset.every((x) => x.area === 'all' && x.assessor === 'inspectorate')).toBe(true);
  });
});
