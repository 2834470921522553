// The published status updates on Gwent 2019's recommendations and milestones (as in
// data/status-updates.csv), so timeline tests can add them to the chart fixture.
import type { StatusUpdate } from '../../src/dataset/types.ts';
import type { Dataset } from '../../src/dataset/types.ts';
import type { DayDate } from '../../src/domain/dates.ts';
import { GWENT_DATASET } from '../charts/fixtures.ts';
import { trackItem } from '../../src/data/derive/tracking.ts';

const release = { source: 'wiredgov-2020-07-13', location: 'Release' };
const july2020 = { precision: 'month', year: 2020, month: 7 } as const;

export const GWENT_UPDATES: readonly StatusUpdate[] = [
  {
    inspection: 'gwent-2019',
    item: 'milestone:pcc-response',
    date: { precision: 'day', year: 2019, month: 6, day: 28 },
    status: 'not-assessed',
    by: 'commissioner',
    evidence: 'The commissioner published a statement on the report on 28 June 2019.',
    provenance: { source: 'gwent-pcc-2019-06-28', location: 'Statement' },
  },
  {
    inspection: 'gwent-2019',
    item: 'milestone:revisit',
    date: { precision: 'month', year: 2020, month: 1 },
    status: 'completed',
    by: 'inspectorate-review',
    evidence: 'The inspectorate carried out its post-inspection review in January 2020.',
    provenance: release,
  },
  ...[1, 2, 3, 4, 5, 6, 7, 8].map((n): StatusUpdate => ({
    inspection: 'gwent-2019',
    item: `recommendation:${String(n)}`,
    date: july2020,
    status: 'not-assessed',
    by: 'inspectorate-review',
    evidence: 'The review gives no judgement on each recommendation.',
    provenance: release,
  })),
];

/**
 * A dataset as of another day, with each item's standing worked out again from its updates as the
 * data build does, so a chart or summary as of that day agrees with its labels.
 */
export function asOfDay(d: Dataset, asOf: DayDate): Dataset {
  const own = (inspection: string, item: string) =>
    d.statusUpdates.filter((u) => u.inspection === inspection && u.item === item);
  return {
    ...d,
    asOf,
    recommendations: d.recommendations.map((r) => ({
      ...r,
      tracking: trackItem(own(r.inspection, `recommendation:${String(r.number)}`), r.due, asOf),
    })),
    milestones: d.milestones.map((m) => ({
      ...m,
      tracking: trackItem(own(m.inspection, `milestone:${m.id}`), m.due, asOf, m.evidence),
    })),
  };
}

/** The timeline fixture with Gwent's published updates, each item's standing worked out from them. */
export const GWENT_WITH_UPDATES: Dataset = asOfDay(
  { ...GWENT_DATASET, statusUpdates: GWENT_UPDATES },
  GWENT_DATASET.asOf,
);
