import { describe, expect, test } from 'vitest';
import { casesShareText, shareText } from '../../src/text/shares.ts';

describe('casesShareText, the words of a chart segment’s tooltip', () => {
  test('gives the count of the total, the share and its 95% interval', () => {
    expect(casesShareText(20, 80)).toBe('20 of 80 cases (25%; 95% interval 17% to 35%)');
    expect(casesShareText(0, 25)).toBe('0 of 25 cases (0%; 95% interval 0% to 13%)');
  });

  test('gives counts alone for a sample under 20 cases, and a count where no total is published', () => {
    expect(casesShareText(2, 8)).toBe('2 of 8 cases (small sample)');
    expect(casesShareText(19, 19)).toBe('19 of 19 cases (small sample)');
    expect(casesShareText(1, null)).toBe('1 case');
    expect(casesShareText(6, null)).toBe('6 cases');
  });
});

describe('shareText', () => {
  test('puts counts first and the share with its interval beside them', () => {
    const s = { count: 23, share: 23 / 80, interval: { lower: 0.1999, upper: 0.3946 } };
    expect(shareText(s, 80, false)).toBe('23 of 80 (29%; 95% interval 20% to 39%)');
    expect(shareText(s, 80, true)).toBe('23 of 80 (small sample)');
  });
});
