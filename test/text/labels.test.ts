import { describe, expect, test } from 'vitest';
import { STANDINGS } from '../../src/domain/status.ts';
import { SAMPLES, STATUSES, type Numbering } from '../../src/domain/vocabulary.ts';
import {
  STANDING_LABEL,
  STANDING_ORDER,
  STATUS_LABEL,
  STATUS_ORDER,
  nationName,
  ordinal,
  recommendationName,
  recommendationNameInSentence,
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

test('ordinal: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 22nd, 101st, 111th', () => {
  expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111].map(ordinal)).toEqual([
    '1st',
    '2nd',
    '3rd',
    '4th',
    '11th',
    '12th',
    '13th',
    '21st',
    '22nd',
    '101st',
    '111th',
  ]);
});

describe('recommendationName', () => {
  const r = (number: number, numbering: Numbering) => ({ number, numbering });
  test("a number of the report, or a place in the report's whole list, is shown", () => {
    expect(recommendationName(r(3, 'published'), [])).toBe('Recommendation 3');
    expect(recommendationName(r(3, 'report-order'), [])).toBe('Recommendation 3');
  });
  test("a place in a source's list is not shown as a number", () => {
    const one = r(1, 'source-order');
    expect(recommendationName(one, [one])).toBe('Unnumbered recommendation');
    const two = r(2, 'source-order');
    expect(recommendationName(two, [one, two])).toBe('Unnumbered recommendation (2nd listed)');
  });
  test('inside a sentence', () => {
    expect(recommendationNameInSentence('Recommendation 3')).toBe('recommendation 3');
    expect(recommendationNameInSentence('Unnumbered recommendation (2nd listed)')).toBe(
      'the unnumbered recommendation (2nd listed)',
    );
  });
});
