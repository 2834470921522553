// An item's published updates, each with the source that published it, for its history table.
import { sourceOf } from '../../dataset/queries.ts';
import type { StatusUpdate } from '../../dataset/types.ts';
import type { Dataset, Source } from '../../dataset/types.ts';

/** One published update and where it was published. */
export interface HistoryRow {
  readonly update: StatusUpdate;
  readonly source: Source;
}

/** The updates in the order given, each with its source. */
export function historyRows(d: Dataset, updates: readonly StatusUpdate[]): HistoryRow[] {
  return updates.map((u) => ({ update: u, source: sourceOf(d, u.provenance.source) }));
}
