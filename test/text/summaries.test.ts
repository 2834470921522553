import { joinAnd as listAnd } from '../../src/text/page-text.ts';
import { describe, expect, it } from 'vitest';
import {
  summariseAgreement,
  summariseAreas,
  summariseDistribution,
  summariseTimeline,
  whyARange,
  areaSizesText,
} from '../../src/text/summaries.ts';
import { timelineEvents } from '../../src/views/inspection/timeline-events.ts';
import {
  AS_OF,
  EXACT_AGREEMENT,
  FOUR,
  GWENT_AGREEMENT,
  GWENT_AREAS,
  GWENT_DATASET,
  THREE,
  distribution,
  row,
} from '../charts/fixtures.ts';
import { day } from '../support/dates.ts';
import { asOfDay } from '../support/gwent-updates.ts';

describe('summariseDistribution', () => {
  it('states every published count, lower-casing grade labels mid-sentence', () => {
    expect(
      summariseDistribution(
        distribution('gwent-2019', 'all', 'inspectorate', [20, 37, 23], 80),
        THREE,
      ),
    ).toBe('Of 80 cases, inspectors graded 20 good, 37 requiring improvement and 23 inadequate.');
    expect(
      summariseDistribution(
        distribution('dorset-2021', 'all', 'inspectorate', [20, 35, 28], 83),
        THREE,
      ),
    ).toBe('Of 83 cases, inspectors graded 20 good, 35 requiring improvement and 28 inadequate.');
    expect(
      summariseDistribution(
        distribution('dorset-2022-review', 'all', 'inspectorate', [10, 10, 11], 31),
        THREE,
      ),
    ).toBe('Of 31 cases, inspectors graded 10 good, 10 requiring improvement and 11 inadequate.');
  });

  it("names the force as assessor and writes a zero as 'none'", () => {
    expect(
      summariseDistribution(
        distribution('gwent-2019', 'force-selected', 'force', [27, 6, 0], 33),
        THREE,
      ),
    ).toBe('Of 33 cases, the force graded 27 good, 6 requiring improvement and none inadequate.');
  });

  it('says which grades were not published rather than treating them as zero', () => {
    expect(
      summariseDistribution(distribution('x', 'all', 'inspectorate', [null, null, 30], 79), THREE),
    ).toBe(
      'Of 79 cases, 30 were graded inadequate; the grades of the other 49 were not published.',
    );
    expect(
      summariseDistribution(distribution('x', 'all', 'inspectorate', [10, null, 30], 79), THREE),
    ).toBe(
      'Of 79 cases, 10 were graded good and 30 inadequate; the grades of the other 39 were not published.',
    );
    expect(
      summariseDistribution(distribution('x', 'all', 'inspectorate', [1, null, null], 5), THREE),
    ).toBe('Of 5 cases, 1 was graded good; the grades of the other 4 were not published.');
  });

  it('copes with a missing total or no published grades at all', () => {
    expect(
      summariseDistribution(distribution('x', 'all', 'inspectorate', [null, 4, null], null), THREE),
    ).toBe(
      '4 were graded as requiring improvement; the other grades and the number of cases were not published.',
    );
    expect(
      summariseDistribution(
        distribution('x', 'all', 'inspectorate', [null, null, null], 31),
        THREE,
      ),
    ).toBe('The grades of 31 cases were not published.');
    expect(
      summariseDistribution(distribution('x', 'all', 'inspectorate', [1, 0, 0, 0], 1, FOUR), FOUR),
    ).toBe(
      'Of 1 case, inspectors graded 1 outstanding, none good, none requiring improvement and none inadequate.',
    );
  });
});

describe('summariseAreas', () => {
  it('names the Gwent 2019 areas with the largest and smallest share not graded good', () => {
    expect(summariseAreas(GWENT_AREAS, THREE)).toBe(
      'Children in custody had the largest share of cases not graded good: all 8 of 8. ' +
        'Place of safety (section 46) had the smallest: 3 of 6.',
    );
  });

  it('lists tied areas together and ignores areas whose share is unknown', () => {
    const rows = [
      row('a', 'Alpha', [0, 2, 2]),
      row('b', 'Beta', [0, 1, 0]),
      row('c', 'Gamma', [2, 0, 0]),
      row('u', 'Unknown', [null, 2, 2], THREE, 3),
    ];
    expect(summariseAreas(rows, THREE)).toBe(
      'Alpha and Beta had the largest share of cases not graded good: all 4 of 4 and 1 of 1. ' +
        'Gamma had the smallest: none of 2.',
    );
  });

  it('uses the scale’s own best grade', () => {
    const rows = [row('a', 'Alpha', [1, 1, 0, 0], FOUR), row('b', 'Beta', [0, 2, 0, 0], FOUR)];
    expect(summariseAreas(rows, FOUR)).toBe(
      'Beta had the largest share of cases not graded outstanding: all 2 of 2. Alpha had the smallest: 1 of 2.',
    );
  });

  it('says so when no share is known', () => {
    expect(summariseAreas([row('u', 'Unknown', [null, 2, 2], THREE, 3)], THREE)).toBe(
      'The published figures do not say how many cases in each area were not graded good.',
    );
  });
});

