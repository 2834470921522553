// The register's filters: for each, the choices the rows hold, each once, in a reader's order.
import { STATUS_ORDER, statusLabel } from '../../text/labels.ts';
import { capitalise } from '../../text/page-text.ts';
import type { RegisterRow } from './rows.ts';

/** A filter's choices: each distinct value once, in the order given, with its label. */
export function filterChoices<T>(
  rows: readonly T[],
  value: (r: T) => string,
  label: (r: T) => string,
): { readonly value: string; readonly label: string }[] {
  const seen = new Map<string, string>();
  for (const r of rows) if (!seen.has(value(r))) seen.set(value(r), label(r));
  return [...seen].map(([v, l]) => ({ value: v, label: l }));
}

/** One filter of the register: its key, label, "any" choice and the choices the rows hold. */
export interface RegisterFilter {
  readonly key: 'force' | 'status' | 'timescale';
  readonly label: string;
  readonly any: string;
  readonly choices: readonly { readonly value: string; readonly label: string }[];
}

/** The register's filters: forces in row order, statuses in status order, timescales by length. */
export function registerFilters(rows: readonly RegisterRow[]): RegisterFilter[] {
  const byStatus = [...rows].sort(
    (a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status),
  );
  const byTimescale = [...rows].sort((a, b) => a.timescaleOrder - b.timescaleOrder);
  return [
    {
      key: 'force',
      label: 'Force',
      any: 'All forces',
      choices: filterChoices(
        rows,
        (r) => r.force,
        (r) => r.forceName,
      ),
    },
    {
      key: 'status',
      label: 'Latest status',
      any: 'Any status',
      choices: filterChoices(
        byStatus,
        (r) => r.status,
        (r) => statusLabel(r.status),
      ),
    },
    {
      key: 'timescale',
      label: 'Timescale',
      any: 'Any timescale',
      choices: filterChoices(
        byTimescale,
        (r) => r.timescale,
        (r) => capitalise(r.timescaleLabel),
      ),
    },
  ];
}
