// The generated text, tried on every shape the data can take: three- and four-point scales, any
// grades known or not, a stated total or none, one area or many, held whole or in part. Whatever
// the shape, no sentence may carry a value never filled in, an empty range, a count with the
// wrong verb or number, a "not published" about a report held only in part, or a number that is
// not one of the data's own.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Distribution, Grade } from '../../src/dataset/types.ts';
import type { Absence } from '../../src/domain/vocabulary.ts';
import { areasHeadline, gradesHeadline, seriesHeadline } from '../../src/text/headlines.ts';
import { gradeCountsText } from '../../src/text/page-text.ts';
import { areaSizesText, summariseAreas, summariseDistribution } from '../../src/text/summaries.ts';
import { absentSentence } from '../../src/text/absence.ts';

const THREE: Grade[] = [
  { id: 'good', rank: 1, label: 'Good' },
  { id: 'requires-improvement', rank: 2, label: 'Requires improvement' },
  { id: 'inadequate', rank: 3, label: 'Inadequate' },
];
const FOUR: Grade[] = [
  { id: 'good', rank: 1, label: 'Good' },
  { id: 'adequate', rank: 2, label: 'Adequate' },
  { id: 'requires-improvement', rank: 3, label: 'Requires improvement' },
  { id: 'inadequate', rank: 4, label: 'Inadequate' },
];

/** A distribution as the build derives one: blanks stay null, the total stated or summed. */
function distribution(
  grades: readonly Grade[],
  values: readonly (number | null)[],
  extra: number | null,
  absence: Absence,
): Distribution {
  const known = values.filter((v): v is number => v !== null);
  const sum = known.reduce((a, b) => a + b, 0);
  const complete = known.length === values.length;
  // A stated total covers at least the published grades; `extra` cases had no published grade.
  const total = complete ? sum : extra === null ? null : sum + extra;
  return {
    inspection: 'x',
    sample: 'all',
    assessor: 'inspectorate',
    area: 'all',
    counts: grades.map((g, i) => ({ grade: g.id, count: values[i] ?? null })),
    total,
    totalBasis: complete ? 'sum of grades' : total === null ? 'not published' : 'stated',
    notStated: total !== null && !complete ? total - sum : null,
    complete,
    absence,
    provenance: [],
  };
}

const shape = fc
  .record({
    four: fc.boolean(),
    values: fc.array(fc.option(fc.nat(120), { nil: null, freq: 3 }), {
      minLength: 4,
      maxLength: 4,
    }),
    extra: fc.option(fc.nat(60), { nil: null }),
    absence: fc.constantFrom<Absence>('not-published', 'not-held'),
  })
  .map(({ four, values, extra, absence }) => {
    const grades = four ? FOUR : THREE;
    return { grades, d: distribution(grades, values.slice(0, grades.length), extra, absence) };
  });

const NEVER: readonly RegExp[] = [
  /\b(undefined|NaN|null)\b/,
  /\bbetween (\d+) and \1\b/,
  /(?<![\d.])\b1 cases\b/,
  /\b\d+ of \d+ cases (requires|is|was|has)\b/,
  /\b\d+ requires\b/,
  /\s[,.;]/,
];

function expectSound(text: string, d: Distribution | null, numbers: ReadonlySet<number>): void {
  for (const pattern of NEVER) expect(text).not.toMatch(pattern);
  if (d?.absence === 'not-held') expect(text).not.toMatch(/not published|published no/);
  for (const n of text.match(/\b\d+\b/g) ?? []) expect(numbers.has(Number(n))).toBe(true);
}

/**
 * Every number a sentence about `ds` may show: counts, totals, cases without a grade, and the
 * cases not given a grade (a total less one count: "2 of 3 cases not graded good").
 */
function numbersOf(ds: readonly Distribution[]): Set<number> {
  return new Set(
    ds.flatMap((d) => {
      const counts = d.counts.flatMap((c) => (c.count === null ? [] : [c.count]));
      const total = d.total;
      return [
        ...counts,
        ...(total === null ? [] : [total, ...counts.map((c) => total - c)]),
        ...(d.notStated === null ? [] : [d.notStated]),
      ];
    }),
  );
}

// Seeded, so that a run never fails by chance.
const RUNS = { seed: 20261203, numRuns: 400 };

describe('sentences about one distribution', () => {
  test('gradeCountsText, summariseDistribution and gradesHeadline are sound for every shape', () => {
    fc.assert(
      fc.property(shape, ({ grades, d }) => {
        const numbers = numbersOf([d]);
        expectSound(gradeCountsText(d, grades), d, numbers);
        expectSound(summariseDistribution(d, grades), d, numbers);
        expectSound(gradesHeadline(d, grades), d, numbers);
      }),
      RUNS,
    );
  });
});

describe('sentences about several', () => {
  test('areas and series are sound for one area or many, of either scale', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.array(shape, { minLength: 1, maxLength: 6 }), (four, items) => {
        const grades = four ? FOUR : THREE;
        const ds = items.map(({ d }, i) => ({
          ...d,
          counts: grades.map((g, k) => ({ grade: g.id, count: d.counts[k]?.count ?? null })),
          area: `area-${String(i)}`,
        }));
        const rows = ds.map((d, i) => ({ ...d, key: d.area, label: `Area ${String(i)}` }));
        // Labels carry a number of their own ("Area 3"), which a sentence may name.
        const numbers = new Set([...numbersOf(ds), ...rows.map((_, i) => i)]);
        expectSound(areasHeadline(rows, grades), null, numbers);
        expectSound(summariseAreas(rows, grades), null, numbers);
        const series = ds.map((d, i) => ({ when: String(2014 + i), d }));
        const years = new Set([...numbers, ...series.map((_, i) => 2014 + i)]);
        expectSound(seriesHeadline(series, grades), null, years);
        const sizes = ds.flatMap((d) => (d.total === null ? [] : [d.total]));
        if (sizes.length > 0) {
          const text = areaSizesText({ fewest: Math.min(...sizes), most: Math.max(...sizes) });
          expectSound(text, null, numbers);
        }
      }),
      RUNS,
    );
  });
});

test('absentSentence says "not published" only of a report held whole', () => {
  fc.assert(
    fc.property(fc.constantFrom<Absence>('not-published', 'not-held'), (absence) => {
      const text = absentSentence(absence, 'case audit figures', 'this inspection');
      expect(/published/.test(text)).toBe(absence === 'not-published');
    }),
  );
});
