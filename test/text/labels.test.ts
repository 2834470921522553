import { expect, test } from 'vitest';
import { STANDINGS } from '../../src/domain/status.ts';
import { SAMPLES, STATUSES } from '../../src/domain/vocabulary.ts';
import {
  STANDING_LABEL,
  STANDING_ORDER,
  STATUS_LABEL,
  STATUS_ORDER,
  nationName,
  sampleLabel,
  statusText,
} from '../../src/text/labels.ts';

test("nationName('wales') is 'Wales'; nationName('england') is 'England'", () => {
  expect(nationName('wales')).toBe('Wales');
  expect(nationName('england')).toBe('England');
});

test('no two standings, statuses or samples share a label, and none has a semicolon', () => {
  for (const labels of [
    STANDINGS.map((s) => STANDING_LABEL[s]),
    [...STATUSES, 'none' as const].map((s) => STATUS_LABEL[s]),
    SAMPLES.map(sampleLabel),
  ]) {
    expect(new Set(labels).size).toBe(labels.length);
    for (const l of labels) expect(l).not.toContain(';');
  }
});

test('the orders list every status and standing once', () => {
  expect([...STATUS_ORDER].sort()).toEqual([...STATUSES, 'none'].sort());
  expect([...STANDING_ORDER].sort()).toEqual([...STANDINGS].sort());
});

test('a status in running text starts in lower case', () => {
  expect(statusText('not-assessed')).toBe('progress not assessed');
  expect(statusText('none')).toBe('no update published');
});
