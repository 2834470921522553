import { describe, expect, test } from 'vitest';
import {
  addCase,
  addTally,
  hashCase,
  logHash,
  mergeHashLogs,
  newHashLog,
  newTally,
  repeatedHashes,
} from '../../../src/data/read/case-tallies.ts';

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

describe('joining the tallies and hash logs of two parts of a file', () => {
  test('addTally adds counts cell by cell, and rows', () => {
    const context = { grades: ['good', 'inadequate'], areas: ['missing'] };
    const a = newTally('gwent-2019', context);
    const b = newTally('gwent-2019', context);
    addCase(a, 0, 0, 1, 0);
    addCase(b, 0, 0, 1, 0);
    addCase(b, 1, 0, -1, 1);
    addTally(a, b);
    expect(a.rows).toBe(3);
    expect(a.counts.reduce((s, n) => s + n, 0)).toBe(3);
    expect(Math.max(...a.counts)).toBe(2);
  });
  test('mergeHashLogs keeps every hash, so a repeat across the logs is found', () => {
    const a = newHashLog();
    const b = newHashLog();
    for (let i = 0; i < 5_000; i++) logHash(a, hashCase(0, `A${String(i)}`));
    for (let i = 0; i < 5_000; i++) logHash(b, hashCase(0, `B${String(i)}`));
    logHash(b, hashCase(0, 'A17'));
    mergeHashLogs(a, b);
    expect(a.sizes.reduce((s, n) => s + n, 0)).toBe(10_001);
    expect(repeatedHashes(a)).toEqual(new Set([hashCase(0, 'A17')]));
  });
});
