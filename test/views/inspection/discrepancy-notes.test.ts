import { beforeAll, describe, expect, test } from 'vitest';
import {
  auditNotes,
  cardDiscrepancy,
  describeDiscrepancy,
  discrepancyHref,
  discrepancyTitle,
  fieldDiscrepancy,
  figuresText,
  inspectorateAuditDiscrepancies,
  noteLink,
} from '../../../src/views/inspection/discrepancy-notes.ts';
import { discrepanciesOf } from '../../../src/dataset/queries.ts';
import type { Dataset, Discrepancy } from '../../../src/dataset/types.ts';
import { realData } from '../../support/real-data.ts';

let d: Dataset;
let dorset: Discrepancy;
let gwent: Discrepancy;
beforeAll(async () => {
  d = await realData();
  [dorset] = discrepanciesOf(d, 'dorset-2021') as [Discrepancy];
  [gwent] = discrepanciesOf(d, 'gwent-2019') as [Discrepancy];
});

/** A discrepancy that differs from Dorset's only in id, kind and subject. */
const variant = (id: string, kind: Discrepancy['kind'], subject: string): Discrepancy => ({
  ...dorset,
  id,
  kind,
  subject,
});

describe('links to a note', () => {
  test("discrepancyHref(Dorset's inadequate count) is '#discrepancy-dorset-2021-inadequate'", () => {
    expect(discrepancyHref(dorset)).toBe('#discrepancy-dorset-2021-inadequate');
  });

  test('discrepancyTitle(kind) names each kind', () => {
    expect(discrepancyTitle('sources-disagree')).toBe('Sources disagree');
    expect(discrepancyTitle('does-not-add-up')).toBe('Figures do not add up');
  });

  test('noteLink(x) is a short link to the note, by kind', () => {
    expect(noteLink(dorset)).toEqual({
      href: '#discrepancy-dorset-2021-inadequate',
      text: 'Sources disagree: see note',
    });
    expect(noteLink({ id: 'x', kind: 'does-not-add-up' }).text).toBe('Does not add up: see note');
  });
});

describe('which figure a discrepancy is about', () => {
  test("fieldDiscrepancy(Gwent 2019, 'published') is the disputed publication date", () => {
    expect(fieldDiscrepancy(discrepanciesOf(d, 'gwent-2019'), 'published')?.id).toBe(
      'gwent-2019-published',
    );
  });

  test("fieldDiscrepancy(Gwent 2019, 'fieldwork_start') is undefined", () => {
    expect(fieldDiscrepancy(discrepanciesOf(d, 'gwent-2019'), 'fieldwork_start')).toBeUndefined();
  });

  test("auditNotes(Dorset 2021, all cases) puts the note on the 'inadequate' cell", () => {
    expect(auditNotes(discrepanciesOf(d, 'dorset-2021'), 'all', 'inspectorate', 'all')).toEqual({
      inadequate: {
        href: '#discrepancy-dorset-2021-inadequate',
        text: 'Sources disagree: see note',
      },
    });
  });

  test("auditNotes(x) keys a disputed total as 'total'", () => {
    const x = variant('t', 'does-not-add-up', 'case-audit:all/inspectorate/custody/all');
    expect(auditNotes([x], 'all', 'inspectorate', 'custody')).toEqual({
      total: { href: '#discrepancy-t', text: 'Does not add up: see note' },
    });
  });

  test('auditNotes(x) ignores other rows, assessors and tables', () => {
    const xs = [
      variant('a', 'sources-disagree', 'case-audit:all/force/all/good'),
      variant('b', 'sources-disagree', 'case-audit:force-selected/inspectorate/all/good'),
      variant('c', 'sources-disagree', 'inspections:published'),
    ];
    expect(auditNotes(xs, 'all', 'inspectorate', 'all')).toEqual({});
  });

  test('inspectorateAuditDiscrepancies(x, scope) splits all areas from single areas', () => {
    const area = variant('area', 'sources-disagree', 'case-audit:all/inspectorate/missing/good');
    const xs = [dorset, gwent, area];
    expect(inspectorateAuditDiscrepancies(xs, 'all').map((x) => x.id)).toEqual([
      'dorset-2021-inadequate',
    ]);
    expect(inspectorateAuditDiscrepancies(xs, 'areas').map((x) => x.id)).toEqual(['area']);
  });
});

describe('what it says', () => {
  test("describeDiscrepancy(d, Dorset's) names the count in words", () => {
    expect(describeDiscrepancy(d, dorset)).toBe(
      'the number of all cases that the inspectorate graded inadequate',
    );
  });

  test("describeDiscrepancy(d, Gwent's) names the date", () => {
    expect(describeDiscrepancy(d, gwent)).toBe('the publication date');
  });

  test('figuresText(x) gives both figures, dates in words', () => {
    expect(figuresText(dorset)).toBe('this site uses 28; another source gives 23.');
    expect(figuresText(gwent)).toBe(
      'this site uses 27 June 2019; another source gives February 2019.',
    );
    expect(figuresText({ kind: 'does-not-add-up', value: '9', otherValue: '10' })).toBe(
      'this site uses 9; the parts add up to 10.',
    );
  });

  test("cardDiscrepancy(Dorset's) is the card's warning", () => {
    expect(cardDiscrepancy(dorset, describeDiscrepancy(d, dorset))).toEqual({
      href: '#discrepancy-dorset-2021-inadequate',
      title: 'Sources disagree',
      text: 'The number of all cases that the inspectorate graded inadequate: this site uses 28; another source gives 23.',
    });
  });
});
