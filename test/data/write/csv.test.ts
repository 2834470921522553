import { describe, expect, test } from 'vitest';
import { safeCell, toCsv } from '../../../src/data/write/csv.ts';

describe('safeCell', () => {
  test.each([
    ['=HYPERLINK("http://x")', `'=HYPERLINK("http://x")`],
    ['+44 1633', `'+44 1633`],
    ['-1+1', `'-1+1`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\tx', `'\tx`],
    ['Good', 'Good'],
  ])('safeCell(%j) is %j', (raw, safe) => {
    expect(safeCell(raw)).toBe(safe);
  });
  test('safeCell(null) is blank and numbers are written as numbers', () => {
    expect(safeCell(null)).toBe('');
    expect(safeCell(27)).toBe('27');
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
});
