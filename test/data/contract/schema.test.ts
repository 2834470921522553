import { describe, expect, expectTypeOf, test } from 'vitest';
import { camelCase, placements, recordsOf } from '../../../src/data/contract/schema.ts';
import * as T from '../../../src/data/contract/tables.ts';
import type { Discrepancy, Force } from '../../../src/dataset/types.ts';
import type { Nation } from '../../../src/domain/vocabulary.ts';

describe('a schema gives the Dataset record of each row', () => {
  test('snake_case columns become camelCase fields, and source and location become provenance', () => {
    const values = {
      id: 'gwent',
      name: 'Gwent Police',
      name_cy: 'Heddlu Gwent',
      nation: 'wales',
      source: 'report',
      location: 'Chapter 2',
    } as const;
    const [force] = recordsOf(T.forcesTable, [{ values }]);
    expect(JSON.stringify(force)).toBe(
      '{"id":"gwent","name":"Gwent Police","nameCy":"Heddlu Gwent","nation":"wales","provenance":{"source":"report","location":"Chapter 2"}}',
    );
  });

  test('a nested group sits where its first column is, so the JSON keeps its order', () => {
    expect(
      placements(T.discrepanciesTable).map((p) => (p.group ? `${p.group}.${p.key}` : p.key)),
    ).toEqual([
      'id',
      'inspection',
      'kind',
      'subject',
      'value',
      'otherValue',
      'otherProvenance.source',
      'otherProvenance.location',
      'note',
      'provenance.source',
      'provenance.location',
    ]);
  });

  test('camelCase', () => {
    expect(camelCase('fieldwork_start')).toBe('fieldworkStart');
    expect(camelCase('force_more_favourable_min')).toBe('forceMoreFavourableMin');
    expect(camelCase('id')).toBe('id');
  });

  test('the record types follow from the schema', () => {
    expectTypeOf<Force>().toEqualTypeOf<{
      readonly id: string;
      readonly name: string;
      readonly nameCy: string | null;
      readonly nation: Nation;
      readonly provenance: { readonly source: string; readonly location: string };
    }>();
    expectTypeOf<Discrepancy['otherProvenance']>().toEqualTypeOf<{
      readonly source: string;
      readonly location: string;
    }>();
    expectTypeOf<Discrepancy['otherValue']>().toEqualTypeOf<string>();
  });
});
