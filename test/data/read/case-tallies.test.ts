import { describe, expect, test } from 'vitest';
import { hashCase, logHash, newHashLog, repeatedHashes } from '../../../src/data/read/case-tallies.ts';

describe('hashCase', () => {
  test('hashCase is a whole number below 2^53 and never 0', () => {
    for (const [i, ref] of [
      [0, ''],
      [1, 'C01'],
      [42, 'SYN-000123'],
    ] as const) {
      const h = hashCase(i, ref);
      expect(Number.isSafeInteger(h)).toBe(true);
      expect(h).toBeGreaterThan(0);
    }
  });
  test('hashCase tells the same reference in two inspections apart', () => {
    expect(hashCase(0, 'C01')).not.toBe(hashCase(1, 'C01'));
  });
});

describe('repeatedHashes', () => {
  test('repeatedHashes(no hashes) is empty', () => {
    expect(repeatedHashes(newHashLog()).size).toBe(0);
  });
  test('repeatedHashes gives exactly the hashes logged more than once, across parts and growth', () => {
    const log = newHashLog();
    const expected = new Set<number>();
    for (let i = 0; i < 20_000; i++) logHash(log, hashCase(i % 7, `C${String(i)}`));
    for (let i = 0; i < 20_000; i += 97) {
      const h = hashCase(i % 7, `C${String(i)}`);
      logHash(log, h);
      logHash(log, h); // three times in all: still one repeat
      expected.add(h);
    }
    expect(repeatedHashes(log)).toEqual(expected);
  });
});
