// The register built from the repository's own data: one row per recommendation and milestone,
// due dates from 27 June 2019, honest standings, and the CSV and iCalendar files made from it.
import { dayNumber, onDate } from '../../../src/domain/dates.ts';
import { earliestDueDay } from '../../../src/domain/timescale.ts';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Inspection } from '../../../src/dataset/types.ts';
import {
  byteSize,
  csvLabel,
  forceCalendar,
  forceEvents,
  forcesWithDeadlines,
  icsLabel,
  REGISTER_COLUMNS,
  registerCsv,
} from '../../../src/views/register/files.ts';
import {
  fieldworkSentence,
  registerRows,
  type RegisterRow,
} from '../../../src/views/register/rows.ts';
import { filterChoices } from '../../../src/views/register/filters.ts';
import type { Dataset } from '../../../src/dataset/types.ts';
import { realData } from '../../support/real-data.ts';

let d: Dataset;
let rows: readonly RegisterRow[];
beforeAll(async () => {
  d = await realData();
  rows = registerRows(d);
});

const row = (key: string): RegisterRow => {
  const r = rows.find((x) => x.key === key);
  if (!r) throw new Error(`no row ${key}`);
  return r;
};

describe('registerRows', () => {
  test('one row per recommendation and milestone, each with its own key; Gwent 2019 has 8 + 4', () => {
    expect(rows).toHaveLength(d.recommendations.length + d.milestones.length);
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
    const gwent = rows.filter((r) => r.inspection === 'gwent-2019');
    expect(gwent.filter((r) => r.kind === 'recommendation')).toHaveLength(8);
    expect(gwent.filter((r) => r.kind === 'milestone')).toHaveLength(4);
  });

  test('Gwent due dates are counted from publication on 27 June 2019', () => {
    expect(row('gwent-2019-milestone-pcc-response').dueText).toBe('22 August 2019');
    expect(row('gwent-2019-milestone-immediate-update').dueText).toBe('8 August 2019');
    expect(row('gwent-2019-milestone-action-plan').dueText).toBe('8 August 2019');
    for (const n of [1, 3, 4, 5, 6, 7]) {
      expect(row(`gwent-2019-recommendation-${n}`).dueText).toBe('27 September 2019');
    }
    expect(row('gwent-2019-recommendation-2').dueText).toBe('27 June 2019');
    expect(row('gwent-2019-milestone-revisit').dueText).toBe('27 December 2019');
  });

  test('rows are in due-date order, ties in the inspection’s own order', () => {
    const days = rows.map((r) => dayNumber(earliestDueDay(r.due)));
    expect(days).toEqual([...days].sort((a, b) => a - b));
    const gwent = rows.filter((r) => r.inspection === 'gwent-2019');
    expect(gwent.map((r) => r.key).slice(0, 5)).toEqual([
      'gwent-2019-recommendation-2',
      'gwent-2019-recommendation-8',
      'gwent-2019-milestone-immediate-update',
      'gwent-2019-milestone-action-plan',
      'gwent-2019-milestone-pcc-response',
    ]);
  });

  test('the revisit was met late: the review’s fieldwork in January 2020 came after 27 December 2019', () => {
    const r = row('gwent-2019-milestone-revisit');
    expect(r.standing).toBe('met late');
    expect(r.status).toBe('completed');
    expect(r.note).toContain(
      'Reported completed in January 2020 by the inspectorate’s post-inspection review',
    );
    expect(r.note).toContain(
      'The review’s fieldwork in January 2020 came after the due date of 27 December 2019.',
    );
  });

  test('an item with no update is "none", and overdue once its due date has passed', () => {
    const r = row('dorset-2021-milestone-pcc-response');
    expect(r.latest).toBeNull();
    expect(r.status).toBe('none');
    expect(r.standing).toBe('overdue');
    expect(r.note).toBeNull();
  });

  test('"not assessed" keeps a recommendation overdue: it says nothing of where it stands', () => {
    const r = row('gwent-2019-recommendation-3');
    expect(r.status).toBe('not-assessed');
    expect(r.latest?.by).toBe('inspectorate-review');
    expect(r.standing).toBe('overdue');
  });

  test('recommendations link to their own page, milestones to the inspection', () => {
    expect(row('gwent-2019-recommendation-3').path).toBe('recommendations/gwent-2019/3/');
    expect(row('gwent-2019-milestone-revisit').path).toBe(
      'inspections/gwent-2019/#milestone-revisit',
    );
  });

  test('timescales in normal form for the filter, ordered by length', () => {
    const choices = filterChoices(
      [...rows].sort((a, b) => a.timescaleOrder - b.timescaleOrder),
      (r) => r.timescale,
      (r) => r.timescaleLabel,
    );
    expect(choices.map((c) => c.value)).toEqual([
      'immediately',
      'within-6-weeks',
      'within-56-days',
      'within-3-months',
      'within-6-months',
    ]);
  });
});

