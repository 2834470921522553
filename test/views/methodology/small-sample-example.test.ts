import { beforeAll, expect, test } from 'vitest';
import { smallSampleExample } from '../../../src/views/methodology/small-sample-example.ts';
import type { Dataset } from '../../../src/dataset/types.ts';
import { realData } from '../../support/real-data.ts';

let d: Dataset;
beforeAll(async () => {
  d = await realData();
});

test("smallSampleExample(d) is Gwent 2019's 6 place-of-safety cases, 3 requiring improvement", () => {
  const x = smallSampleExample(d);
  expect(x && { ...x, inspection: x.inspection.id }).toEqual({
    inspection: 'gwent-2019',
    area: 'Place of safety (section 46)',
    grade: 'requires improvement',
    count: 3,
    total: 6,
    lower: 19,
    upper: 81,
    step: 16.7,
  });
});

test('smallSampleExample(d) is null when no practice area has grades', () => {
  expect(smallSampleExample({ ...d, distributions: [] })).toBeNull();
});
