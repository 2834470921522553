import { describe, expect, test } from 'vitest';
import { newcombe, wilson } from '../../src/domain/wilson.ts';

describe('wilson', () => {
  // Reference values from Newcombe (1998), Statistics in Medicine 17:857–872, table I, method 3.
  test.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])('wilson(%i, %i) is %f to %f', (k, n, lower, upper) => {
    const i = wilson(k, n);
    expect(i?.lower).toBeCloseTo(lower, 4);
    expect(i?.upper).toBeCloseTo(upper, 4);
  });
  test('wilson(11, 31) for Dorset 2022 inadequate is about 21% to 53% (worked by hand: centre 0.3708, half-width 0.1597)', () => {
    const i = wilson(11, 31);
    expect(i?.lower).toBeCloseTo(0.2111, 3);
    expect(i?.upper).toBeCloseTo(0.5305, 3);
  });
  test('wilson(n, n) has upper bound exactly 1', () => {
    expect(wilson(8, 8)?.upper).toBe(1);
  });
  test('wilson(0, 0) is null: no cases, no share', () => {
    expect(wilson(0, 0)).toBeNull();
  });
  test('wilson(5, 3) throws', () => {
    expect(() => wilson(5, 3)).toThrow(RangeError);
  });
});

describe('newcombe', () => {
  // Newcombe (1998), Statistics in Medicine 17:873–890, table II, method 10.
  test('56/70 − 48/80 is 0.2000 with interval 0.0524 to 0.3339', () => {
    const i = newcombe(56, 70, 48, 80);
    expect(i?.lower).toBeCloseTo(0.0524, 4);
    expect(i?.upper).toBeCloseTo(0.3339, 4);
  });
  test('9/10 − 3/10 is 0.6000 with interval 0.1705 to 0.8090', () => {
    const i = newcombe(9, 10, 3, 10);
    expect(i?.lower).toBeCloseTo(0.1705, 4);
    expect(i?.upper).toBeCloseTo(0.809, 4);
  });
  test('the same share twice includes no change; an empty sample gives nothing', () => {
    const i = newcombe(10, 40, 5, 20);
    expect(i && i.lower < 0 && i.upper > 0).toBe(true);
    expect(newcombe(0, 0, 1, 2)).toBeNull();
  });
});