describe('fieldworkSentence', () => {
  const review = (start: string, end = start): Inspection => {
    const parse = (s: string) => {
      const [y = 0, m = 0, day] = s.split('-').map(Number);
      return day === undefined
        ? ({ precision: 'month', year: y, month: m } as const)
        : ({ precision: 'day', year: y, month: m, day } as const);
    };
    return {
      id: 'r',
      force: 'f',
      kind: 'post-inspection-review',
      transcribed: 'partial',
      baselineNote: null,
      datesNote: null,
      recommendationsMade: null,
      revisits: 'i',
      reviewedBy: [],
      fieldworkStart: parse(start),
      fieldworkEnd: parse(end),
      published: parse(end),
      gradeScale: 's',
      title: 't',
      provenance: { source: 's', location: 'l' },
    };
  };
  const due = {
    kind: 'day',
    date: { precision: 'day', year: 2019, month: 12, day: 27 },
  } as const;
  test('after, by, and unknowable from the month alone', () => {
    expect(fieldworkSentence(review('2020-01'), due, '27 December 2019')).toBe(
      'The review’s fieldwork in January 2020 came after the due date of 27 December 2019.',
    );
    expect(fieldworkSentence(review('2019-12-02', '2019-12-06'), due, '27 December 2019')).toBe(
      'The review’s fieldwork from 2 to 6 December 2019 began by the due date of 27 December 2019.',
    );
    expect(fieldworkSentence(review('2019-12'), due, '27 December 2019')).toMatch(
      /may have begun after the due date of 27 December 2019: the source gives only the month/,
    );
  });
  test('a year alone, or no dates at all, are said as such', () => {
    const inYear = {
      ...review('2019-12'),
      fieldworkStart: { precision: 'year', year: 2019 } as const,
      fieldworkEnd: { precision: 'year', year: 2019 } as const,
    };
    expect(fieldworkSentence(inYear, due, '27 December 2019')).toBe(
      'The review’s fieldwork in 2019 may have begun after the due date of 27 December 2019: the source gives only the year.',
    );
    const unknown = { ...review('2019-12'), fieldworkStart: null, fieldworkEnd: null };
    expect(fieldworkSentence(unknown, due, '27 December 2019')).toBe(
      'The review’s fieldwork dates are not known, so whether it came after the due date of 27 December 2019 cannot be said.',
    );
  });
  test('onDate says "in" a month and "on" a day', () => {
    expect(onDate({ precision: 'month', year: 2020, month: 1 })).toBe('in January 2020');
    expect(onDate({ precision: 'day', year: 2019, month: 6, day: 28 })).toBe('on 28 June 2019');
  });
});

describe('registerCsv', () => {
  test('a header row and a data row per register row, CRLF, spreadsheet-safe', () => {
    const csv = registerCsv(d);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(REGISTER_COLUMNS.join(','));
    // Evidence is quoted but has no line breaks, so each record is one line.
    expect(lines).toHaveLength(rows.length + 1);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv).toContain(
      'gwent,Gwent Police,gwent-2019,milestone:revisit,The inspectorate revisits the force',
    );
    expect(csv).toContain(',no update published,,,,overdue,');
    // Each row says which release of the data it is, next to the date it was judged on.
    expect(d.version).toMatch(/^\d{4}-\d{2}-\d{2}-[0-9a-f]{12}$/);
    expect(csv).toContain(`,2026-11-28,${d.version ?? ''},`);
    // Each recommendation's subject, then the report's own words.
    expect(csv).toContain(
      'gwent,Gwent Police,gwent-2019,recommendation:8,Recommendation 8,Children detained in custody,"We recommend that, immediately, Gwent Police should undertake a review',
    );
  });
  test('reproducible: the same dataset gives the same bytes', () => {
    expect(registerCsv(d)).toBe(registerCsv(d));
  });
  test('file labels state type and size', () => {
    expect(csvLabel(registerCsv(d))).toMatch(/^CSV, \d+(\.\d)? KB$/);
    expect(icsLabel(forceCalendar(d, 'gwent'))).toMatch(/^iCalendar, \d+(\.\d)? KB$/);
    expect(byteSize('–')).toBe(3);
  });
});

describe('forceCalendar', () => {
  test('a VEVENT per Gwent deadline with stable UIDs and the as-of date as DTSTAMP', () => {
    const ics = forceCalendar(d, 'gwent');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(12);
    expect(ics).toContain('UID:gwent-2019-recommendation-3@child-protection-findings\r\n');
    expect(ics).toContain('UID:gwent-2019-milestone-revisit@child-protection-findings\r\n');
    expect(ics).toContain('DTSTAMP:20261128T000000Z');
    expect(ics).toContain('DTSTART;VALUE=DATE:20191227\r\nDTEND;VALUE=DATE:20191228');
    expect(ics).not.toContain('dorset');
  });
  test('events say the timescale, due date and standing as of the build', () => {
    const e = forceEvents(d, 'gwent').find((x) => x.uid.startsWith('gwent-2019-milestone-pcc'));
    expect(e?.summary).toBe(
      'Due: The police and crime commissioner publishes comments on the report – Gwent Police (Inspection, June 2019)',
    );
    expect(e?.description).toContain('Due 22 August 2019.');
    expect(e?.description).toContain('As of 28 November 2026: overdue.');
  });
  test('a recommendation’s event is named by its subject', () => {
    const e = forceEvents(d, 'gwent').find((x) => x.uid.startsWith('gwent-2019-recommendation-8@'));
    expect(e?.summary).toBe(
      'Due: Recommendation 8: Children detained in custody – Gwent Police (Inspection, June 2019)',
    );
  });
  test('Dorset has its two deadlines; every force with a deadline is listed', () => {
    expect(forceEvents(d, 'dorset')).toHaveLength(2);
    const listed = forcesWithDeadlines(d);
    expect(listed).toEqual(expect.arrayContaining(['gwent', 'dorset']));
    expect(new Set(listed).size).toBe(listed.length);
    for (const force of listed) expect(forceEvents(d, force).length).toBeGreaterThan(0);
  });
});