describe('summariseAgreement', () => {
  it('gives Gwent 2019 agreement as the range the published margins allow', () => {
    expect(summariseAgreement(GWENT_AGREEMENT, THREE)).toBe(
      'The force graded 27 of its 33 cases good; inspectors graded 10 of the same cases good. ' +
        'The published figures cannot say which case got which grade, so agreement is a range: ' +
        'the force and inspectors graded between 4 and 16 of the 33 cases the same, and the force ' +
        'graded at least 17 (at most 23) more favourably than inspectors did.',
    );
  });

  it('explains why a range, from the same numbers', () => {
    expect(whyARange(GWENT_AGREEMENT)).toBe(
      'The report gives only how many of the 33 cases the force and inspectors each put in each grade, ' +
        'not which grade each case got from both; pairing the cases up in every way those counts allow ' +
        'gives as few as 4 and as many as 16 graded the same, so the figure can only be a range.',
    );
  });

  it('states exact counts and the weighted kappa when case-level pairs exist', () => {
    const kappa = EXACT_AGREEMENT.exact?.kappa?.toFixed(2) ?? '';
    expect(summariseAgreement(EXACT_AGREEMENT, FOUR)).toBe(
      'The force graded 4 of its 12 cases outstanding; inspectors graded 2 of the same cases outstanding. ' +
        'Case by case, the force and inspectors graded 6 of the 12 cases the same, the force graded 6 more ' +
        `favourably and none less favourably than inspectors did; the linearly weighted kappa is ${kappa}.`,
    );
    expect(kappa).toMatch(/^0\.\d\d$/);
    expect(whyARange(EXACT_AGREEMENT)).toContain('counted exactly');
  });
});

describe('summariseTimeline', () => {
  const events = timelineEvents(GWENT_DATASET, 'gwent-2019');

  it('says how long the Gwent 2019 timeline runs and that every date has passed', () => {
    expect(summariseTimeline(events, AS_OF)).toBe(
      'The timeline shows 10 events, from 4 February 2019 to July 2020. As of 28 November 2026, all 10 have passed.',
    );
  });

  it('counts passed and upcoming dates and names the next one', () => {
    const asOf = day(2019, 9, 1);
    const then = timelineEvents(asOfDay(GWENT_DATASET, asOf), 'gwent-2019');
    expect(summariseTimeline(then, asOf)).toBe(
      'The timeline shows 10 events, from 4 February 2019 to July 2020. As of 1 September 2019, ' +
        '6 have passed and 4 are still to come; the next is "6 recommendations: by 27 September 2019 – open, not yet due".',
    );
  });

  it('does not claim a month-precision date has passed while the month is still running', () => {
    expect(summariseTimeline(events, day(2020, 7, 10))).toBe(
      'The timeline shows 10 events, from 4 February 2019 to July 2020. As of 10 July 2020, 9 have passed and 1 spans that date.',
    );
  });

  it('handles no events', () => {
    expect(summariseTimeline([], AS_OF)).toBe('There are no dated events to show.');
  });
});

describe('listAnd', () => {
  it('joins as GOV.UK writes lists in sentences', () => {
    expect(listAnd([])).toBe('');
    expect(listAnd(['a'])).toBe('a');
    expect(listAnd(['a', 'b'])).toBe('a and b');
    expect(listAnd(['a', 'b', 'c'])).toBe('a, b and c');
  });
});

describe('areaSizesText', () => {
  it('a range of sizes, or one size for every area, never "between 15 and 15"', () => {
    expect(areaSizesText({ fewest: 9, most: 15 })).toBe('between 9 and 15 cases');
    expect(areaSizesText({ fewest: 15, most: 15 })).toBe('15 cases each');
    expect(areaSizesText({ fewest: 1, most: 1 })).toBe('1 case each');
  });
});
