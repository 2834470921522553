// A table's schema is its spec with, for each column, what data/README.md says of it and where it
// goes in the built Dataset. The Dataset's record types and the mapping from rows to records are
// derived from it, so adding a column is one edit here plus its rule.
import { id, text, type Column } from './columns.ts';
import type { Columns, TableSpec, Values } from './table-spec.ts';

/** What a column means and may hold, word for word as in data/README.md's table for its file. */
export interface ColumnDoc {
  readonly meaning: string;
  readonly allowed: string;
}

/**
 * A column as the schema declares it: how its cells are read, its documentation, and optionally
 * where it goes in the Dataset as `group.key` (it goes to its name in camelCase otherwise).
 */
export interface SchemaColumn<T = unknown> extends Column<T> {
  readonly doc: ColumnDoc;
  readonly into?: string;
}

/** The columns of a schema: every one documented. */
export type SchemaColumns = Readonly<Record<string, SchemaColumn>>;

/** Declares a column: its type, then its meaning and allowed values as data/README.md has them. */
export function col<T>(column: Column<T>, meaning: string, allowed: string): SchemaColumn<T>;
/** Declares a column that goes into a nested object of the record, `into` = `group.key`. */
export function col<T, const F extends `${string}.${string}`>(
  column: Column<T>,
  meaning: string,
  allowed: string,
  into: F,
): SchemaColumn<T> & { readonly into: F };
export function col<T>(
  column: Column<T>,
  meaning: string,
  allowed: string,
  into?: string,
): SchemaColumn<T> {
  return { ...column, doc: { meaning, allowed }, ...(into === undefined ? {} : { into }) };
}

/** `snake_case` as `camelCase`, in types. */
export type CamelCase<S extends string> = S extends `${infer H}_${infer R}`
  ? `${H}${Capitalize<CamelCase<R>>}`
  : S;

/** `snake_case` as `camelCase`. */
export const camelCase = (s: string): string =>
  s.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** Where a column goes in its record: `into`, or its name in camelCase. */
type FieldOf<K, C> = C extends { readonly into: infer F extends string }
  ? F
  : K extends string
    ? CamelCase<K>
    : never;

type TypeOf<C> = C extends Column<infer T> ? T : never;

type GroupOf<K, C> = FieldOf<K, C> extends `${infer G}.${string}` ? G : never;

type Flat<C extends Columns> = {
  readonly [
    K in keyof C as FieldOf<K, C[K]> extends `${string}.${string}` ? never : FieldOf<K, C[K]>
  ]: TypeOf<C[K]>;
};

type Groups<C extends Columns> = {
  readonly [G in { [K in keyof C]: GroupOf<K, C[K]> }[keyof C]]: {
    readonly [K in keyof C as FieldOf<K, C[K]> extends `${G}.${infer P}` ? P : never]: TypeOf<C[K]>;
  };
};

/** The Dataset record a table's row becomes: camelCase fields, `group.key` columns nested. */
export type RecordOf<S extends { readonly columns: Columns }> = {
  readonly [K in keyof (Flat<S['columns']> & Groups<S['columns']>)]: (Flat<S['columns']> &
    Groups<S['columns']>)[K];
};

/** Where one column goes: a top-level field, or a key of a nested group. */
export interface Placement {
  readonly column: string;
  readonly group: string | null;
  readonly key: string;
}

/** Where each column of a spec goes in its record, in the spec's order. */
export function placements(spec: TableSpec<Columns>): readonly Placement[] {
  return Object.entries(spec.columns).map(([column, c]) => {
    const into = (c as Partial<SchemaColumn>).into ?? camelCase(column);
    const dot = into.indexOf('.');
    return dot < 0
      ? { column, group: null, key: into }
      : { column, group: into.slice(0, dot), key: into.slice(dot + 1) };
  });
}

/**
 * Returns the function that turns a row's values into its Dataset record. Fields come in the
 * spec's column order, a group where its first column is, so the JSON keeps the order it had.
 */
export function recordMapper<C extends Columns>(
  spec: TableSpec<C>,
): (values: Values<C>) => RecordOf<TableSpec<C>> {
  const plan = placements(spec);
  return (values) => {
    const v = values as Readonly<Record<string, unknown>>;
    const out: Record<string, unknown> = {};
    for (const { column, group, key } of plan) {
      if (group === null) out[key] = v[column];
      else ((out[group] ??= {}) as Record<string, unknown>)[key] = v[column];
    }
    return out as RecordOf<TableSpec<C>>;
  };
}

/** The Dataset records of a table's rows. */
export function recordsOf<C extends Columns>(
  spec: TableSpec<C>,
  rows: readonly { readonly values: Values<C> }[],
): RecordOf<TableSpec<C>>[] {
  const toRecord = recordMapper(spec);
  return rows.map((r) => toRecord(r.values));
}

/** Reads a record's value for a column, by the column's placement. */
export function fieldValue(record: object, p: Placement): unknown {
  const r = record as Readonly<Record<string, unknown>>;
  if (p.group === null) return r[p.key];
  return (r[p.group] as Readonly<Record<string, unknown>> | undefined)?.[p.key];
}

/** The provenance columns every table but sources.csv ends with, documented as its README does. */
export function provenance(meaning = 'provenance', allowed = '') {
  return {
    source: col(id, meaning, allowed, 'provenance.source'),
    location: col(text, meaning, allowed, 'provenance.location'),
  } as const;
}

/**
 * Declares a table spec with its column types kept for inference. Every column is declared with
 * `col`, so it is documented and the Dataset's record follows from it.
 */
export function defineTable<const C extends SchemaColumns>(
  file: string,
  columns: C,
  options: { optional?: boolean } = {},
): TableSpec<C> {
  return { file, columns, ...(options.optional ? { optional: true } : {}) };
}
