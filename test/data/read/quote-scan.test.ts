import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { QuoteScanner } from '../../../src/data/read/quote-scan.ts';

const scan = (...chunks: string[]) => {
  const q = new QuoteScanner();
  for (const c of chunks) q.feed(c);
  return q;
};

describe('QuoteScanner', () => {
  test('a well-quoted file, as Excel saves it, has no fault', () => {
    expect(scan('"a","b ""c""","d\ne"\n"1","2","3"\n').faults).toEqual([]);
  });
  test('a stray quote in an unquoted cell is placed by line and cell', () => {
    const q = scan('a,b\nx,Dorse"t,y\n');
    expect(q.faults.map((f) => [f.record, f.line, f.column])).toEqual([[2, 2, 2]]);
    expect(q.faults[0]?.message).toMatch(/^a quote inside a cell that is not quoted/);
  });
  test('an undoubled quote in a quoted cell is placed where the record starts and where it is', () => {
    const q = scan('a,b\n"line one\nsaid "hi" there",z\n');
    expect(q.faults[0]).toMatchObject({ record: 2, line: 3, column: 1 });
    expect(q.faults[0]?.message).toMatch(/^a quote inside a quoted cell that is not doubled/);
    expect([...q.badRecords]).toEqual([2]);
  });
  test('a stray quote first in a chunk is judged by the chunk before it', () => {
    expect(scan('a,b\nx,y ', '"z\n').faults).toHaveLength(1);
  });
  test('a file fed in any pieces gives the same faults as fed whole', () => {
    const text = fc.array(fc.constantFrom('"', ',', '\n', 'a', ' '), { maxLength: 60 });
    fc.assert(
      fc.property(text, fc.array(fc.nat(12)), (chars, cuts) => {
        const s = chars.join('');
        const pieces: string[] = [];
        let at = 0;
        for (const n of cuts) {
          pieces.push(s.slice(at, at + n));
          at += n;
        }
        pieces.push(s.slice(at));
        expect(scan(...pieces).faults).toEqual(scan(s).faults);
        expect(scan(...pieces).multiLineRecords).toEqual(scan(s).multiLineRecords);
      }),
      // Seeded, so that a run never fails by chance; varied widely enough to have found the
      // two chunk-boundary faults this test was written for.
      { seed: 20261203, numRuns: 3000 },
    );
  });
});
