import { describe, expect, it } from 'vitest';
import { chapterOf, creditLine, sourceLine } from '../../src/text/source-line.ts';
import type { Source } from '../../src/dataset/types.ts';

const report = {
  id: 'gwent-2019-report',
  title: 'National Child Protection Inspections: Gwent Police',
  publisher: 'HMICFRS',
} as Source;
const press = { id: 'pcc-statement', title: 'Commissioner statement', publisher: 'OPCC' } as Source;
const sources = new Map([
  [report.id, report],
  [press.id, press],
]);

describe('sourceLine', () => {
  it('names each source once with the chapters its figures come from', () => {
    expect(
      sourceLine(
        [
          { source: report.id, location: '4. Case file analysis, Results of case file reviews' },
          { source: report.id, location: '4. Case file analysis, Breakdown by area' },
          { source: report.id, location: 'Summary' },
          { source: press.id, location: 'Statement' },
        ],
        sources,
      ),
    ).toBe(
      'Sources: National Child Protection Inspections: Gwent Police (HMICFRS), 4. Case file analysis; Summary; Commissioner statement (OPCC), Statement.',
    );
    expect(sourceLine([{ source: press.id, location: 'Statement' }], sources)).toBe(
      'Source: Commissioner statement (OPCC), Statement.',
    );
  });

  it('fails on a source the dataset does not hold', () => {
    expect(() => sourceLine([{ source: 'nowhere', location: 'x' }], sources)).toThrow(/nowhere/);
  });

  it('takes a chapter as the part of a location before its first comma', () => {
    expect(chapterOf('4. Case file analysis, Breakdown, by area')).toBe('4. Case file analysis');
    expect(chapterOf('Summary')).toBe('Summary');
  });
});

describe('creditLine', () => {
  it('gives the licence, and the data version where there is one', () => {
    expect(creditLine('2026-12-03-49d44bada625')).toBe(
      'Contains public sector information licensed under the Open Government Licence v3.0. Police child protection inspections, data version 2026-12-03-49d44bada625.',
    );
    expect(creditLine(null)).toMatch(/v3\.0\. Police child protection inspections\.$/);
  });
});

describe('sourceLine, for a chart of many sources', () => {
  it('counts them, and says where each is named', () => {
    const many = new Map(
      Array.from({ length: 5 }, (_, k) => [
        `s${String(k)}`,
        {
          id: `s${String(k)}`,
          title: `Report ${String(k)}`,
          publisher: k < 4 ? 'HMICFRS' : 'BBC',
        } as Source,
      ]),
    );
    const line = sourceLine(
      [...many.keys()].map((id) => ({ source: id, location: 'Summary' })),
      many,
    );
    expect(line).toBe(
      'Sources: 5 publications by 2 publishers, each named beside its figures in the table with this chart on the site.',
    );
  });
});
