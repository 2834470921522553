// The choices the national picture offers, from the audits it holds: only years, nations, kinds
// and forces that have an audit, so no choice leads to an empty page. Pure.
import { ascending, descending, groups } from 'd3-array';
import { nationName } from '../../text/labels.ts';
import type { NationalScale } from './national.ts';

export interface Choice {
  readonly value: string;
  readonly label: string;
}

/** One filter: its parameter in the address, its label and its choices. */
export interface NationalFilter {
  readonly key: 'year' | 'nation' | 'kind' | 'scale' | 'sort' | 'force';
  readonly label: string;
  /** The first option, for no filter ("All years"); null for the order, which always has one. */
  readonly any: string | null;
  readonly choices: readonly Choice[];
}

const KIND_PLURAL: Readonly<Record<string, string>> = {
  inspection: 'Inspections',
  'post-inspection-review': 'Post-inspection reviews',
};

/** The filters of the national picture, in the order they are shown. */
export function nationalFilters(scales: readonly NationalScale[]): NationalFilter[] {
  const rows = scales.flatMap((s) => s.rows);
  const years = [...new Set(rows.flatMap((r) => (r.year === null ? [] : [r.year])))].sort(
    descending,
  );
  const nations = groups(rows, (r) => r.nation).sort(([a], [b]) => ascending(a, b));
  const kinds = groups(rows, (r) => r.inspectionKind).sort(([a], [b]) => ascending(a, b));
  const forces = groups(rows, (r) => r.force)
    .map(([id, xs]) => ({ id, name: xs[0]?.forceName ?? id }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
  return [
    {
      key: 'year',
      label: 'Year',
      any: 'All years',
      choices: years.map((y) => ({ value: String(y), label: String(y) })),
    },
    {
      key: 'nation',
      label: 'Nation',
      any: 'England and Wales',
      choices: nations.map(([n]) => ({ value: n, label: nationName(n) })),
    },
    {
      key: 'kind',
      label: 'Kind of visit',
      any: 'Inspections and reviews',
      choices: kinds.map(([k]) => ({ value: k, label: KIND_PLURAL[k] ?? k })),
    },
    {
      key: 'scale',
      label: 'Grade scale',
      any: 'Both scales',
      choices: scales.map((s) => ({
        value: s.scale,
        label: `${String(s.grades.length)}-point scale`,
      })),
    },
    {
      key: 'sort',
      label: 'Order',
      any: null,
      choices: [
        { value: 'time', label: 'Oldest first' },
        { value: 'inadequate', label: 'Share inadequate, highest first' },
        { value: 'force', label: 'Force, A to Z' },
      ],
    },
    {
      key: 'force',
      label: 'Highlight a force',
      any: 'No force',
      choices: forces.map((f) => ({ value: f.id, label: f.name })),
    },
  ];
}
