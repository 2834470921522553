import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { plainNumber, toCsv } from '../../../src/data/write/csv.ts';

/** The CSV of one text cell under a header `a`, without the header. */
const cell = (value: string | number | null): string => toCsv(['a'], [[value]]).slice(3, -2);

describe('toCsv makes formulas safe', () => {
  test.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+44 1633', `"'+44 1633"`],
    ['-1+1', `"'-1+1"`],
    ['-', `"'-"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\tx', `"'\tx"`],
    ['Good', 'Good'],
    ['x = 1', 'x = 1'],
  ])('%j is written %s', (raw, safe) => {
    expect(cell(raw)).toBe(safe);
  });
  test('a formula in the header is made safe too', () => {
    expect(toCsv(['=1+1'], [])).toBe(`"'=1+1"\r\n`);
  });
  test('blank is empty, and numbers are plain digits, negative ones included', () => {
    expect(cell(null)).toBe('');
    expect(cell(27)).toBe('27');
    expect(cell(0.0000001)).toBe('0.0000001');
    expect(cell(-0.25)).toBe('-0.25');
    expect(plainNumber(1e21)).toBe('1000000000000000000000');
    expect(plainNumber(-0)).toBe('-0');
  });
  test('the quick path for whole numbers writes what the general one does', () => {
    const general = (n: number) =>
      n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer(),
          fc.maxSafeInteger(),
          fc.constant(Number.MIN_SAFE_INTEGER),
          fc.double(),
        ),
        (n) => plainNumber(n) === general(n),
      ),
    );
  });
});

describe('toCsv', () => {
  test('toCsv quotes commas, quotes and line breaks and ends lines with CRLF', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['x, y', 'say "hi"\nbye'],
          [null, 3],
        ],
      ),
    ).toBe('a,b\r\n"x, y","say ""hi""\nbye"\r\n,3\r\n');
  });
  test('a table without rows is its header line', () => {
    expect(toCsv(['a', 'b'], [])).toBe('a,b\r\n');
  });
});
